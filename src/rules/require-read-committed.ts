import type { TSESLint } from '@typescript-eslint/utils';

import { getKafkaModel } from '../code/index.js';
import type { ConfigEntry, ConfigView } from '../core/config-view.js';
import { readKafkaSettings } from '../core/settings.js';
import { isTransactionalProducerView } from '../core/transactional.js';
import { isConfigSourceCode } from '../config-lint/model.js';
import { createRule } from '../util/create-rule.js';
import { isStreamsClientView, reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'readUncommitted' | 'javaDefault' | 'readCommitted';

type Context = Readonly<TSESLint.RuleContext<MessageId, Options>>;

/** The views of the file being linted, and whether its code opens transactions (`producer.transaction()`). */
function fileFacts(context: Context): { views: readonly ConfigView[]; transactionCalls: boolean } {
  const sourceCode: unknown = context.sourceCode;
  if (isConfigSourceCode(sourceCode)) return { views: sourceCode.getConfigModel().views, transactionCalls: false };
  const model = getKafkaModel(context);
  if (!model) return { views: [], transactionCalls: false };
  const transactionCalls = model.calls.some((call) => call.kind === 'transaction' || (call.kind === 'producer' && call.method === 'transaction'));
  return { views: model.views, transactionCalls };
}

/**
 * Dialects whose Java consumer files belong to the application itself, so an unset `isolation.level`
 * is a choice the codebase made. A Strimzi `KafkaBridge` is left out: its consumers serve whatever HTTP
 * clients subscribe through it, which the rule cannot see (a written read_uncommitted is reported).
 */
const DEFAULT_VISIBLE_DIALECTS = new Set(['java-properties', 'spring']);

function isReadUncommitted(entry: ConfigEntry): boolean {
  return typeof entry.value === 'string' && entry.value.trim().toLowerCase() === 'read_uncommitted';
}

export default createRule<Options, MessageId>({
  name: 'require-read-committed',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require consumers to read only committed messages where producers write in transactions',
      pitfall: 'duplication',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    hasSuggestions: true,
    messages: {
      readUncommitted:
        '`{{written}}` makes this consumer read uncommitted messages, while {{where}} writes in transactions: it also receives the messages of transactions that are still open or later aborted, so it processes writes that never happened (phantom reads, duplicates when the aborted transaction is retried). Set {{fix}}.',
      javaDefault:
        'This Java consumer leaves `isolation.level` at its default, read_uncommitted, while {{where}} writes in transactions: it also receives the messages of transactions that are still open or later aborted, so it processes writes that never happened (phantom reads, duplicates when the aborted transaction is retried). Set {{fix}}.',
      readCommitted: 'Set {{fix}}.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    const settings = readKafkaSettings(context.settings);
    let facts: { views: readonly ConfigView[]; where: string | undefined } | undefined;

    /** What this file shows, computed once: its views, and who writes in transactions (the file, or the codebase per settings). */
    function file(): { views: readonly ConfigView[]; where: string | undefined } {
      if (facts) return facts;
      const { views, transactionCalls } = fileFacts(context);
      const inFile = transactionCalls || views.some(isTransactionalProducerView);
      const where = inFile ? 'this file' : settings.transactional === true ? 'this codebase (`settings.kafka.transactional`)' : undefined;
      facts = { views, where };
      return facts;
    }

    function checkExplicit(entry: ConfigEntry, where: string): void {
      // kafkajs (and the Confluent `kafkaJS` block) spell it as a boolean: `readUncommitted: true`.
      const isFlag = entry.written === 'readUncommitted';
      const name = isFlag ? 'readUncommitted' : entry.written;
      const committed = isFlag ? 'false' : entry.text.includes('-') ? 'read-committed' : 'read_committed';
      const fix = isFlag ? '`readUncommitted: false`' : `\`${name}\` to ${committed}`;
      const canRewrite = isFlag ? entry.text.trim() === 'true' : entry.formatValue !== undefined;
      report({
        loc: entry.valueSpan.loc,
        messageId: 'readUncommitted',
        data: { written: entry.written, where, fix },
        suggest: canRewrite
          ? [
              {
                messageId: 'readCommitted',
                data: { fix },
                fix: (fixer) => fixer.replaceTextRange(entry.valueSpan.range, isFlag ? 'false' : entry.formatValue!(committed)),
              },
            ]
          : [],
      });
    }

    return visitKafka(context, {
      view(view) {
        if (view.scope !== 'client' || (view.role !== 'consumer' && view.role !== 'common')) return;
        const entry = view.get('isolation.level');
        // Only read_uncommitted is reported, and only the Java client defaults to it: kafkajs and librdkafka read committed.
        const defaultApplies = view.client === 'java' && view.role === 'consumer' && view.complete && DEFAULT_VISIBLE_DIALECTS.has(view.dialect);
        if (entry ? !isReadUncommitted(entry) : !defaultApplies) return;
        const { views, where } = file();
        if (where === undefined || isStreamsClientView(view, views)) return;
        if (entry) {
          checkExplicit(entry, where);
          return;
        }
        const insertion = view.insert?.('isolation.level', 'read_committed');
        const fix = '`isolation.level` to read_committed';
        report({
          loc: view.anchor.loc,
          messageId: 'javaDefault',
          data: { where, fix },
          suggest: insertion
            ? [{ messageId: 'readCommitted', data: { fix }, fix: (fixer) => fixer.replaceTextRange(insertion.range, insertion.text) }]
            : [],
        });
      },
    });
  },
});
