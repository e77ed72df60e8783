import type { Client, ConfigEntry, ConfigView, Insertion, Role } from '../../core/config-view.js';
import type { ConfigScalar } from '../../core/config-view.js';
import type { Span } from '../../core/location.js';

export interface ViewInit {
  role: Role;
  client: Client;
  dialect: string;
  entries: readonly ConfigEntry[];
  complete: boolean;
  anchor: Span;
  brokers?: number;
  /** See `ConfigView.resource`. */
  resource?: string;
  insert?: (key: string, value: ConfigScalar) => Insertion | undefined;
  /**
   * Settings the client inherits from elsewhere in the file when this view does not set them: the
   * `spring.kafka.properties` a Spring producer also receives, the unprefixed client settings a
   * Kafka Streams producer receives. `get` falls back to it; `entries` never lists inherited entries,
   * so each written setting is reported once.
   */
  inherited?: (key: string) => ConfigEntry | undefined;
}

/** A config view whose `get` answers from a Map built once: the last entry written for a key wins. */
export function createView(init: ViewInit): ConfigView {
  const effective = new Map<string, ConfigEntry>();
  for (const entry of init.entries) effective.set(entry.key, entry);
  const { inherited } = init;
  const view: ConfigView = {
    role: init.role,
    client: init.client,
    scope: 'client',
    dialect: init.dialect,
    entries: init.entries,
    get: inherited ? (key) => effective.get(key) ?? inherited(key) : (key) => effective.get(key),
    complete: init.complete,
    anchor: init.anchor,
  };
  if (init.brokers !== undefined) view.brokers = init.brokers;
  if (init.resource !== undefined) view.resource = init.resource;
  if (init.insert) view.insert = init.insert;
  return view;
}
