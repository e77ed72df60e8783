import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingClassOfThis, memberName, skipTransparent } from '../code/ast.js';
import type { ClientCall, HandlerSite, KafkaFileModel } from '../code/model.js';
import { resolveValue } from '../code/resolve.js';
import { DefinitionType, lookUp } from '../code/scope.js';
import type { Client, ConfigEntry, ConfigScalar, ConfigView, Insertion } from '../core/config-view.js';
import type { SourceLocation } from '../core/location.js';
import { readKafkaSettings } from '../core/settings.js';
import { transactionalEntry } from '../core/transactional.js';
import { isConfigSourceCode } from '../config-lint/model.js';
import { createRule } from '../util/create-rule.js';
import { booleanValue, describeMs, numericValue } from '../util/values.js';
import { reportOncePerLocation, viewsOfFile, visitKafka } from '../util/view-visitor.js';

export type Options = [{ maxTransactionTimeoutMs?: number; idempotentInFlight?: boolean }];
export type MessageId =
  | 'kafkajsNotIdempotent'
  | 'inFlightUnset'
  | 'inFlightAboveOne'
  | 'idempotentInFlightUnset'
  | 'idempotentInFlightAboveOne'
  | 'idempotenceOffRejected'
  | 'acksRejected'
  | 'retriesRejected'
  | 'inFlightRejected'
  | 'transactionTimeoutTooLong'
  | 'messageTimeoutAboveTransaction'
  | 'autoCommitWithTransaction'
  | 'commitOutsideTransaction'
  | 'enableIdempotence'
  | 'setValue'
  | 'disableAutoCommit';

/** The broker's `transaction.max.timeout.ms` default (Kafka 3.9 `TransactionStateManagerConfig`). */
const DEFAULT_MAX_TRANSACTION_TIMEOUT_MS = 900_000;

/** librdkafka's `transaction.timeout.ms` default (CONFIGURATION.md), which the Confluent KafkaJS API also sets. */
const LIBRDKAFKA_TRANSACTION_TIMEOUT_MS = 60_000;

/** Java and librdkafka producers refuse idempotence (which transactions need) above this many in-flight requests. */
const MAX_IN_FLIGHT_FOR_IDEMPOTENCE = 5;

/** How each client fails when a transactional producer's settings contradict idempotence. */
const REFUSAL: Record<Exclude<Client, 'kafkajs'>, string> = {
  java: 'the Java producer refuses to start with a ConfigException',
  librdkafka: 'librdkafka refuses to create the producer',
};

/** Roles whose settings reach a producer. */
const PRODUCING_ROLES = new Set(['producer', 'common']);

/** The entry written last of several, by its place in the source. */
function lastWritten(entries: readonly (ConfigEntry | undefined)[]): ConfigEntry | undefined {
  let last: ConfigEntry | undefined;
  for (const entry of entries) if (entry && (!last || entry.keySpan.range[0] >= last.keySpan.range[0])) last = entry;
  return last;
}

/** A positive whole number of milliseconds from the shared settings, if one is given. */
function settingsMs(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function isAcksAll(value: ConfigScalar): boolean {
  return (typeof value === 'string' && value.trim().toLowerCase() === 'all') || numericValue(value) === -1;
}

// ---------------------------------------------------------------------------------------------
// Code: consume-transform-produce handlers
// (Candidates for the code core: a handler's consumer view and the calls made inside a function.)

function within(node: TSESTree.Node, fn: TSESTree.Node): boolean {
  return node.range[0] >= fn.range[0] && node.range[1] <= fn.range[1];
}

/** The calls on tracked Kafka objects made in a handler's function or in the function it forwards to. */
function callsInHandler(model: KafkaFileModel, handler: HandlerSite): ClientCall[] {
  const functions: TSESTree.Node[] = handler.delegate ? [handler.fn, handler.delegate] : [handler.fn];
  return model.calls.filter((call) => functions.some((fn) => within(call.node, fn)));
}

/** The expressions a variable is given: its initializer and later `x = ...` assignments. */
function valuesOfIdentifier(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): TSESTree.Node[] {
  const variable = lookUp(sourceCode.getScope(identifier), identifier.name);
  if (!variable) return [];
  const values: TSESTree.Node[] = [];
  for (const definition of variable.defs) {
    if (definition.type === DefinitionType.Variable && definition.node.init && definition.node.id === definition.name) {
      values.push(definition.node.init);
    }
  }
  for (const reference of variable.references) {
    const parent = reference.identifier.parent;
    if (!reference.init && parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier) {
      values.push(parent.right);
    }
  }
  return values;
}

function unwrapAwait(node: TSESTree.Node): TSESTree.Node {
  const bare = skipTransparent(node);
  return bare.type === AST_NODE_TYPES.AwaitExpression ? skipTransparent(bare.argument) : bare;
}

/** Whether a creation call is stored in `this.<name>` of the given class (a field initializer or an assignment). */
function storedInThisMember(creation: TSESTree.CallExpression, name: string, owner: TSESTree.Node): boolean {
  let node: TSESTree.Node = creation;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.AwaitExpression || node.parent.type === AST_NODE_TYPES.TSAsExpression)) {
    node = node.parent;
  }
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === node) {
    return memberName(parent) === name && parent.parent.parent === owner;
  }
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== node) return false;
  const left = parent.left;
  return (
    left.type === AST_NODE_TYPES.MemberExpression &&
    left.object.type === AST_NODE_TYPES.ThisExpression &&
    memberName(left) === name &&
    enclosingClassOfThis(left) === owner
  );
}

/** The `kafka.consumer(...)` call that created the consumer `receiver` refers to, when the file shows it. */
function creationOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  receiver: TSESTree.Node,
  creations: readonly TSESTree.CallExpression[],
): TSESTree.CallExpression | undefined {
  const bare = skipTransparent(receiver);
  if (bare.type === AST_NODE_TYPES.Identifier) {
    const values = valuesOfIdentifier(sourceCode, bare).map(unwrapAwait);
    return creations.find((creation) => values.includes(creation));
  }
  if (bare.type === AST_NODE_TYPES.MemberExpression && skipTransparent(bare.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = memberName(bare);
    const owner = enclosingClassOfThis(bare);
    if (name === undefined || !owner) return undefined;
    return creations.find((creation) => storedInThisMember(creation, name, owner));
  }
  return undefined;
}

/**
 * The client view of the consumer whose `run()` took a handler. The Confluent client reads
 * `autoCommit` from the consumer's config, not from `run()`. Falls back to the file's only consumer.
 */
function consumerViewOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  model: KafkaFileModel,
  handler: HandlerSite,
): ConfigView | undefined {
  const creations = model.calls
    .filter((call) => call.kind === 'kafka' && call.method === 'consumer' && call.library === handler.library)
    .map((call) => call.node);
  const callee = skipTransparent(handler.run.callee);
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
  const creation = (receiver && creationOf(sourceCode, receiver, creations)) ?? (creations.length === 1 ? creations[0] : undefined);
  if (!creation) return undefined;
  const [options] = creation.arguments;
  const optionsRange = options ? resolveValue(options, sourceCode.getScope(options)).node.range : undefined;
  return model.views.find((view) => {
    if (view.role !== 'consumer' || view.scope !== 'client') return false;
    const [start, end] = view.anchor.range;
    const inCall = start >= creation.range[0] && end <= creation.range[1];
    return inCall || (optionsRange !== undefined && start === optionsRange[0] && end === optionsRange[1]);
  });
}

export default createRule<Options, MessageId>({
  name: 'valid-transactional-producer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require transactional producers and consume-transform-produce loops to be configured for exactly-once',
      pitfall: 'duplication',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
    },
    hasSuggestions: true,
    messages: {
      kafkajsNotIdempotent:
        '`{{written}}` makes this kafkajs producer transactional, but kafkajs does not turn idempotence on by itself: its sends outside a transaction are not idempotent, so a retried send whose acknowledgement was lost is written twice. Set `idempotent: true`, which the kafkajs docs require for transactions.',
      inFlightUnset:
        'This {{kind}} kafkajs producer leaves `maxInFlightRequests` unset, which kafkajs treats as unlimited: with several requests in flight, a retried batch can be reordered or rejected with OUT_OF_ORDER_SEQUENCE_NUMBER, and kafkajs lacks the sequence handling that makes this safe in the Java client. Set `maxInFlightRequests: 1`, as the kafkajs docs require for exactly-once.',
      inFlightAboveOne:
        '`{{written}}` {{value}} on a {{kind}} kafkajs producer allows several requests in flight: a retried batch can be reordered or rejected with OUT_OF_ORDER_SEQUENCE_NUMBER, and kafkajs lacks the sequence handling that makes this safe in the Java client. Use 1, as the kafkajs docs require for exactly-once.',
      idempotentInFlightUnset:
        'This idempotent kafkajs producer leaves `maxInFlightRequests` unset, which kafkajs treats as unlimited, while the kafkajs docs pair `idempotent: true` with `maxInFlightRequests: 1`: kafkajs has none of the sequence recovery that lets the Java client keep several idempotent requests in flight, and concurrent idempotent sends have failed with OUT_OF_ORDER_SEQUENCE_NUMBER. Set `maxInFlightRequests: 1`; kafkajs 2.x already sends one produce request per broker at a time for idempotent producers, so the limit costs nothing there.',
      idempotentInFlightAboveOne:
        '`{{written}}` {{value}} on an idempotent kafkajs producer allows several requests in flight, while the kafkajs docs pair `idempotent: true` with `maxInFlightRequests: 1`: kafkajs has none of the sequence recovery that lets the Java client keep several idempotent requests in flight, and concurrent idempotent sends have failed with OUT_OF_ORDER_SEQUENCE_NUMBER. Use 1; kafkajs 2.x already sends one produce request per broker at a time for idempotent producers, so the limit costs nothing there.',
      idempotenceOffRejected:
        '`{{written}}` is false on a transactional producer: transactions need idempotence, so {{refusal}}. Remove it or set it to true.',
      acksRejected:
        '`{{written}}={{value}}` cannot be used by a transactional producer: transactions need idempotence, and idempotence needs acks=all, so {{refusal}}. Use {{fix}}.',
      retriesRejected:
        '`{{written}}` 0 cannot be used by a transactional producer: transactions need idempotence, and idempotence needs retries, so {{refusal}}. Remove it.',
      inFlightRejected:
        '`{{written}}` {{value}} cannot be used by a transactional producer: transactions need idempotence, which allows at most 5 in-flight requests per connection, so {{refusal}}. Use at most 5.',
      transactionTimeoutTooLong:
        '`{{written}}` {{value}} is above the broker\'s `transaction.max.timeout.ms` ({{max}}): the broker rejects the producer\'s InitProducerId with INVALID_TRANSACTION_TIMEOUT, so no transaction can start. Use at most {{max}}, or, where the brokers allow more, set `settings.kafka.transactionMaxTimeoutMs` to their limit.',
      messageTimeoutAboveTransaction:
        '`{{written}}` {{value}} is above the transaction timeout ({{timeout}}): a message could outlive the transaction it belongs to, so librdkafka refuses to create this transactional producer ("`message.timeout.ms` must be set <= `transaction.timeout.ms`"). Use at most {{max}}, or leave it unset: a transactional producer then times messages out with its transaction timeout.',
      autoCommitWithTransaction:
        'This handler commits its input offsets in a transaction (`sendOffsets`), but the consumer\'s auto-commit is on (`{{written}}`): it also commits the consumed offsets outside the transaction, on its own schedule, so input can be committed although its transaction aborted, and exactly-once is lost. Set `{{written}}` to false and let `sendOffsets` commit.',
      commitOutsideTransaction:
        '`{{call}}()` commits the input offsets outside the transaction this handler writes its output in: if the process stops between the two commits, the output is written but the input is consumed again (duplicates), or the input is committed while the transaction aborts (loss). Send the offsets in the transaction with `sendOffsets()` before `commit()`.',
      enableIdempotence: 'Set `{{key}}: true`.',
      setValue: 'Set `{{written}}` to {{fix}}.',
      disableAutoCommit: 'Set `{{written}}` to false.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          maxTransactionTimeoutMs: {
            type: 'integer',
            minimum: 0,
            description:
              "The brokers' `transaction.max.timeout.ms`. Defaults to `settings.kafka.transactionMaxTimeoutMs`, else Kafka's default of 900000.",
          },
          idempotentInFlight: {
            type: 'boolean',
            description:
              'Whether idempotent kafkajs producers that are not transactional must also limit `maxInFlightRequests` to 1 (default: true). False limits the check to transactional producers.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ idempotentInFlight: true }],
  },
  create(context, [options]) {
    const report = reportOncePerLocation(context);
    const { sourceCode } = context;
    const inConfigFile = isConfigSourceCode(sourceCode);
    const settings = readKafkaSettings(context.settings);
    const maxTimeout =
      options.maxTransactionTimeoutMs ?? settingsMs(settings.transactionMaxTimeoutMs) ?? DEFAULT_MAX_TRANSACTION_TIMEOUT_MS;
    const idempotentInFlight = options.idempotentInFlight ?? true;

    function insertSuggestion(insertion: Insertion | undefined, messageId: MessageId, data: Record<string, string>) {
      return insertion ? [{ messageId, data, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(insertion.range, insertion.text) }] : [];
    }

    function replaceSuggestion(entry: ConfigEntry, value: ConfigScalar, fix: string) {
      const { formatValue } = entry;
      return formatValue
        ? [
            {
              messageId: 'setValue' as const,
              data: { written: entry.written, fix },
              fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(entry.valueSpan.range, formatValue(value)),
            },
          ]
        : [];
    }

    /** kafkajs: transactions without idempotence, and idempotent or transactional producers with several requests in flight. */
    function checkKafkajsProducer(view: ConfigView): void {
      const transactional = transactionalEntry(view);
      const idempotence = view.get('enable.idempotence');
      const idempotent = booleanValue(idempotence?.value);
      if (transactional && idempotent !== true) {
        if (idempotence && idempotent === false) {
          report({
            loc: transactional.keySpan.loc,
            messageId: 'kafkajsNotIdempotent',
            data: { written: transactional.written },
            suggest: replaceSuggestion(idempotence, true, 'true'),
          });
        } else if (!idempotence && view.complete) {
          report({
            loc: transactional.keySpan.loc,
            messageId: 'kafkajsNotIdempotent',
            data: { written: transactional.written },
            suggest: insertSuggestion(view.insert?.('enable.idempotence', true), 'enableIdempotence', { key: 'idempotent' }),
          });
        }
      }
      // The kafkajs docs ask both kinds for one request in flight. kafkajs 2.x also serialises an
      // idempotent producer's produce requests per broker (eosManager.acquireBrokerLock); see the docs.
      const kind = transactional ? 'transactional' : idempotent === true && idempotentInFlight ? 'idempotent' : undefined;
      if (!kind) return;
      const inFlight = view.get('max.in.flight.requests.per.connection');
      if (!inFlight) {
        if (!view.complete) return;
        report({
          loc: transactional ? transactional.keySpan.loc : view.anchor.loc,
          messageId: transactional ? 'inFlightUnset' : 'idempotentInFlightUnset',
          data: { kind },
          suggest: insertSuggestion(view.insert?.('max.in.flight.requests.per.connection', 1), 'setValue', {
            written: 'maxInFlightRequests',
            fix: '1',
          }),
        });
        return;
      }
      const count = numericValue(inFlight.value);
      // `null` is kafkajs's own spelling of "unlimited".
      if (inFlight.value === null || (count !== undefined && count > 1)) {
        report({
          loc: inFlight.valueSpan.loc,
          messageId: transactional ? 'inFlightAboveOne' : 'idempotentInFlightAboveOne',
          data: { written: inFlight.written, value: inFlight.text, kind },
          suggest: replaceSuggestion(inFlight, 1, '1'),
        });
      }
    }

    /** Java and librdkafka: a transactional producer whose settings contradict idempotence does not start. */
    function checkRefusedProducer(view: ConfigView, client: Exclude<Client, 'kafkajs'>): void {
      if (!transactionalEntry(view)) return;
      const refusal = REFUSAL[client];
      const idempotence = view.get('enable.idempotence');
      if (idempotence && booleanValue(idempotence.value) === false) {
        report({
          loc: idempotence.valueSpan.loc,
          messageId: 'idempotenceOffRejected',
          data: { written: idempotence.written, refusal },
          suggest: replaceSuggestion(idempotence, true, 'true'),
        });
        return;
      }
      const acks = view.get('acks');
      if (acks && acks.value !== undefined && acks.value !== null && !isAcksAll(acks.value)) {
        const all: ConfigScalar = !inConfigFile && typeof acks.value === 'number' ? -1 : 'all';
        report({
          loc: acks.valueSpan.loc,
          messageId: 'acksRejected',
          data: { written: acks.written, value: acks.text, refusal, fix: `\`${String(all)}\`` },
          suggest: replaceSuggestion(acks, all, `\`${String(all)}\``),
        });
      }
      const retries = view.get('retries');
      if (retries && numericValue(retries.value) === 0) {
        report({ loc: retries.valueSpan.loc, messageId: 'retriesRejected', data: { written: retries.written, refusal } });
      }
      const inFlight = view.get('max.in.flight.requests.per.connection');
      const count = numericValue(inFlight?.value);
      if (inFlight && count !== undefined && count > MAX_IN_FLIGHT_FOR_IDEMPOTENCE) {
        report({
          loc: inFlight.valueSpan.loc,
          messageId: 'inFlightRejected',
          data: { written: inFlight.written, value: inFlight.text, refusal },
          suggest: replaceSuggestion(inFlight, MAX_IN_FLIGHT_FOR_IDEMPOTENCE, '5'),
        });
      }
    }

    /**
     * librdkafka: a transactional producer's explicit `message.timeout.ms` (alias `delivery.timeout.ms`)
     * above its `transaction.timeout.ms` is a configuration error (`rd_kafka_topic_conf_finalize`).
     */
    function checkMessageTimeout(view: ConfigView): void {
      if (!transactionalEntry(view)) return;
      const idempotence = view.get('enable.idempotence');
      if (idempotence && booleanValue(idempotence.value) === false) return; // refused anyway, reported above
      const entry = lastWritten([view.get('delivery.timeout.ms'), view.get('message.timeout.ms')]);
      const messageTimeout = numericValue(entry?.value);
      if (!entry || messageTimeout === undefined) return;
      const written = view.get('transaction.timeout.ms');
      if (!written && mayInheritTransactionTimeout(view)) return;
      const transactionTimeout = written ? numericValue(written.value) : LIBRDKAFKA_TRANSACTION_TIMEOUT_MS;
      if (transactionTimeout === undefined || messageTimeout <= transactionTimeout) return;
      const timeout = written ? `\`${written.written}\` ${transactionTimeout}` : `the default \`transaction.timeout.ms\` of ${transactionTimeout}`;
      report({
        loc: entry.valueSpan.loc,
        messageId: 'messageTimeoutAboveTransaction',
        data: { written: entry.written, value: entry.text, timeout, max: transactionTimeout },
        suggest: replaceSuggestion(entry, typeof entry.value === 'string' ? String(transactionTimeout) : transactionTimeout, String(transactionTimeout)),
      });
    }

    /** Whether a shared librdkafka view of the file (a Confluent `new Kafka({...})`) may set the transaction timeout. */
    function mayInheritTransactionTimeout(view: ConfigView): boolean {
      return viewsOfFile(context).some(
        (other) =>
          other !== view &&
          other.role === 'common' &&
          other.client === view.client &&
          (!other.complete || other.get('transaction.timeout.ms') !== undefined),
      );
    }

    function checkTransactionTimeout(view: ConfigView): void {
      const timeout = view.get('transaction.timeout.ms');
      const ms = numericValue(timeout?.value);
      if (!timeout || ms === undefined || ms <= maxTimeout) return;
      report({
        loc: timeout.valueSpan.loc,
        messageId: 'transactionTimeoutTooLong',
        data: { written: timeout.written, value: timeout.text, max: describeMs(maxTimeout) },
        suggest: replaceSuggestion(timeout, maxTimeout, String(maxTimeout)),
      });
    }

    /** The settings that decide whether a handler's consumer auto-commits: kafkajs `run()` options, the Confluent consumer's config. */
    function autoCommitSettings(model: KafkaFileModel, handler: HandlerSite): ConfigView | undefined {
      return handler.library === 'confluent' ? consumerViewOf(sourceCode, model, handler) : handler.runOptions;
    }

    function checkAutoCommit(model: KafkaFileModel, handler: HandlerSite, sendOffsets: ClientCall): void {
      const settings = autoCommitSettings(model, handler);
      if (!settings) return;
      const autoCommit = settings.get('enable.auto.commit');
      if (autoCommit) {
        if (booleanValue(autoCommit.value) !== true) return;
        report({
          loc: autoCommit.valueSpan.loc,
          messageId: 'autoCommitWithTransaction',
          data: { written: autoCommit.written },
          suggest: replaceSuggestion(autoCommit, false, 'false').map((suggestion) => ({ ...suggestion, messageId: 'disableAutoCommit' as const })),
        });
        return;
      }
      // Auto-commit defaults to on in kafkajs `run()` and in the Confluent client alike.
      if (!settings.complete) return;
      const insertion = settings.insert?.('enable.auto.commit', false);
      const written = !insertion || insertion.text.includes('autoCommit') ? 'autoCommit' : 'enable.auto.commit';
      report({
        loc: sendOffsets.node.loc as SourceLocation,
        messageId: 'autoCommitWithTransaction',
        data: { written },
        suggest: insertSuggestion(insertion, 'disableAutoCommit', { written }),
      });
    }

    function checkHandler(model: KafkaFileModel, handler: HandlerSite): void {
      const calls = callsInHandler(model, handler);
      const sendOffsets = calls.find(
        (call) => call.method === 'sendOffsets' && (call.kind === 'transaction' || call.kind === 'producer'),
      );
      if (sendOffsets) checkAutoCommit(model, handler, sendOffsets);
      const usesTransaction = calls.some(
        (call) => call.kind === 'transaction' || (call.kind === 'producer' && (call.method === 'transaction' || call.method === 'sendOffsets')),
      );
      if (!usesTransaction) return;
      for (const call of calls) {
        if (call.kind !== 'consumer' || call.method !== 'commitOffsets') continue;
        report({ loc: call.node.loc as SourceLocation, messageId: 'commitOutsideTransaction', data: { call: call.method } });
      }
    }

    return visitKafka(context, {
      view(view) {
        if (view.scope !== 'client') return;
        if (PRODUCING_ROLES.has(view.role) || view.role === 'streams') checkTransactionTimeout(view);
        if (!PRODUCING_ROLES.has(view.role)) return;
        if (view.client === 'kafkajs') {
          if (view.role === 'producer') checkKafkajsProducer(view);
        } else {
          checkRefusedProducer(view, view.client);
          if (view.client === 'librdkafka' && view.role === 'producer') checkMessageTimeout(view);
        }
      },
      code(model) {
        for (const handler of model.handlers) checkHandler(model, handler);
      },
    });
  },
});
