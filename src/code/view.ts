import type { Client, ConfigEntry, ConfigView, Role, Scope } from '../core/config-view.js';
import type { Span } from '../core/location.js';

export interface ViewParts {
  role: Role;
  client: Client;
  scope: Scope;
  dialect: string;
  entries: ConfigEntry[];
  /**
   * Precedence of each entry (same index as `entries`). A later entry wins over an earlier one of the
   * same rank, whatever the source order across ranks: Confluent's top-level librdkafka properties
   * override its `kafkaJS` block, wherever each is written.
   */
  ranks: number[];
  complete: boolean;
  anchor: Span;
  insert?: ConfigView['insert'];
}

function effectiveEntries(entries: readonly ConfigEntry[], ranks: readonly number[]): Map<string, ConfigEntry> {
  const winners = new Map<string, { entry: ConfigEntry; rank: number }>();
  entries.forEach((entry, index) => {
    const rank = ranks[index] ?? 0;
    const current = winners.get(entry.key);
    if (!current || rank >= current.rank) winners.set(entry.key, { entry, rank });
  });
  return new Map([...winners].map(([key, { entry }]) => [key, entry]));
}

export function createView(parts: ViewParts): ConfigView {
  let effective: Map<string, ConfigEntry> | undefined;
  const view: ConfigView = {
    role: parts.role,
    client: parts.client,
    scope: parts.scope,
    dialect: parts.dialect,
    entries: parts.entries,
    complete: parts.complete,
    anchor: parts.anchor,
    get(key) {
      effective ??= effectiveEntries(parts.entries, parts.ranks);
      return effective.get(key);
    },
  };
  if (parts.insert) view.insert = parts.insert;
  return view;
}
