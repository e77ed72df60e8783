import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { memberName } from '../code/ast.js';
import { appendProperty } from '../code/insert.js';
import { keyText, quoteOf, quoteString, quoteStyleOf } from '../code/js-text.js';
import type { ConfigEntry, ConfigScalar, ConfigView, Insertion } from '../core/config-view.js';
import type { Span } from '../core/location.js';
import { isConfigSourceCode } from '../config-lint/model.js';
import { createRule } from '../util/create-rule.js';
import { isStreamsClientView, reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [{ kafkajs?: boolean }];
export type MessageId =
  | 'kafkajsEager'
  | 'eagerStrategy'
  | 'eagerPreferred'
  | 'javaDefault'
  | 'librdkafkaDefault'
  | 'useCooperative'
  | 'addCooperative';

const STRATEGY = 'partition.assignment.strategy';
const JAVA_COOPERATIVE = 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor';
const LIBRDKAFKA_COOPERATIVE = 'cooperative-sticky';

/** The Java client's built-in eager assignors (a custom class may be cooperative, so it is never judged). */
const JAVA_EAGER = new Set(['RangeAssignor', 'RoundRobinAssignor', 'StickyAssignor']);
/** librdkafka's eager assignors. */
const LIBRDKAFKA_EAGER = new Set(['range', 'roundrobin']);

type Assignor = 'cooperative' | 'eager' | 'unknown';

function javaAssignor(name: string): Assignor {
  const simple = name.replace(/^class\s+/, '').split('.').pop() ?? '';
  // Only Kafka's own package (or the bare name) is known; a class of the same name elsewhere is someone else's.
  const known = name.replace(/^class\s+/, '') === simple || name.replace(/^class\s+/, '').startsWith('org.apache.kafka.clients.consumer.');
  if (!known) return 'unknown';
  if (simple === 'CooperativeStickyAssignor') return 'cooperative';
  return JAVA_EAGER.has(simple) ? 'eager' : 'unknown';
}

function librdkafkaAssignor(name: string): Assignor {
  const lower = name.toLowerCase();
  if (lower === LIBRDKAFKA_COOPERATIVE) return 'cooperative';
  return LIBRDKAFKA_EAGER.has(lower) ? 'eager' : 'unknown';
}

/** With the KIP-848 consumer protocol the broker assigns partitions incrementally; client assignors do not apply. */
function usesConsumerProtocol(view: ConfigView): boolean {
  return String(view.get('group.protocol')?.value ?? '').trim().toLowerCase() === 'consumer';
}

/** The default each client family starts from, for messages. */
function defaultOf(view: ConfigView): string {
  if (view.dialect === 'confluent') return 'roundrobin, or range,roundrobin without a kafkaJS block';
  return 'range,roundrobin';
}

export default createRule<Options, MessageId>({
  name: 'prefer-cooperative-rebalancing',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require consumers to rebalance incrementally (cooperative-sticky assignor or the KIP-848 consumer protocol)',
      pitfall: 'rebalance',
      recommended: 'strict',
      appliesTo: ['code', 'config'],
    },
    hasSuggestions: true,
    messages: {
      kafkajsEager:
        'This kafkajs consumer can only rebalance eagerly (kafkajs has no cooperative assignor or protocol): every member that joins or leaves the group, at each deploy, restart or scale-out, makes all members stop consuming and give up their partitions until the group is rebalanced. For incremental rebalancing, move to the KafkaJS-compatible API of @confluentinc/kafka-javascript with `partitionAssigners: [PartitionAssigners.cooperativeSticky]` (or `group.protocol` consumer on Kafka 4 brokers).',
      eagerStrategy:
        '`{{written}}` {{value}} rebalances eagerly: every member that joins or leaves the group makes all members stop consuming and give up their partitions until the group is rebalanced. Use {{fix}}, which moves only the partitions that change owner, or `group.protocol` consumer on Kafka 4 brokers (KIP-848).',
      eagerPreferred:
        '`{{written}}` lists an eager assignor before CooperativeStickyAssignor: the group uses the first assignor all members support, so it still rebalances eagerly and every join or leave stops all members. Once every member runs with this list, keep only {{fix}} (a second rolling restart), or use `group.protocol` consumer on Kafka 4 brokers (KIP-848).',
      javaDefault:
        'This consumer leaves `partition.assignment.strategy` at the Java default (RangeAssignor, then CooperativeStickyAssignor), which still rebalances eagerly with RangeAssignor: every member that joins or leaves the group makes all members stop consuming until the group is rebalanced. Set it to {{fix}} (one rolling restart from the default), or use `group.protocol` consumer on Kafka 4 brokers (KIP-848).',
      librdkafkaDefault:
        'This consumer leaves `partition.assignment.strategy` at its default ({{default}}), which rebalances eagerly: every member that joins or leaves the group makes all members stop consuming and give up their partitions until the group is rebalanced. Set it to {{fix}}, or `group.protocol` to consumer on Kafka 4 brokers (KIP-848).',
      useCooperative: 'Set `{{written}}` to {{fix}}.',
      addCooperative: 'Set `{{key}}` to {{fix}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          kafkajs: {
            type: 'boolean',
            description: 'Whether to report kafkajs consumers, which cannot rebalance cooperatively at all (default: true).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ kafkajs: true }],
  },
  create(context, [options]) {
    const report = reportOncePerLocation(context);
    const { sourceCode } = context;
    const inConfigFile = isConfigSourceCode(sourceCode);
    const reportKafkajs = options.kafkajs ?? true;
    let fileViews: readonly ConfigView[] | undefined;

    function viewsOfConfigFile(): readonly ConfigView[] {
      const code: unknown = sourceCode;
      fileViews ??= isConfigSourceCode(code) ? code.getConfigModel().views : [];
      return fileViews;
    }

    /** The JS node a code view's span covers exactly, if any. */
    function nodeAt(span: Span): TSESTree.Node | undefined {
      if (inConfigFile) return undefined;
      let node = sourceCode.getNodeByRangeIndex(span.range[0]) as TSESTree.Node | null;
      while (node && (node.range[0] !== span.range[0] || node.range[1] !== span.range[1])) node = node.parent ?? null;
      return node ?? undefined;
    }

    /**
     * A rewrite of a kafkaJS `partitionAssigners` array: `[PartitionAssigners.roundRobin]` becomes
     * `[PartitionAssigners.cooperativeSticky]` (same namespace), `['roundrobin']` becomes `['cooperative-sticky']`.
     */
    function assignersArrayText(entry: ConfigEntry): string | undefined {
      const node = nodeAt(entry.valueSpan);
      if (node?.type !== AST_NODE_TYPES.ArrayExpression || node.elements.length === 0) return undefined;
      const [first] = node.elements;
      if (first?.type === AST_NODE_TYPES.MemberExpression && !first.computed) {
        const namespace = sourceCode.getText(first.object);
        const sameNamespace = node.elements.every(
          (element) =>
            element?.type === AST_NODE_TYPES.MemberExpression && !element.computed && sourceCode.getText(element.object) === namespace,
        );
        return sameNamespace && memberName(first) !== undefined ? `[${namespace}.cooperativeSticky]` : undefined;
      }
      const quote = first ? quoteOf(first) : undefined;
      const strings = node.elements.every((element) => element?.type === AST_NODE_TYPES.Literal && typeof element.value === 'string');
      return strings && quote ? `[${quoteString(LIBRDKAFKA_COOPERATIVE, quote)}]` : undefined;
    }

    function replacement(entry: ConfigEntry, value: string): string | undefined {
      if (entry.formatValue) return entry.formatValue(value);
      return inConfigFile ? undefined : assignersArrayText(entry);
    }

    /**
     * Adds the strategy to a consumer without one. In a Confluent config the librdkafka property is
     * added at the top level, valid beside a `kafkaJS` block (whose `partitionAssigners` takes enum values).
     */
    function insertion(view: ConfigView, value: ConfigScalar): Insertion | undefined {
      if (view.dialect === 'confluent') {
        const object = nodeAt(view.anchor);
        if (object?.type === AST_NODE_TYPES.ObjectExpression) {
          const quote = quoteStyleOf(object);
          const text = `${keyText(STRATEGY, quote)}: ${quoteString(String(value), quote === '`' ? "'" : quote)}`;
          return appendProperty(sourceCode, object, text);
        }
      }
      return view.insert?.(STRATEGY, value);
    }

    function checkWritten(view: ConfigView, entry: ConfigEntry): void {
      if (typeof entry.value !== 'string') return;
      const java = view.client === 'java';
      const names = entry.value.split(',').map((name) => name.trim()).filter((name) => name !== '');
      const kinds = names.map(java ? javaAssignor : librdkafkaAssignor);
      if (kinds.length === 0 || kinds.includes('unknown')) return;
      const cooperative = java ? JAVA_COOPERATIVE : LIBRDKAFKA_COOPERATIVE;
      // librdkafka refuses to mix eager and cooperative assignors; that start-up error is not this rule's concern.
      const firstCooperative = kinds.indexOf('cooperative');
      if (firstCooperative === 0 || (firstCooperative > 0 && !java)) return;
      const messageId = firstCooperative > 0 ? 'eagerPreferred' : 'eagerStrategy';
      const text = replacement(entry, cooperative);
      // A kafkaJS `partitionAssigners` list takes the client's enum, not the librdkafka name.
      const isList = !inConfigFile && /^partitionAssign[eo]rs$/.test(entry.written);
      const fix = `\`${isList ? (text ?? '[PartitionAssigners.cooperativeSticky]') : cooperative}\``;
      report({
        loc: entry.valueSpan.loc,
        messageId,
        data: { written: entry.written, value: entry.text, fix },
        suggest:
          text === undefined
            ? []
            : [
                {
                  messageId: 'useCooperative',
                  data: { written: entry.written, fix },
                  fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(entry.valueSpan.range, text),
                },
              ],
      });
    }

    function checkUnset(view: ConfigView): void {
      if (view.role !== 'consumer' || !view.complete) return;
      const java = view.client === 'java';
      const cooperative = java ? JAVA_COOPERATIVE : LIBRDKAFKA_COOPERATIVE;
      const fix = `\`${cooperative}\``;
      const added = insertion(view, cooperative);
      report({
        loc: view.anchor.loc,
        messageId: java ? 'javaDefault' : 'librdkafkaDefault',
        data: { fix, default: defaultOf(view) },
        suggest: added
          ? [
              {
                messageId: 'addCooperative',
                data: { key: STRATEGY, fix },
                fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(added.range, added.text),
              },
            ]
          : [],
      });
    }

    return visitKafka(context, {
      view(view) {
        if (view.scope !== 'client' || (view.role !== 'consumer' && view.role !== 'common')) return;
        if (view.client === 'kafkajs') {
          if (reportKafkajs && view.role === 'consumer') report({ loc: view.anchor.loc, messageId: 'kafkajsEager' });
          return;
        }
        if (usesConsumerProtocol(view)) return;
        if (inConfigFile && isStreamsClientView(view, viewsOfConfigFile())) return;
        const strategy = view.get(STRATEGY);
        if (strategy) checkWritten(view, strategy);
        else checkUnset(view);
      },
    });
  },
});
