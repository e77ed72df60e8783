import type { ESLint, Rule } from 'eslint';

import { PITFALLS } from '../core/pitfall.js';

/**
 * One line counting findings by pitfall, e.g. `kafka-lint: loss 3 · duplication 1 · skew 2`,
 * in the order of DESIGN.md's pitfalls; a rule without a pitfall (a project's own rule under
 * `--config`) counts as `other`. Messages without a rule (files not linted, parse errors) are
 * not findings. `undefined` when there are none.
 */
export function pitfallSummary(
  results: readonly ESLint.LintResult[],
  rulesMeta: Readonly<Record<string, Rule.RuleMetaData>>,
): string | undefined {
  const counts = new Map<string, number>();
  for (const { messages } of results) {
    for (const { ruleId } of messages) {
      if (ruleId === null) continue;
      const pitfall = (rulesMeta[ruleId]?.docs as { pitfall?: unknown } | undefined)?.pitfall;
      const key = typeof pitfall === 'string' && (PITFALLS as readonly string[]).includes(pitfall) ? pitfall : 'other';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return undefined;
  const parts = [...PITFALLS, 'other'].filter((key) => counts.has(key)).map((key) => `${key} ${counts.get(key)}`);
  return `kafka-lint: ${parts.join(' · ')}`;
}
