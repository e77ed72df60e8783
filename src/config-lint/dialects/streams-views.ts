import type { Client, ConfigEntry, ConfigScalar, ConfigView, Insertion, Role } from '../../core/config-view.js';
import type { Span } from '../../core/location.js';
import { isKnownKey, splitStreamsPrefix } from '../catalog/kafka-keys.js';
import { createView } from './view.js';

/** One setting of a Kafka Streams config, before it is filed under a view. */
export interface StreamsSetting {
  /** The key as written, prefix included: `producer.acks`, `processing.guarantee`. */
  key: string;
  /** Builds the entry for the view of `role`, filed under `key` (the prefix removed). */
  entry(role: Role, key: string): ConfigEntry;
}

export interface StreamsViewOptions {
  client: Client;
  dialect: string;
  /** Anchor of the Streams view, and of client views that have no setting of their own. */
  anchor: Span;
  complete: boolean;
  /** How to add a setting with a given prefix (`''` for the Streams view itself). */
  insert?: (prefix: string, key: string, value: ConfigScalar) => Insertion | undefined;
}

/** The consumer prefixes that refine `consumer.` for one of Streams' three consumers. */
const SPECIFIC_CONSUMER_PREFIXES = new Set(['main.consumer.', 'restore.consumer.', 'global.consumer.']);

/**
 * The views of a Kafka Streams configuration:
 * - a `streams` view with every setting written without a client prefix (Streams keys, and the
 *   client keys Streams passes to all of its clients);
 * - a `producer` and a `consumer` view, always, holding the `producer.`/`consumer.` settings and
 *   inheriting (through `get`) the unprefixed client settings, since the embedded clients receive
 *   both; they are incomplete, because Streams sets client defaults of its own;
 * - an `admin`, `topic`, `main.consumer.`, `restore.consumer.`, `global.consumer.` view when such
 *   prefixed settings are written (the specific consumers inherit from `consumer.`).
 * Each written setting appears in exactly one view's `entries`.
 */
export function buildStreamsViews(settings: readonly StreamsSetting[], options: StreamsViewOptions): ConfigView[] {
  const own: ConfigEntry[] = [];
  const prefixed = new Map<string, { role: Role; entries: ConfigEntry[] }>([
    ['producer.', { role: 'producer', entries: [] }],
    ['consumer.', { role: 'consumer', entries: [] }],
  ]);
  for (const setting of settings) {
    const split = splitStreamsPrefix(setting.key);
    if (!split) {
      own.push(setting.entry('streams', setting.key));
      continue;
    }
    const group = prefixed.get(split.prefix) ?? { role: split.role, entries: [] };
    group.entries.push(setting.entry(split.role, split.key));
    prefixed.set(split.prefix, group);
  }

  const streams = createView({
    role: 'streams',
    client: options.client,
    dialect: options.dialect,
    entries: own,
    complete: options.complete,
    anchor: options.anchor,
    insert: options.insert && ((key, value) => options.insert?.('', key, value)),
  });
  const views: ConfigView[] = [streams];
  const viewsByPrefix = new Map<string, ConfigView>();
  // `consumer.` is created first, so it exists when the specific consumers that inherit from it are built.
  for (const [prefix, { role, entries }] of prefixed) {
    const parent = SPECIFIC_CONSUMER_PREFIXES.has(prefix) ? viewsByPrefix.get('consumer.') : undefined;
    const inherited = (key: string): ConfigEntry | undefined => {
      if (parent) return parent.get(key);
      return role !== 'topic' && isKnownKey(role, key) ? streams.get(key) : undefined;
    };
    const view = createView({
      role,
      client: options.client,
      dialect: options.dialect,
      entries,
      complete: false,
      anchor: entries[0]?.keySpan ?? options.anchor,
      inherited,
      insert: options.insert && ((key, value) => options.insert?.(prefix, key, value)),
    });
    viewsByPrefix.set(prefix, view);
    views.push(view);
  }
  return views;
}
