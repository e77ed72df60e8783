import type { ConfigView } from '../core/config-view.js';
import { brokerCount, readKafkaSettings } from '../core/settings.js';
import { createRule } from '../util/create-rule.js';
import { booleanValue } from '../util/values.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'uncleanElection' | 'disable';

const KEY = 'unclean.leader.election.enable';

/** Dialects whose topic view holds the `topic.`-prefixed settings of a Kafka Streams application. */
const STREAMS_DIALECTS = new Set(['streams-properties', 'spring']);

/** What the setting governs, by the view it is written in. */
function scopeOf(view: ConfigView): string | undefined {
  if (view.role === 'broker') return 'every topic without its own setting';
  if (view.role !== 'topic') return undefined;
  return STREAMS_DIALECTS.has(view.dialect) ? 'the internal topics Kafka Streams creates' : 'this topic';
}

export default createRule<Options, MessageId>({
  name: 'no-unclean-leader-election',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow unclean leader election, which lets an out-of-sync replica become leader',
      pitfall: 'loss',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    hasSuggestions: true,
    messages: {
      uncleanElection:
        '`{{written}}` true lets an out-of-sync replica become leader of a partition of {{scope}} when no in-sync replica is left: the messages it never copied, acknowledged ones included, are lost, and the other replicas truncate their logs to match it. Set it to false (the default since Kafka 0.11) and bring an in-sync replica back instead.',
      disable: 'Set `{{written}}` to false.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    const settings = readKafkaSettings(context.settings);

    /** One broker holds one replica: no other replica could be elected, cleanly or not. */
    function isSingleBroker(view: ConfigView): boolean {
      return brokerCount(view, settings) === 1;
    }

    return visitKafka(context, {
      view(view) {
        const scope = scopeOf(view);
        if (scope === undefined || isSingleBroker(view)) return;
        const entry = view.get(KEY);
        if (!entry || booleanValue(entry.value) !== true) return;
        const { formatValue } = entry;
        // A value written as a string stays one (node-rdkafka topic configs take strings).
        const disabled = typeof entry.value === 'string' ? 'false' : false;
        report({
          loc: entry.valueSpan.loc,
          messageId: 'uncleanElection',
          data: { written: entry.written, scope },
          suggest: formatValue
            ? [{ messageId: 'disable', data: { written: entry.written }, fix: (fixer) => fixer.replaceTextRange(entry.valueSpan.range, formatValue(disabled)) }]
            : [],
        });
      },
    });
  },
});
