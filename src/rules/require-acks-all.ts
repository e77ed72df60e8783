import type { TSESLint } from '@typescript-eslint/utils';

import type { ConfigEntry, ConfigScalar, ConfigView } from '../core/config-view.js';
import { isConfigSourceCode } from '../config-lint/model.js';
import { createRule } from '../util/create-rule.js';
import { numericValue } from '../util/values.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'noAcks' | 'leaderOnly' | 'useAll';

/** Roles whose settings can carry the producer's `acks`. */
const PRODUCING_ROLES = new Set(['producer', 'common', 'streams']);

/** `all` in config files; in code `-1` where the original was a number (kafkajs only accepts numbers). */
function acksAllFor(entry: ConfigEntry, inConfigFile: boolean): ConfigScalar {
  return !inConfigFile && typeof entry.value === 'number' ? -1 : 'all';
}

function weakAcks(view: ConfigView): { entry: ConfigEntry; acks: 0 | 1 } | undefined {
  if (!PRODUCING_ROLES.has(view.role)) return undefined;
  const entry = view.get('acks');
  const acks = numericValue(entry?.value);
  return entry && (acks === 0 || acks === 1) ? { entry, acks } : undefined;
}

export default createRule<Options, MessageId>({
  name: 'require-acks-all',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require producers to wait for all in-sync replicas (`acks` = all / -1)',
      pitfall: 'loss',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      noAcks:
        '`{{written}}` is 0: the producer never learns whether the broker stored the message, so any failure loses it silently. Set it to {{fix}} to wait for all in-sync replicas.',
      leaderOnly:
        '`{{written}}` is 1: only the partition leader confirms the write, so a message is lost when the leader fails before its followers copy it. Set it to {{fix}} to wait for all in-sync replicas.',
      useAll: 'Set `{{written}}` to {{fix}}.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    const inConfigFile = isConfigSourceCode(context.sourceCode);
    return visitKafka(context, {
      view(view) {
        const weak = weakAcks(view);
        if (!weak) return;
        const { entry, acks } = weak;
        const all = acksAllFor(entry, inConfigFile);
        const fix = `\`${String(all)}\``;
        const { formatValue } = entry;
        const rewrite = formatValue && ((fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(entry.valueSpan.range, formatValue(all)));
        report({
          loc: entry.valueSpan.loc,
          messageId: acks === 0 ? 'noAcks' : 'leaderOnly',
          data: { written: entry.written, fix },
          // A config file's value is the producer's setting itself: --fix rewrites it. In code the
          // literal may be shared or read elsewhere, so the editor offers the change instead.
          fix: inConfigFile && rewrite ? rewrite : null,
          suggest: !inConfigFile && rewrite ? [{ messageId: 'useAll', data: { written: entry.written, fix }, fix: rewrite }] : [],
        });
      },
    });
  },
});
