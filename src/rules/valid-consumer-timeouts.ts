import type { Client, ConfigEntry, ConfigView } from '../core/config-view.js';
import { createRule } from '../util/create-rule.js';
import { describeMs, numericValue } from '../util/values.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [
  {
    minSessionTimeoutMs?: number;
    maxSessionTimeoutMs?: number;
    minPollIntervalPerRecordMs?: number;
  },
];
export type MessageId =
  | 'sessionTooShort'
  | 'sessionTooLong'
  | 'heartbeatNotBelowSession'
  | 'heartbeatAboveThird'
  | 'pollIntervalBelowSession'
  | 'tooManyPollRecords';

/** Client defaults (kafkajs `src/consumer/index.js`, Kafka 3.9 ConsumerConfig, librdkafka CONFIGURATION.md). */
const DEFAULT_SESSION_TIMEOUT_MS: Record<Client, number> = { kafkajs: 30_000, java: 45_000, librdkafka: 45_000 };
const DEFAULT_HEARTBEAT_INTERVAL_MS = 3000;
const DEFAULT_MAX_POLL_INTERVAL_MS = 300_000;

interface Timeouts {
  session?: ConfigEntry;
  heartbeat?: ConfigEntry;
  pollInterval?: ConfigEntry;
  pollRecords?: ConfigEntry;
}

function valueOf(entry: ConfigEntry | undefined): number | undefined {
  return numericValue(entry?.value);
}

/** With the KIP-848 protocol the broker owns these timeouts, so the client's values do not apply. */
function usesBrokerSideTimeouts(view: ConfigView): boolean {
  return String(view.get('group.protocol')?.value ?? '').toLowerCase() === 'consumer';
}

export default createRule<Options, MessageId>({
  name: 'valid-consumer-timeouts',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require consumer session, heartbeat and poll timeouts that keep the group stable',
      pitfall: 'rebalance',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    messages: {
      sessionTooShort:
        '`{{written}}` {{value}} is below the broker\'s `group.min.session.timeout.ms` ({{min}}): the broker rejects the consumer\'s JoinGroup with INVALID_SESSION_TIMEOUT, and a session this short expires on any GC pause or slow batch. Use at least {{min}} (45000 is the Java default).',
      sessionTooLong:
        '`{{written}}` {{value}} is above the broker\'s `group.max.session.timeout.ms` ({{max}}): the broker rejects the consumer\'s JoinGroup with INVALID_SESSION_TIMEOUT. Use at most {{max}}.',
      heartbeatNotBelowSession:
        '`{{written}}` {{value}} is not below the session timeout of {{session}}: the client refuses to start (kafkajs and Java both check it), and no heartbeat could arrive in time anyway. Use about a third of the session timeout.',
      heartbeatAboveThird:
        '`{{written}}` {{value}} is more than a third of the session timeout of {{session}}: a single late or lost heartbeat expires the session and rebalances the group. Use at most a third of the session timeout.',
      pollIntervalBelowSession:
        '`{{written}}` {{value}} is below the session timeout of {{session}}: the group evicts a member that is still alive but busy before its session would expire, and rebalances. Make it at least the session timeout, and longer than the slowest batch.',
      tooManyPollRecords:
        '`{{written}}` {{value}} leaves {{perRecord}} per record of the {{interval}} `max.poll.interval.ms`: one slow batch exceeds the poll interval, the member is evicted and the group rebalances, over and over. Lower it (the default is 500) or raise `max.poll.interval.ms`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minSessionTimeoutMs: {
            type: 'integer',
            minimum: 0,
            description: "The brokers' `group.min.session.timeout.ms` (Kafka's default: 6000).",
          },
          maxSessionTimeoutMs: {
            type: 'integer',
            minimum: 0,
            description: "The brokers' `group.max.session.timeout.ms` (Kafka's default: 1800000).",
          },
          minPollIntervalPerRecordMs: {
            type: 'number',
            minimum: 0,
            description: 'The least time per record `max.poll.interval.ms / max.poll.records` may leave (default: 5).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minSessionTimeoutMs: 6000, maxSessionTimeoutMs: 1_800_000, minPollIntervalPerRecordMs: 5 }],
  },
  create(context, [options]) {
    const reportOnce = reportOncePerLocation(context);
    const minSession = options.minSessionTimeoutMs ?? 6000;
    const maxSession = options.maxSessionTimeoutMs ?? 1_800_000;
    const minPerRecord = options.minPollIntervalPerRecordMs ?? 5;

    function report(entry: ConfigEntry, messageId: MessageId, data: Record<string, string | number> = {}): void {
      reportOnce({ loc: entry.valueSpan.loc, messageId, data: { written: entry.written, value: entry.text, ...data } });
    }

    function checkSession(session: ConfigEntry, sessionMs: number): void {
      if (sessionMs < minSession) report(session, 'sessionTooShort', { min: minSession });
      else if (sessionMs > maxSession) report(session, 'sessionTooLong', { max: maxSession });
    }

    function checkHeartbeat(timeouts: Timeouts, sessionMs: number): void {
      const { heartbeat, session } = timeouts;
      if (heartbeat && valueOf(heartbeat) === undefined) return; // computed at run time
      // A session below the broker minimum is reported already; the default heartbeat adds nothing.
      if (!heartbeat && sessionMs < minSession) return;
      const heartbeatMs = valueOf(heartbeat) ?? DEFAULT_HEARTBEAT_INTERVAL_MS;
      const target = heartbeat ?? session;
      if (!target) return;
      const data = { session: describeMs(sessionMs), value: heartbeat ? heartbeat.text : `${DEFAULT_HEARTBEAT_INTERVAL_MS} (default heartbeat)` };
      if (heartbeatMs >= sessionMs) report(target, 'heartbeatNotBelowSession', data);
      else if (heartbeat && heartbeatMs * 3 > sessionMs) report(heartbeat, 'heartbeatAboveThird', data);
    }

    function checkPollInterval(timeouts: Timeouts, sessionMs: number): void {
      const { pollInterval } = timeouts;
      const intervalMs = valueOf(pollInterval);
      if (pollInterval && intervalMs !== undefined && intervalMs < sessionMs) {
        report(pollInterval, 'pollIntervalBelowSession', { session: describeMs(sessionMs) });
      }
    }

    function checkPollRecords(timeouts: Timeouts): void {
      const { pollRecords, pollInterval } = timeouts;
      const records = valueOf(pollRecords);
      if (!pollRecords || records === undefined || records <= 0) return;
      const intervalMs = valueOf(pollInterval) ?? DEFAULT_MAX_POLL_INTERVAL_MS;
      const perRecord = intervalMs / records;
      if (perRecord < minPerRecord) {
        report(pollRecords, 'tooManyPollRecords', {
          perRecord: `${Number(perRecord.toFixed(2))} ms`,
          interval: describeMs(intervalMs),
        });
      }
    }

    return visitKafka(context, {
      view(view) {
        if ((view.role !== 'consumer' && view.role !== 'common') || view.scope !== 'client') return;
        if (usesBrokerSideTimeouts(view)) return;
        const timeouts: Timeouts = {
          session: view.get('session.timeout.ms'),
          heartbeat: view.get('heartbeat.interval.ms'),
          pollInterval: view.get('max.poll.interval.ms'),
          pollRecords: view.get('max.poll.records'),
        };
        const writtenSession = valueOf(timeouts.session);
        if (timeouts.session && writtenSession === undefined) return; // computed at run time
        if (timeouts.session && writtenSession !== undefined) checkSession(timeouts.session, writtenSession);
        // The Confluent client's KafkaJS mode changes the session default, so only a written one is trusted there.
        const sessionMs = writtenSession ?? (view.dialect === 'confluent' ? undefined : DEFAULT_SESSION_TIMEOUT_MS[view.client]);
        if (sessionMs !== undefined) {
          checkHeartbeat(timeouts, sessionMs);
          checkPollInterval(timeouts, sessionMs);
        }
        checkPollRecords(timeouts);
      },
    });
  },
});
