import type { ConfigEntry, ConfigView } from '../core/config-view.js';
import { createRule } from '../util/create-rule.js';
import { booleanValue, numericValue } from '../util/values.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId =
  | 'disabled'
  | 'kafkajsDefault'
  | 'librdkafkaDefault'
  | 'silentlyDisabledByAcks'
  | 'silentlyDisabledByRetries'
  | 'silentlyDisabledByInFlight'
  | 'enable';

/** Java producers give up idempotence, when it is not set explicitly, above this many in-flight requests. */
const MAX_IN_FLIGHT_FOR_IDEMPOTENCE = 5;

interface Finding {
  messageId: MessageId;
  entry?: ConfigEntry;
  data?: Record<string, string | number>;
}

/** Why a producer that leaves `enable.idempotence` unset still is not idempotent, per client. */
function checkUnsetIdempotence(view: ConfigView): Finding[] {
  switch (view.client) {
    case 'kafkajs':
      return view.complete ? [{ messageId: 'kafkajsDefault' }] : [];
    case 'librdkafka':
      return view.complete ? [{ messageId: 'librdkafkaDefault' }] : [];
    case 'java':
      return checkJavaSilentDowngrade(view);
  }
}

/**
 * Java clients (3.0.1 and later) default to idempotence, but switch it off without an error when
 * another setting contradicts it and `enable.idempotence` was not written. Each contradiction is
 * reported: fixing one leaves the others switching idempotence off.
 */
function checkJavaSilentDowngrade(view: ConfigView): Finding[] {
  const findings: Finding[] = [];
  const acks = view.get('acks');
  const acksValue = acks?.value;
  if (acks && acksValue !== undefined && acksValue !== 'all' && numericValue(acksValue) !== -1) {
    findings.push({ messageId: 'silentlyDisabledByAcks', entry: acks, data: { value: acks.text } });
  }
  const retries = view.get('retries');
  if (retries && numericValue(retries.value) === 0) {
    findings.push({ messageId: 'silentlyDisabledByRetries', entry: retries });
  }
  const inFlight = view.get('max.in.flight.requests.per.connection');
  const inFlightValue = numericValue(inFlight?.value);
  if (inFlight && inFlightValue !== undefined && inFlightValue > MAX_IN_FLIGHT_FOR_IDEMPOTENCE) {
    findings.push({ messageId: 'silentlyDisabledByInFlight', entry: inFlight, data: { value: inFlightValue } });
  }
  return findings;
}

function checkProducer(view: ConfigView): Finding[] {
  const idempotence = view.get('enable.idempotence');
  if (!idempotence) return checkUnsetIdempotence(view);
  return booleanValue(idempotence.value) === false ? [{ messageId: 'disabled', entry: idempotence }] : [];
}

export default createRule<Options, MessageId>({
  name: 'require-idempotent-producer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require producers to be idempotent, so that retries cannot write a message twice',
      pitfall: 'duplication',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    hasSuggestions: true,
    messages: {
      disabled:
        '`{{written}}` turns idempotence off: when an acknowledgement is lost and the producer retries, the broker stores the message twice. Remove it or set it to true.',
      kafkajsDefault:
        'This kafkajs producer is not idempotent (kafkajs defaults `idempotent` to false): a retried send whose acknowledgement was lost writes the message twice. Set `idempotent: true`.',
      librdkafkaDefault:
        'This producer leaves `enable.idempotence` unset, and librdkafka defaults it to false: a retried send whose acknowledgement was lost writes the message twice, and with up to 1000000 requests in flight a retried batch can land after a later one. Set `enable.idempotence` to true.',
      silentlyDisabledByAcks:
        '`{{written}}={{value}}` silently switches off the Java producer\'s default idempotence (it needs acks=all), so retries can write duplicates. Use acks=all, or set `enable.idempotence` explicitly to make the trade-off visible.',
      silentlyDisabledByRetries:
        '`{{written}}` 0 silently switches off the Java producer\'s default idempotence (it needs retries), so duplicates and losses go unnoticed. Remove it, or set `enable.idempotence` explicitly.',
      silentlyDisabledByInFlight:
        '`{{written}}` {{value}} (above 5) silently switches off the Java producer\'s default idempotence, so retries can write duplicates and reorder messages. Use at most 5.',
      enable: 'Add `{{key}}: true`.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);

    function reportFinding(view: ConfigView, finding: Finding): void {
      const { entry } = finding;
      const key = view.client === 'kafkajs' ? 'idempotent' : 'enable.idempotence';
      const insertion = entry ? undefined : view.insert?.('enable.idempotence', true);
      report({
        loc: (entry ? entry.valueSpan : view.anchor).loc,
        messageId: finding.messageId,
        data: { written: entry?.written ?? key, ...finding.data },
        suggest: insertion
          ? [{ messageId: 'enable', data: { key }, fix: (fixer) => fixer.replaceTextRange(insertion.range, insertion.text) }]
          : [],
      });
    }

    return visitKafka(context, {
      view(view) {
        if (view.role !== 'producer' || view.scope !== 'client') return;
        // Transactional producers need idempotence in every client: valid-transactional-producer reports them.
        if (view.get('transactional.id')) return;
        for (const finding of checkProducer(view)) reportFinding(view, finding);
      },
    });
  },
});
