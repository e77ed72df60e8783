import { PITFALLS } from '../core/pitfall.js';
import type { CliPlugin } from './types.js';

/** One rule as `kafka-lint --list-rules --format json` prints it (contract). */
export interface RuleListing {
  id: string;
  pitfall: string | null;
  description: string | null;
  recommended: 'recommended' | 'strict' | false;
  appliesTo: string[];
  url: string | null;
}

/** Every rule of the plugin, sorted by id. Missing docs become `null`, so every entry has every key. */
export function ruleListings(plugin: CliPlugin): RuleListing[] {
  return Object.entries(plugin.rules)
    .map(([name, rule]): RuleListing => {
      const docs = rule.meta?.docs ?? {};
      return {
        id: `kafka/${name}`,
        pitfall: docs.pitfall ?? null,
        description: docs.description ?? null,
        recommended: docs.recommended === 'recommended' || docs.recommended === 'strict' ? docs.recommended : false,
        appliesTo: [...(docs.appliesTo ?? [])],
        url: docs.url ?? null,
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const PRESET_LABEL = { recommended: 'recommended', strict: 'strict', false: 'all only' } as const;

function padded(cells: string[][]): string[] {
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  return cells.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
}

/** The rules as a table grouped by pitfall, in the order of DESIGN.md's pitfalls. */
export function formatRuleTable(listings: readonly RuleListing[]): string {
  if (listings.length === 0) return 'The plugin has no rules.\n';
  const groups = [...PITFALLS, null].map((pitfall) => ({
    pitfall,
    rules: listings.filter((rule) =>
      pitfall === null ? !(PITFALLS as readonly (string | null)[]).includes(rule.pitfall) : rule.pitfall === pitfall,
    ),
  }));
  const rows = listings.map((rule) => [rule.id, PRESET_LABEL[`${rule.recommended}`], rule.appliesTo.join('+'), rule.description ?? '']);
  // One width for every group, so the columns line up down the whole listing.
  const lines = padded(rows);
  const lineOf = new Map(listings.map((rule, index) => [rule, lines[index]!]));
  const sections = groups
    .filter((group) => group.rules.length > 0)
    .map((group) => [`${group.pitfall ?? 'other'} (${group.rules.length})`, ...group.rules.map((rule) => `  ${lineOf.get(rule)!}`)].join('\n'));
  return `${sections.join('\n\n')}\n`;
}
