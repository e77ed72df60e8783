import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { memberName } from '../code/ast.js';
import { evaluate, propertyKey } from '../code/evaluate.js';
import {
  KAFKAJS_ADMIN,
  KAFKAJS_CLIENT,
  KAFKAJS_CONSUMER,
  KAFKAJS_PRODUCER,
  KAFKAJS_RUN,
  KAFKAJS_SEND,
  KAFKAJS_TOPIC,
  LIBRDKAFKA_ALIASES,
  type KafkaFileModel,
  type KeyRule,
  type KeyTable,
} from '../code/index.js';
import { keyText, quoteOf } from '../code/js-text.js';
import { resolveObject, type Located } from '../code/resolve.js';
import type { ConfigView, Role } from '../core/config-view.js';
import { librdkafkaKeyNames, lookupLibrdkafkaKey } from '../config-lint/catalog/index.js';
import {
  anchorObject,
  CONFLUENT_LIBRDKAFKA_NAME,
  confluentOutsideNames,
  didYouMean,
  isFunctionValue,
  objectOf,
  objectProperties,
  type NameCandidate,
} from '../code/option-objects.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [{ allow?: string[] }];
export type MessageId =
  | 'unknownOption'
  | 'unknownOptionNoGuess'
  | 'misplacedOption'
  | 'unknownProperty'
  | 'unknownPropertyNoGuess'
  | 'rename';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type ObjectNode = TSESTree.ObjectExpression;

// ---------------------------------------------------------------------------------------------
// This rule's tables.
// ---------------------------------------------------------------------------------------------

/** The kinds of kafkajs-style options objects: the code core's, plus those no view covers. */
type Kind = 'client' | 'producer' | 'send' | 'consumer' | 'run' | 'admin' | 'topic' | 'subscribe' | 'createTopics' | 'message' | 'retry';

const skip: KeyRule = { key: '', skip: true };
const own = (name: string): [string, KeyRule] => [name, { key: name }];

/** `consumer.subscribe({ topics, fromBeginning })` (kafkajs `ConsumerSubscribeTopics`, and the deprecated `{ topic }`). */
const SUBSCRIBE: KeyTable = { topic: skip, topics: skip, fromBeginning: { key: 'auto.offset.reset' } };
/** `admin.createTopics({...})` (kafkajs `Admin.createTopics`). */
const CREATE_TOPICS: KeyTable = { topics: skip, ...Object.fromEntries(['validateOnly', 'waitForLeaders', 'timeout'].map(own)) };
/** A message of `send()` / `sendBatch()` (kafkajs `Message`). */
const MESSAGE: KeyTable = Object.fromEntries(['key', 'value', 'partition', 'headers', 'timestamp'].map(own));
/** NestJS `options.subscribe`: `Omit<ConsumerSubscribeTopics, 'topics'>`. */
const NEST_SUBSCRIBE: KeyTable = { fromBeginning: { key: 'auto.offset.reset' } };
/** node-rdkafka `AdminClient.createTopic({...})` (`NewTopic`); `config` holds topic configs, not librdkafka properties. */
const RDKAFKA_NEW_TOPIC: KeyTable = Object.fromEntries(['topic', 'num_partitions', 'replication_factor', 'config'].map(own));

const TABLES: Readonly<Record<Exclude<Kind, 'retry'>, KeyTable>> = {
  client: KAFKAJS_CLIENT,
  producer: KAFKAJS_PRODUCER,
  send: KAFKAJS_SEND,
  consumer: KAFKAJS_CONSUMER,
  run: KAFKAJS_RUN,
  admin: KAFKAJS_ADMIN,
  topic: KAFKAJS_TOPIC,
  subscribe: SUBSCRIBE,
  createTopics: CREATE_TOPICS,
  message: MESSAGE,
};

/** Where each kind of options object is written, for messages. */
const KAFKAJS_PLACES: Readonly<Record<Kind, string>> = {
  client: '`new Kafka()`',
  producer: '`kafka.producer()`',
  send: '`send()`',
  consumer: '`kafka.consumer()`',
  run: '`consumer.run()`',
  admin: '`kafka.admin()`',
  topic: 'a `createTopics()` topic',
  subscribe: '`consumer.subscribe()`',
  createTopics: '`admin.createTopics()`',
  message: 'a message',
  retry: '`retry`',
};

const NEST_PLACES: Readonly<Partial<Record<Kind, string>>> = {
  client: '`options.client`',
  producer: '`options.producer`',
  send: '`options.send`',
  consumer: '`options.consumer`',
  run: '`options.run`',
  subscribe: '`options.subscribe`',
};

/** Who ignores an unknown name, by view dialect. */
const CLIENT_NAMES: Readonly<Record<string, string>> = { kafkajs: 'kafkajs', nestjs: 'kafkajs', confluent: 'the Confluent client' };

/** The kinds an option can be moved to when it is written in the wrong object. */
const OWNER_KINDS: readonly Exclude<Kind, 'retry' | 'message'>[] = [
  'client',
  'producer',
  'send',
  'consumer',
  'run',
  'subscribe',
  'admin',
  'topic',
  'createTopics',
];

/** Mappings too loose for a did-you-mean: kafkajs `rebalanceTimeout` is not Java's `max.poll.interval.ms`. */
const LOOSE_MAPPINGS = new Set(['rebalanceTimeout']);

/** The names of a table, each with the Kafka property it sets as another spelling (`sessionTimeout` / `session.timeout.ms`). */
function candidatesOf(table: KeyTable): NameCandidate[] {
  return Object.entries(table).map(([name, rule]) => {
    const direct = !rule.skip && !rule.nested && !rule.convert && !rule.list && rule.key.includes('.') && !LOOSE_MAPPINGS.has(name);
    return direct ? { name, aliases: [rule.key] } : { name };
  });
}

/**
 * Names the Confluent client and node-rdkafka take on top of librdkafka's: `event_cb` and
 * `queue_non_empty_cb` (`lib/client.js`, `lib/kafka-consumer.js`), a producer's default `topic` and
 * `partition` (`lib/producer.js`), and the KafkaJS API's `js.consumer.*` batch settings (`_consumer.js`).
 */
const BINDING_NAMES = new Set([
  'event_cb',
  'queue_non_empty_cb',
  'topic',
  'partition',
  'js.consumer.max.batch.size',
  'js.consumer.max.cache.size.per.worker.ms',
]);

/** librdkafka property names (and KafkaJS names mapped to them) that make sense for a role; `kafkaJS` for the Confluent client. */
function librdkafkaCandidates(role: Role, confluent: boolean): NameCandidate[] {
  const excluded = role === 'producer' ? 'C' : role === 'consumer' ? 'P' : undefined;
  const fits = (name: string): boolean => {
    const key = lookupLibrdkafkaKey(name);
    return key !== undefined && key.scope !== excluded;
  };
  const candidates: NameCandidate[] = librdkafkaKeyNames()
    .filter(fits)
    .map((name) => ({ name }));
  for (const [kafkajsName, property] of Object.entries(CONFLUENT_LIBRDKAFKA_NAME)) {
    if (fits(property)) candidates.push({ name: property, aliases: [kafkajsName] });
  }
  // Java names librdkafka spells differently: `fetch.max.wait.ms` is `fetch.wait.max.ms`.
  for (const [property, javaName] of Object.entries(LIBRDKAFKA_ALIASES)) {
    if (fits(property) && !lookupLibrdkafkaKey(javaName)) candidates.push({ name: property, aliases: [javaName] });
  }
  if (confluent) candidates.push({ name: 'kafkaJS' });
  return candidates;
}

/** Which kafkajs options object a view was read from. */
function kindOfView(view: ConfigView): Exclude<Kind, 'retry'> | undefined {
  switch (view.role) {
    case 'common':
      return 'client';
    case 'producer':
      return view.scope === 'send' ? 'send' : 'producer';
    case 'consumer':
      return view.scope === 'run' ? 'run' : 'consumer';
    case 'admin':
      return 'admin';
    case 'topic':
      return 'topic';
    default:
      return undefined;
  }
}

/** The names of NestJS's Kafka `options` object, to recognise it. */
const NEST_OPTION_NAMES = new Set([
  'client',
  'consumer',
  'producer',
  'run',
  'send',
  'subscribe',
  'postfixId',
  'producerOnlyMode',
  'serializer',
  'deserializer',
  'parser',
]);

function isNestOptions(object: Located<ObjectNode>): boolean {
  return object.node.properties.some(
    (property) => property.type === AST_NODE_TYPES.Property && NEST_OPTION_NAMES.has(propertyKey(property, object.scope) ?? ''),
  );
}

/** The NestJS `options` object a view belongs to: the parent of a section (`options.consumer`), or the anchor of an implied section. */
function nestOptionsObject(context: Context, view: ConfigView): Located<ObjectNode> | undefined {
  const anchor = anchorObject(context, view.anchor);
  if (!anchor) return undefined;
  const parent = anchor.node.parent;
  if (parent.type === AST_NODE_TYPES.Property && parent.value === anchor.node && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const key = propertyKey(parent, anchor.scope);
    if (key === 'options') return anchor;
    if (key !== undefined && NEST_OPTION_NAMES.has(key)) return { node: parent.parent, scope: anchor.scope };
  }
  return view.entries.length === 0 && isNestOptions(anchor) ? anchor : undefined;
}

export default createRule<Options, MessageId>({
  name: 'no-unknown-config',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow option and property names the Kafka client does not know',
      pitfall: 'config',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    hasSuggestions: true,
    messages: {
      unknownOption:
        '`{{name}}` is not an option of {{where}}: {{client}} ignores names it does not know, so this setting silently has no effect. Use `{{suggestion}}`, the closest known name.',
      unknownOptionNoGuess:
        '`{{name}}` is not an option of {{where}}: {{client}} ignores names it does not know, so this setting silently has no effect. Use one of the documented options, or remove it.',
      misplacedOption:
        '`{{name}}` is not an option of {{where}} but of {{owner}}: {{client}} ignores it here, so it silently has no effect. Move it to {{owner}}.',
      unknownProperty:
        '`{{name}}` is not a librdkafka configuration property: librdkafka refuses it ("No such configuration property") and the client fails to start. Use `{{suggestion}}`, the closest known name.',
      unknownPropertyNoGuess:
        '`{{name}}` is not a librdkafka configuration property: librdkafka refuses it ("No such configuration property") and the client fails to start. Use a property listed in librdkafka\'s CONFIGURATION.md (with the Confluent client, KafkaJS-style options go in the `kafkaJS` block), or remove it.',
      rename: 'Rename `{{name}}` to `{{suggestion}}`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Extra option and property names to accept (a newer client version, a wrapper that reads its own keys).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [options]) {
    const report = reportOncePerLocation(context);
    const allowed = new Set(options.allow ?? []);
    const sourceCode = context.sourceCode;
    const librdkafkaCandidatesByRole = new Map<string, NameCandidate[]>();

    function renameSuggestion(property: TSESTree.Property, name: string, suggestion: string) {
      // Quoted like the written key (`"enable.auto.comit"` becomes `"enable.auto.commit"`), bare when it can be.
      const key = keyText(suggestion, quoteOf(property.key) ?? "'");
      return {
        messageId: 'rename' as const,
        data: { name, suggestion },
        fix: (fixer: TSESLint.RuleFixer) =>
          property.shorthand
            ? fixer.replaceText(property, `${key}: ${sourceCode.getText(property.value)}`)
            : fixer.replaceText(property.key, key),
      };
    }

    /** The kinds other than `kind` that list `name`, for an option written in the wrong object. */
    function ownersOf(name: string, kind: Kind): Kind[] {
      return OWNER_KINDS.filter((other) => other !== kind && Object.hasOwn(TABLES[other], name));
    }

    function placeOf(kind: Kind, dialect: string): string {
      return (dialect === 'nestjs' ? NEST_PLACES[kind] : undefined) ?? KAFKAJS_PLACES[kind];
    }

    /** Where an option written in the wrong object belongs: a block of this object (`retry`), or other objects. */
    function ownerOf(name: string, kind: Kind, table: KeyTable, dialect: string): string | undefined {
      for (const [block, rule] of Object.entries(table)) {
        if (rule.nested && Object.hasOwn(rule.nested, name)) return `\`${block}: { ${name} }\``;
      }
      const owners = ownersOf(name, kind).map((other) => placeOf(other, dialect));
      return owners.length > 0 ? [...new Set(owners)].join(' or ') : undefined;
    }

    /**
     * Whether the code reads `name` from the `const` holding the object (`config.topic`,
     * `const { topic } = config`): the object doubles as application settings, and kafkajs ignoring
     * that name is intended.
     */
    function isReadByCode(object: ObjectNode, name: string): boolean {
      let value: TSESTree.Node = object;
      while (value.parent?.type === AST_NODE_TYPES.TSAsExpression || value.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression) value = value.parent;
      const declarator = value.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== value) return false;
      return sourceCode.getDeclaredVariables(declarator).some((variable) =>
        variable.references.some(({ identifier }) => {
          const parent = identifier.parent;
          if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
            return memberName(parent) === name;
          }
          if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === identifier && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
            return parent.id.properties.some((pattern) => pattern.type === AST_NODE_TYPES.Property && memberName(pattern) === name);
          }
          return false;
        }),
      );
    }

    /** Checks the names of a kafkajs-style options object (kafkajs, NestJS, the Confluent client's send/run/subscribe/topics). */
    function checkOptions(object: Located<ObjectNode>, table: KeyTable, kind: Kind, dialect: string, where: string, directOnly = false): void {
      const client = CLIENT_NAMES[dialect] ?? 'the client';
      // Only kafkajs and NestJS share kafkajs's split of options between objects.
      const canMove = (dialect === 'kafkajs' || dialect === 'nestjs') && kind !== 'retry';
      for (const { property, name, owner, direct } of objectProperties(object)) {
        const rule = Object.hasOwn(table, name) ? table[name] : undefined;
        if (rule?.nested) {
          const nested = property.kind === 'init' ? resolveObject(property.value, owner.scope) : undefined;
          if (nested) checkOptions(nested, rule.nested, 'retry', dialect, `\`${name}\` of ${where}`);
          continue;
        }
        if (rule || property.computed || allowed.has(name) || (directOnly && !direct) || isReadByCode(owner.node, name)) continue;
        const destination = canMove ? ownerOf(name, kind, table, dialect) : undefined;
        if (destination) {
          // A name of another options object, in an object spread into this one, may be shared on purpose (`...base`).
          if (direct) report({ node: property.key, messageId: 'misplacedOption', data: { name, where, owner: destination, client } });
          continue;
        }
        const suggestion = didYouMean(name, candidatesOf(table));
        report({
          node: property.key,
          messageId: suggestion ? 'unknownOption' : 'unknownOptionNoGuess',
          data: { name, where, client, suggestion: suggestion ?? '' },
          suggest: suggestion ? [renameSuggestion(property, name, suggestion)] : [],
        });
      }
    }

    /** Checks one top-level name of a librdkafka-style config (Confluent outer config, node-rdkafka). */
    function checkProperty(property: TSESTree.Property, name: string, scope: Located['scope'], role: Role, confluent: boolean): void {
      if (property.computed || allowed.has(name) || BINDING_NAMES.has(name) || lookupLibrdkafkaKey(name)) return;
      if (confluent && (name === 'kafkaJS' || confluentOutsideNames(role).has(name))) return;
      // Functions never reach librdkafka (the binding installs them as callbacks).
      if (isFunctionValue(property, scope)) return;
      if (name.endsWith('_cb') && evaluate(property.value, scope) === undefined) return;
      const cacheKey = `${role}:${String(confluent)}`;
      let candidates = librdkafkaCandidatesByRole.get(cacheKey);
      if (!candidates) librdkafkaCandidatesByRole.set(cacheKey, (candidates = librdkafkaCandidates(role, confluent)));
      const suggestion = didYouMean(name, candidates);
      report({
        node: property.key,
        messageId: suggestion ? 'unknownProperty' : 'unknownPropertyNoGuess',
        data: { name, suggestion: suggestion ?? '' },
        suggest: suggestion ? [renameSuggestion(property, name, suggestion)] : [],
      });
    }

    /** node-rdkafka configs: every entry is a top-level property (of the global or the topic config). */
    function checkRdkafkaView(view: ConfigView): void {
      for (const entry of view.entries) {
        const node = sourceCode.getNodeByRangeIndex(entry.keySpan.range[0]);
        const property = node?.parent;
        if (property?.type !== AST_NODE_TYPES.Property || property.key !== node || property.parent.type !== AST_NODE_TYPES.ObjectExpression) continue;
        checkProperty(property, entry.written, sourceCode.getScope(property), view.role, false);
      }
    }

    function checkView(view: ConfigView): void {
      // An empty view has nothing written, or anchors on where a missing section would go (NestJS).
      if (view.entries.length === 0) return;
      const kind = kindOfView(view);
      const object = anchorObject(context, view.anchor);
      if (!kind) return;
      switch (view.dialect) {
        case 'kafkajs':
        case 'nestjs':
          if (object) checkOptions(object, TABLES[kind], kind, view.dialect, placeOf(kind, view.dialect));
          return;
        case 'confluent':
          if (!object) return;
          if (view.scope === 'client' && view.role !== 'topic') {
            for (const { property, name, owner } of objectProperties(object)) checkProperty(property, name, owner.scope, view.role, true);
          } else {
            checkOptions(object, TABLES[kind], kind, 'confluent', placeOf(kind, 'confluent'));
          }
          return;
        case 'node-rdkafka':
          if (view.role === 'topic') {
            if (object) checkOptions(object, RDKAFKA_NEW_TOPIC, 'topic', 'node-rdkafka', 'a `createTopic()` topic');
          } else {
            checkRdkafkaView(view);
          }
          return;
        default:
          return;
      }
    }

    function checkCalls(model: KafkaFileModel): void {
      for (const call of model.calls) {
        if (call.library === 'node-rdkafka') continue;
        const object = objectOf(context, call.node.arguments[0]);
        if (!object) continue;
        const dialect = call.library === 'confluent' ? 'confluent' : 'kafkajs';
        if (call.kind === 'consumer' && call.method === 'subscribe') {
          checkOptions(object, SUBSCRIBE, 'subscribe', dialect, placeOf('subscribe', dialect));
        } else if (call.kind === 'admin' && call.method === 'createTopics') {
          checkOptions(object, CREATE_TOPICS, 'createTopics', dialect, placeOf('createTopics', dialect));
        }
      }
      for (const message of model.messages) {
        if (message.library !== 'kafkajs' && message.library !== 'confluent') continue;
        const object = { node: message.node, scope: sourceCode.getScope(message.node) };
        // A message spread from a domain object carries fields of its own: only names written in the message are judged.
        checkOptions(object, MESSAGE, 'message', message.library, KAFKAJS_PLACES.message, true);
      }
      const nestOptions = new Set<ObjectNode>();
      for (const view of model.views) {
        if (view.dialect !== 'nestjs') continue;
        const options = nestOptionsObject(context, view);
        if (!options || nestOptions.has(options.node)) continue;
        nestOptions.add(options.node);
        const subscribe = objectProperties(options).findLast((candidate) => candidate.name === 'subscribe');
        const object = subscribe?.property.kind === 'init' ? resolveObject(subscribe.property.value, subscribe.owner.scope) : undefined;
        if (object) checkOptions(object, NEST_SUBSCRIBE, 'subscribe', 'nestjs', placeOf('subscribe', 'nestjs'));
      }
    }

    return visitKafka(context, { view: checkView, code: checkCalls });
  },
});
