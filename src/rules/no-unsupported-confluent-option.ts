import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { skipTransparent } from '../code/ast.js';
import { evaluate } from '../code/evaluate.js';
import type { ClientCall, KafkaFileModel } from '../code/index.js';
import { appendProperty } from '../code/insert.js';
import { keyText, quoteStyleOf } from '../code/js-text.js';
import { isClosedObject, resolveObject, resolveValue, type Located } from '../code/resolve.js';
import {
  anchorObject,
  CONFLUENT_LIBRDKAFKA_NAME,
  confluentBlockNames,
  confluentOutsideNames,
  didYouMean,
  objectOf,
  objectProperties,
  removeProperty,
  type ObjectProperty,
} from '../code/option-objects.js';
import type { ConfigView, Role } from '../core/config-view.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId =
  | 'perSendOption'
  | 'subscribeFromBeginning'
  | 'runAutoCommit'
  | 'autoCommitThreshold'
  | 'createPartitioner'
  | 'sendOffsetsGroupId'
  | 'sendOffsetsNoConsumer'
  | 'createTopicsOption'
  | 'replicaAssignment'
  | 'retryBackoff'
  | 'restartOnFailure'
  | 'socketFactory'
  | 'reauthenticationThreshold'
  | 'brokersNotArray'
  | 'sslNotBoolean'
  | 'saslMechanism'
  | 'outsideKafkaJS'
  | 'outsideKafkaJSOrProperty'
  | 'unsupportedKey'
  | 'unsupportedKeyGuess'
  | 'logCreator'
  | 'classicProtocolOnly'
  | 'autoOffsetStore'
  | 'moveToKafkaJS'
  | 'useProperty'
  | 'rename'
  | 'remove';

type ObjectNode = TSESTree.ObjectExpression;
type Scope = Located['scope'];
type SuggestionFix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

/** What each per-send option sets, for messages. */
const PER_SEND: Readonly<Record<string, string>> = {
  acks: 'the acknowledgement level',
  timeout: 'the request timeout',
  compression: 'the compression codec',
};

const RUN_AUTO_COMMIT = new Set(['autoCommit', 'autoCommitInterval']);
const CREATE_TOPICS_OPTIONS = new Set(['validateOnly', 'waitForLeaders']);
const RETRY_BACKOFF = new Set(['factor', 'multiplier']);
/** Consumer options that only the classic group protocol has (`_consumer.js`: they throw under `group.protocol` `consumer`). */
const CLASSIC_ONLY = new Set(['partitionAssigners', 'partitionAssignors', 'sessionTimeout', 'heartbeatInterval']);
/** SASL mechanisms the `kafkaJS` block translates (`_common.js`: PLAIN, SCRAM-*, OAUTHBEARER). */
const SASL_MECHANISM = /^(plain|scram-.*|oauthbearer)$/i;

const PLACES: Readonly<Partial<Record<Role, string>>> = {
  common: '`new Kafka()`',
  producer: '`kafka.producer()`',
  consumer: '`kafka.consumer()`',
  admin: '`kafka.admin()`',
};

/** The statically known value of a property, `undefined` when it is computed at run time. */
function staticValue(property: TSESTree.Property, scope: Scope): { value: unknown } | undefined {
  if (property.kind !== 'init' || property.method) return undefined;
  return evaluate(property.value, scope);
}

/** A setting whose check is `if (value)`: unknown values may be truthy. */
function mayBeTruthy(property: TSESTree.Property, scope: Scope): boolean {
  const known = staticValue(property, scope);
  return known === undefined || Boolean(known.value);
}

/** Whether the group protocol a consumer view sets is KIP-848's (anything but `classic`). */
function groupProtocol(view: ConfigView): string | undefined {
  const value = view.get('group.protocol')?.value;
  return typeof value === 'string' && value.toLowerCase() !== 'classic' ? value : undefined;
}

function isFunctionNode(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}

export default createRule<Options, MessageId>({
  name: 'no-unsupported-confluent-option',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow kafkajs options that the Confluent client rejects at run time',
      pitfall: 'config',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    hasSuggestions: true,
    messages: {
      perSendOption:
        '`{{name}}` in `{{method}}()` makes the Confluent client throw (ERR__INVALID_ARG): {{what}} is set once per producer there, not per send. Remove it here and set it in the producer\'s config, `kafka.producer({ kafkaJS: { {{name}}: … } })`.',
      subscribeFromBeginning:
        '`fromBeginning` in `subscribe()` makes the Confluent client throw (ERR__INVALID_ARG): where a new group starts reading is a consumer setting there. Remove it here and set it in the consumer\'s config, `kafka.consumer({ kafkaJS: { groupId, fromBeginning: … } })`.',
      runAutoCommit:
        '`{{name}}` in `run()` makes the Confluent client throw (ERR__INVALID_ARG): auto-commit is a consumer setting there. Remove it here and set it in the consumer\'s config, `kafka.consumer({ kafkaJS: { groupId, {{name}}: … } })`.',
      autoCommitThreshold:
        '`autoCommitThreshold` makes the Confluent client throw (ERR__NOT_IMPLEMENTED): it cannot commit after a number of messages. Remove it; commit by time with `autoCommitInterval` in the consumer\'s `kafkaJS` block, or call `consumer.commitOffsets()` yourself.',
      createPartitioner:
        '`createPartitioner` makes the Confluent client throw (ERR__NOT_IMPLEMENTED): custom partitioners are not supported, and a `kafkaJS` block always uses the Java-compatible `murmur2_random`. Remove it; to pick another built-in partitioner, set the librdkafka `partitioner` property outside the `kafkaJS` block.',
      sendOffsetsGroupId:
        '`sendOffsets()` with `consumerGroupId` throws in the Confluent client (ERR__INVALID_ARG): it commits the offsets through the consumer object, not a group id. Pass the connected consumer instead: `sendOffsets({ consumer, topics })`.',
      sendOffsetsNoConsumer:
        '`sendOffsets()` without `consumer` throws in the Confluent client (ERR__INVALID_ARG): it commits the offsets through the consumer object. Pass the connected consumer: `sendOffsets({ consumer, topics })`.',
      createTopicsOption:
        '`{{name}}` makes the Confluent client\'s `createTopics()` throw (ERR__NOT_IMPLEMENTED), whatever its value. Remove it.',
      replicaAssignment:
        '`replicaAssignment` makes the Confluent client\'s `createTopics()` throw (ERR__NOT_IMPLEMENTED): replicas cannot be placed by hand. Remove it, give `numPartitions` and `replicationFactor`, and let the broker place the replicas.',
      retryBackoff:
        '`retry.{{name}}` makes the Confluent client throw (ERR__INVALID_ARG): librdkafka\'s backoff jitter and multiplier are fixed (0.2 and 2). Remove it; tune `retry.initialRetryTime` and `retry.maxRetryTime` instead.',
      restartOnFailure:
        '`retry.restartOnFailure` makes the Confluent client throw (ERR__INVALID_ARG): the client always retries on failure and cannot ask whether to restart. Remove it.',
      socketFactory:
        '`socketFactory` makes the Confluent client throw (ERR__INVALID_ARG): librdkafka opens its own connections. Remove it, and configure connections with librdkafka properties outside the `kafkaJS` block (`security.protocol`, `ssl.*`, `socket.*`).',
      reauthenticationThreshold:
        '`reauthenticationThreshold` makes the Confluent client throw (ERR__INVALID_ARG): librdkafka re-authenticates by itself once 80% of the broker\'s `connections.max.reauth.ms` has passed. Remove it.',
      brokersNotArray:
        '`brokers` is {{what}}, but the Confluent client takes only an array of strings and throws (ERR__INVALID_ARG) when the client is created. Pass the broker list itself: `brokers: [\'kafka:9092\']`.',
      sslNotBoolean:
        '`ssl` is {{what}}, but the Confluent client\'s `kafkaJS` block takes only `true` or `false` and throws (ERR__INVALID_ARG) when the client is created. Write `ssl: true` and give certificates and verification as librdkafka properties outside the block (`ssl.ca.location` or `ssl.ca.pem`, `ssl.certificate.pem`, `ssl.key.pem`, `enable.ssl.certificate.verification`).',
      saslMechanism:
        'SASL mechanism `{{mechanism}}` makes the Confluent client throw (ERR__INVALID_ARG): its `kafkaJS` block supports PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 and OAUTHBEARER only. Use one of those, or configure authentication with librdkafka\'s `sasl.*` properties outside the block.',
      outsideKafkaJS:
        '`{{name}}` is a KafkaJS option outside the `kafkaJS` block: the Confluent client reads top-level keys as librdkafka properties, refuses this one ("must be moved to the kafkaJS block", or librdkafka\'s "No such configuration property") and the client fails to start. Move it into `kafkaJS: { … }`.',
      outsideKafkaJSOrProperty:
        '`{{name}}` is a KafkaJS option outside the `kafkaJS` block: the Confluent client reads top-level keys as librdkafka properties, refuses this one ("must be moved to the kafkaJS block", or librdkafka\'s "No such configuration property") and the client fails to start. Move it into `kafkaJS: { … }`, or write the librdkafka property `{{property}}`.',
      unsupportedKey:
        '`{{name}}` is not an option of the `kafkaJS` block of {{where}}: the Confluent client throws "The \'{{name}}\' property is not supported." when the client is created. Remove it, or use an option the client\'s MIGRATION.md lists for this block.',
      unsupportedKeyGuess:
        '`{{name}}` is not an option of the `kafkaJS` block of {{where}}: the Confluent client throws "The \'{{name}}\' property is not supported." when the client is created. Use `{{suggestion}}`, the closest known name.',
      logCreator:
        '`logCreator` is not an option of the Confluent client\'s `kafkaJS` block: it throws "The \'logCreator\' property is not supported." when the client is created. Pass a logger object as `logger` instead (info, error, warn, debug, namespace, setLogLevel).',
      classicProtocolOnly:
        '`{{name}}` makes the Confluent client throw with `group.protocol` \'{{protocol}}\' (KIP-848): the broker then runs the partition assignment and owns session and heartbeat timing. Remove it; pick the assignor with `group.remote.assignor`, and set timeouts on the broker (`group.consumer.session.timeout.ms`, `group.consumer.heartbeat.interval.ms`).',
      autoOffsetStore:
        '`enable.auto.offset.store` makes the Confluent client\'s KafkaJS consumer throw (ERR__INVALID_ARG): it stores each offset itself once the handler has finished. Remove it; to control commits, set `autoCommit: false` in the `kafkaJS` block and call `consumer.commitOffsets()`.',
      moveToKafkaJS: 'Move `{{name}}` into the `kafkaJS` block.',
      useProperty: 'Write it as the librdkafka property `{{property}}`.',
      rename: 'Rename `{{name}}` to `{{suggestion}}`.',
      remove: 'Remove `{{name}}`.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);
    const sourceCode = context.sourceCode;

    function removal(name: string, found: ObjectProperty) {
      return {
        messageId: 'remove' as const,
        data: { name },
        fix: (fixer: TSESLint.RuleFixer) => removeProperty(sourceCode, fixer, found.property),
      };
    }

    /** Calls `visit` with each property of `object`, those of the objects it spreads included. */
    function eachProperty(object: Located<ObjectNode>, visit: (found: ObjectProperty) => void): void {
      for (const found of objectProperties(object)) visit(found);
    }

    // ----- Calls: send, subscribe, run, sendOffsets, createTopics -----

    function checkSend(call: ClientCall, object: Located<ObjectNode>): void {
      eachProperty(object, ({ property, name }) => {
        const what = PER_SEND[name];
        if (what) report({ node: property.key, messageId: 'perSendOption', data: { name, method: call.method, what } });
      });
    }

    function checkSubscribe(object: Located<ObjectNode>): void {
      eachProperty(object, ({ property, name, owner }) => {
        if (name !== 'fromBeginning') return;
        // The client throws only for a boolean.
        const known = staticValue(property, owner.scope);
        if (known && typeof known.value !== 'boolean') return;
        report({ node: property.key, messageId: 'subscribeFromBeginning' });
      });
    }

    function checkRun(object: Located<ObjectNode>): void {
      eachProperty(object, ({ property, name }) => {
        if (RUN_AUTO_COMMIT.has(name)) report({ node: property.key, messageId: 'runAutoCommit', data: { name } });
        else if (name === 'autoCommitThreshold') report({ node: property.key, messageId: 'autoCommitThreshold' });
      });
    }

    function checkSendOffsets(argument: TSESTree.Node, object: Located<ObjectNode>): void {
      const properties = objectProperties(object);
      const groupId = properties.findLast((found) => found.name === 'consumerGroupId');
      if (groupId) {
        if (mayBeTruthy(groupId.property, groupId.owner.scope)) report({ node: groupId.property.key, messageId: 'sendOffsetsGroupId' });
        return;
      }
      if (!properties.some((found) => found.name === 'consumer') && isClosedObject(object)) {
        report({ node: argument, messageId: 'sendOffsetsNoConsumer' });
      }
    }

    function checkCreateTopics(object: Located<ObjectNode>): void {
      eachProperty(object, (found) => {
        const { property, name, owner } = found;
        if (!CREATE_TOPICS_OPTIONS.has(name)) return;
        // Without a dry run, `validateOnly: false` is what the call does anyway.
        const isFalse = name === 'validateOnly' && staticValue(property, owner.scope)?.value === false;
        report({
          node: property.key,
          messageId: 'createTopicsOption',
          data: { name },
          suggest: isFalse && found.direct ? [removal(name, found)] : [],
        });
      });
    }

    function checkCall(call: ClientCall): void {
      const argument = call.node.arguments[0];
      const object = objectOf(context, argument);
      if (!object || !argument) return;
      const { kind, method } = call;
      if ((kind === 'producer' || kind === 'transaction') && (method === 'send' || method === 'sendBatch')) checkSend(call, object);
      else if ((kind === 'producer' || kind === 'transaction') && method === 'sendOffsets') checkSendOffsets(argument, object);
      else if (kind === 'consumer' && method === 'subscribe') checkSubscribe(object);
      else if (kind === 'consumer' && method === 'run') checkRun(object);
      else if (kind === 'admin' && method === 'createTopics') checkCreateTopics(object);
    }

    // ----- Client configs: the top level and the `kafkaJS` block -----

    /** The edits that move a top-level property into the object's `kafkaJS` block, when that is a local, certain edit. */
    function moveIntoBlock(config: Located<ObjectNode>, found: ObjectProperty): SuggestionFix | undefined {
      const { property, name } = found;
      const hasSpread = config.node.properties.some((candidate) => candidate.type === AST_NODE_TYPES.SpreadElement);
      if (!found.direct || property.computed || hasSpread || property.kind !== 'init' || property.method) return undefined;
      const blocks = objectProperties(config).filter((candidate) => candidate.name === 'kafkaJS');
      const text = sourceCode.getText(property);
      if (blocks.length === 0) return (fixer) => fixer.replaceText(property, `kafkaJS: { ${text} }`);
      const [block] = blocks;
      const value = blocks.length === 1 && block ? skipTransparent(block.property.value) : undefined;
      if (value?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      const inner: Located<ObjectNode> = { node: value, scope: config.scope };
      const clash =
        value.properties.some((candidate) => candidate.type === AST_NODE_TYPES.SpreadElement) ||
        objectProperties(inner).some((candidate) => candidate.name === name);
      if (clash) return undefined;
      const insertion = appendProperty(sourceCode, value, text);
      return (fixer) => [removeProperty(sourceCode, fixer, property), fixer.replaceTextRange(insertion.range, insertion.text)];
    }

    function checkOutside(view: ConfigView, config: Located<ObjectNode>, found: ObjectProperty): void {
      const { property, name } = found;
      const suggest = [];
      const move = moveIntoBlock(config, found);
      if (move) suggest.push({ messageId: 'moveToKafkaJS' as const, data: { name }, fix: move });
      const librdkafkaName = CONFLUENT_LIBRDKAFKA_NAME[name];
      if (librdkafkaName && found.direct && !property.computed && property.kind === 'init' && !property.method) {
        const key = keyText(librdkafkaName, quoteStyleOf(found.owner.node));
        const value = sourceCode.getText(property.value);
        suggest.push({
          messageId: 'useProperty' as const,
          data: { property: librdkafkaName },
          fix: (fixer: TSESLint.RuleFixer) =>
            property.shorthand ? fixer.replaceText(property, `${key}: ${value}`) : fixer.replaceText(property.key, key),
        });
      }
      report({
        node: property.key,
        messageId: librdkafkaName ? 'outsideKafkaJSOrProperty' : 'outsideKafkaJS',
        data: { name, property: librdkafkaName ?? '' },
        suggest,
      });
    }

    function checkRetry(block: ObjectProperty): void {
      const retry = block.property.kind === 'init' ? resolveObject(block.property.value, block.owner.scope) : undefined;
      if (!retry) return;
      eachProperty(retry, (found) => {
        const { property, name, owner } = found;
        if (RETRY_BACKOFF.has(name)) {
          // Only numbers are refused (`typeof factor === 'number'`).
          const known = staticValue(property, owner.scope);
          if (known && typeof known.value !== 'number') return;
          report({ node: property.key, messageId: 'retryBackoff', data: { name }, suggest: found.direct ? [removal(`retry.${name}`, found)] : [] });
        } else if (name === 'restartOnFailure' && mayBeTruthy(property, owner.scope)) {
          report({ node: property.key, messageId: 'restartOnFailure' });
        }
      });
    }

    /** `brokers` must be an array (`Array.isArray`): a function, a string or another value is refused. */
    function checkBrokers({ property, owner }: ObjectProperty): void {
      if (property.kind !== 'init' || property.method) {
        report({ node: property.key, messageId: 'brokersNotArray', data: { what: 'a function' } });
        return;
      }
      const resolved = resolveValue(property.value, owner.scope).node;
      let what: string | undefined;
      if (isFunctionNode(resolved)) what = 'a function';
      else if (resolved.type !== AST_NODE_TYPES.ArrayExpression) {
        const known = evaluate(property.value, owner.scope);
        if (typeof known?.value === 'string') what = 'a string';
      }
      if (what) report({ node: property.value, messageId: 'brokersNotArray', data: { what } });
    }

    /** `ssl` must be a boolean (`typeof ssl !== 'boolean'` throws). */
    function checkSsl({ property, owner }: ObjectProperty): void {
      if (property.kind !== 'init' || property.method) return;
      const resolved = resolveValue(property.value, owner.scope).node;
      let what: string | undefined;
      if (resolved.type === AST_NODE_TYPES.ObjectExpression) what = 'an object of TLS options';
      else {
        const known = evaluate(property.value, owner.scope);
        if (known && typeof known.value !== 'boolean') what = `\`${sourceCode.getText(property.value)}\``;
      }
      if (what) report({ node: property.value, messageId: 'sslNotBoolean', data: { what } });
    }

    function checkSasl({ property, owner }: ObjectProperty): void {
      const sasl = property.kind === 'init' ? resolveObject(property.value, owner.scope) : undefined;
      if (!sasl) return;
      const mechanism = objectProperties(sasl).findLast((found) => found.name === 'mechanism');
      const value = mechanism && staticValue(mechanism.property, mechanism.owner.scope)?.value;
      if (mechanism && typeof value === 'string' && !SASL_MECHANISM.test(value)) {
        report({ node: mechanism.property.value, messageId: 'saslMechanism', data: { mechanism: value } });
      }
    }

    function checkBlock(view: ConfigView, block: Located<ObjectNode>): void {
      const accepted = confluentBlockNames(view.role);
      const protocol = view.role === 'consumer' ? groupProtocol(view) : undefined;
      const where = PLACES[view.role] ?? 'this client';
      eachProperty(block, (found) => {
        const { property, name } = found;
        if (name === 'logCreator') {
          report({ node: property.key, messageId: 'logCreator' });
          return;
        }
        if (!accepted.has(name)) {
          // A computed key may name anything at run time: only written names are judged.
          if (property.computed) return;
          const suggestion = didYouMean(name, [...accepted].map((candidate) => ({ name: candidate })));
          report({
            node: property.key,
            messageId: suggestion ? 'unsupportedKeyGuess' : 'unsupportedKey',
            data: { name, where, suggestion: suggestion ?? '' },
            suggest:
              suggestion && found.direct && !property.computed
                ? [
                    {
                      messageId: 'rename',
                      data: { name, suggestion },
                      fix: (fixer) =>
                        property.shorthand ? fixer.replaceText(property, `${suggestion}: ${name}`) : fixer.replaceText(property.key, suggestion),
                    },
                  ]
                : [],
          });
          return;
        }
        switch (name) {
          case 'createPartitioner':
            report({ node: property.key, messageId: 'createPartitioner' });
            return;
          case 'autoCommitThreshold':
            report({ node: property.key, messageId: 'autoCommitThreshold' });
            return;
          case 'socketFactory':
            report({ node: property.key, messageId: 'socketFactory' });
            return;
          case 'reauthenticationThreshold':
            report({ node: property.key, messageId: 'reauthenticationThreshold', suggest: found.direct ? [removal(name, found)] : [] });
            return;
          case 'retry':
            checkRetry(found);
            return;
          case 'brokers':
            checkBrokers(found);
            return;
          case 'ssl':
            checkSsl(found);
            return;
          case 'sasl':
            checkSasl(found);
            return;
          default:
            break;
        }
        if (protocol && CLASSIC_ONLY.has(name)) {
          report({
            node: property.key,
            messageId: 'classicProtocolOnly',
            data: { name, protocol },
            suggest: found.direct ? [removal(name, found)] : [],
          });
        }
      });
    }

    function checkConfig(view: ConfigView, config: Located<ObjectNode>): void {
      const outside = confluentOutsideNames(view.role);
      for (const found of objectProperties(config)) {
        const { property, name, owner } = found;
        if (name === 'kafkaJS') {
          const block = property.kind === 'init' ? resolveObject(property.value, owner.scope) : undefined;
          if (block) checkBlock(view, block);
        } else if (outside.has(name)) {
          checkOutside(view, config, found);
        } else if (name === 'enable.auto.offset.store' && view.role === 'consumer') {
          report({ node: property.key, messageId: 'autoOffsetStore', suggest: found.direct ? [removal(name, found)] : [] });
        }
      }
    }

    function checkTopic(topic: Located<ObjectNode>): void {
      eachProperty(topic, ({ property, name }) => {
        if (name === 'replicaAssignment') report({ node: property.key, messageId: 'replicaAssignment' });
      });
    }

    return visitKafka(context, {
      view(view) {
        if (view.dialect !== 'confluent') return;
        const object = anchorObject(context, view.anchor);
        if (!object) return;
        if (view.role === 'topic') checkTopic(object);
        else if (view.scope === 'client') checkConfig(view, object);
      },
      code(model: KafkaFileModel) {
        for (const call of model.calls) if (call.library === 'confluent') checkCall(call);
      },
    });
  },
});
