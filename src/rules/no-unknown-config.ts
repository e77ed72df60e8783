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
import type { ConfigEntry, ConfigView, Role, SpringOrigin } from '../core/config-view.js';
import { KAFKA_KEYS, LIBRDKAFKA_KEYS, SPRING_KEYS } from '../config-lint/catalog/data.js';
import { kafkaKeyNames, lookupKafkaKey } from '../config-lint/catalog/kafka-keys.js';
import { librdkafkaKeyNames, lookupLibrdkafkaKey } from '../config-lint/catalog/librdkafka-keys.js';
import {
  CONNECT_WORKER_KEYS,
  isOtherReleaseKey,
  isPassThroughKey,
  matchesKeyPattern,
  type KeyContext,
} from '../config-lint/catalog/pass-through.js';
import { springPropertyFor } from '../config-lint/catalog/spring-keys.js';
import { kafkaKeyToEnv } from '../config-lint/dialects/compose-images.js';
import { baseName, isLibrdkafkaFileName } from '../config-lint/dialects/file-names.js';
import { isConfigSourceCode } from '../config-lint/model.js';
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
  | 'sharePollRecords'
  | 'sharePollRecordsFile'
  | 'unknownKey'
  | 'unknownKeyNoGuess'
  | 'verbatimMapKey'
  | 'kafkajsName'
  | 'otherRoleKey'
  | 'librdkafkaName'
  | 'librdkafkaNameNoEquivalent'
  | 'javaName'
  | 'javaNameNoEquivalent'
  | 'springKafkaProperty'
  | 'springTypo'
  | 'springOtherSection'
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

// ---------------------------------------------------------------------------------------------
// Config files: the tables of the config side.
// ---------------------------------------------------------------------------------------------

type ClientRole = 'producer' | 'consumer' | 'admin';

const keyNames = (keys: readonly { name: string }[]): ReadonlySet<string> => new Set(keys.map((key) => key.name));
const PRODUCER_KEYS = keyNames(KAFKA_KEYS.producer);
const CONSUMER_KEYS = keyNames(KAFKA_KEYS.consumer);
const ADMIN_KEYS = keyNames(KAFKA_KEYS.admin);
const TOPIC_KEYS = keyNames(KAFKA_KEYS.topic);
const BROKER_KEYS = keyNames(KAFKA_KEYS.broker);
const JAVA_CLIENT_KEYS: ReadonlySet<string> = new Set([...PRODUCER_KEYS, ...CONSUMER_KEYS, ...ADMIN_KEYS]);
const KEYS_OF_CLIENT: Readonly<Record<ClientRole, ReadonlySet<string>>> = { producer: PRODUCER_KEYS, consumer: CONSUMER_KEYS, admin: ADMIN_KEYS };

/** librdkafka properties that can be written with a `topic.` prefix (`rd_kafka_topic_conf_set` strips it). */
const LIBRDKAFKA_TOPIC_LEVEL: ReadonlySet<string> = new Set(LIBRDKAFKA_KEYS.filter((key) => key.level === 'topic').map((key) => key.name));

/** The Java client name of a librdkafka property librdkafka spells differently, the other way round. */
const LIBRDKAFKA_NAME_OF_JAVA: ReadonlyMap<string, string> = new Map(
  Object.entries(LIBRDKAFKA_ALIASES)
    .filter(([librdkafkaName, javaName]) => !lookupLibrdkafkaKey(javaName) && lookupLibrdkafkaKey(librdkafkaName))
    .map(([librdkafkaName, javaName]) => [javaName, librdkafkaName]),
);

/** kafkajs option names (camelCase, so never a Kafka property) and the Kafka property each one sets. */
const KAFKAJS_OPTION_KEYS: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const table of [KAFKAJS_CLIENT, KAFKAJS_PRODUCER, KAFKAJS_CONSUMER, KAFKAJS_RUN, KAFKAJS_ADMIN, KAFKAJS_SEND]) {
    for (const [name, rule] of Object.entries(table)) {
      const direct = !rule.skip && !rule.nested && !rule.convert && !rule.list && rule.key.includes('.') && !LOOSE_MAPPINGS.has(name);
      if (direct && /[A-Z]/.test(name)) names.set(name, rule.key);
    }
  }
  return names;
})();

/** A name a config file can hold: no placeholder (`${…}`, `{{ … }}`), section header, brace or space. */
function isPlainKey(key: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_.-]*$/.test(key);
}

/** Case and separators aside (`max-poll-records`, `maxPollRecords`, `max.poll.records`). */
function normalizedKey(key: string): string {
  return key.toLowerCase().replaceAll(/[-._]/g, '');
}

/** The dotted form of a kebab, snake or camelCase name: `schemaRegistryUrl` → `schema.registry.url`. */
function dottedKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1.$2')
    .replace(/[-_]/g, '.')
    .toLowerCase();
}

function isJavaClientKey(key: string): boolean {
  return JAVA_CLIENT_KEYS.has(key) || isOtherReleaseKey('common', key);
}

/** A librdkafka name the Java clients do not have, specific enough to be one (`queue.buffering.max.ms`, not `debug`). */
function isLibrdkafkaOnlyName(name: string): boolean {
  return (name.includes('.') || name.endsWith('_cb')) && lookupLibrdkafkaKey(name) !== undefined && !isJavaClientKey(name) && !BROKER_KEYS.has(name);
}

/** The Java client's name for a librdkafka property, when it has one (`queue.buffering.max.ms` → `linger.ms`). */
function javaNameOf(librdkafkaName: string): string | undefined {
  const name = LIBRDKAFKA_ALIASES[librdkafkaName] ?? lookupLibrdkafkaKey(librdkafkaName)?.canonical;
  return name !== undefined && name !== librdkafkaName && JAVA_CLIENT_KEYS.has(name) ? name : undefined;
}

/** Who owns a key a client does not read, for messages: `a consumer setting`, `a topic setting`. */
function ownerOfKey(key: string, role: ClientRole): { owner: string; instead: string } | undefined {
  const others = (['producer', 'consumer', 'admin'] as const).filter((other) => other !== role && KEYS_OF_CLIENT[other].has(key));
  if (others.length > 0 && !KEYS_OF_CLIENT[role].has(key)) {
    const clients = others.join(' and ');
    return { owner: `a ${clients} setting`, instead: `Set it in the ${others[0]}'s configuration, or remove it` };
  }
  if (JAVA_CLIENT_KEYS.has(key)) return undefined;
  if (TOPIC_KEYS.has(key)) {
    return BROKER_KEYS.has(key)
      ? { owner: 'a topic setting (with a broker-wide default)', instead: "Set it on the topic, or as the brokers' default, or remove it" }
      : { owner: 'a topic setting', instead: 'Set it on the topic (its definition, or `kafka-configs.sh --entity-type topics`), or remove it' };
  }
  return BROKER_KEYS.has(key) ? { owner: 'a broker setting', instead: 'Set it in the broker configuration, or remove it' } : undefined;
}

/** How a config reader treats keys it does not know, and the keys it knows. */
interface Judge {
  context: KeyContext;
  /** `Kafka 3.9's producer configuration`, for messages. */
  catalog: string;
  /** What happens to an unknown key, a clause. */
  consequence: string;
  /** Every unknown key is an error (librdkafka, topic configs); otherwise only keys close to a known one are reported. */
  closed: boolean;
  known(key: string): boolean;
  candidates(): readonly NameCandidate[];
  /** The client whose confusions are looked for: kafkajs names, librdkafka names, keys of other roles. */
  client?: ClientRole | 'common';
}

/** What a Java client does with a key it does not read (`AbstractConfig.logUnused`, INFO level since Kafka 3.5). */
function clientConsequence(clients: string, verb = 'ignores'): string {
  return `${clients} ${verb} it (the start-up log only lists it, at INFO level, among the configurations that "were supplied but are not used yet"), so the setting silently has no effect`;
}

function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const namesAsCandidates = (...lists: Iterable<string>[]): NameCandidate[] => [...new Set(lists.flatMap((list) => [...list]))].map((name) => ({ name }));
const clientCandidates = memo(() => namesAsCandidates(JAVA_CLIENT_KEYS));

const JUDGES = (() => {
  const isStreamsKey = (key: string): boolean => lookupKafkaKey('streams', key) !== undefined || isOtherReleaseKey('streams', key);
  const client = (role: ClientRole | 'common'): Judge => ({
    context: 'client',
    catalog: role === 'common' ? "Kafka 3.9's client configuration (producer, consumer and admin)" : `Kafka 3.9's ${role} configuration`,
    consequence: role === 'common' ? clientConsequence('the clients', 'ignore') : clientConsequence(`the ${role}`),
    closed: false,
    // Settings shared by every client of a Spring or Java config also reach Kafka Streams.
    known: (key) => lookupKafkaKey(role, key) !== undefined || isOtherReleaseKey(role, key) || (role === 'common' && isStreamsKey(key)),
    candidates: role === 'common' ? clientCandidates : memo(() => namesAsCandidates(kafkaKeyNames(role))),
    client: role,
  });
  return {
    producer: client('producer'),
    consumer: client('consumer'),
    admin: client('admin'),
    common: client('common'),
    streams: {
      context: 'client',
      catalog: "Kafka Streams' configuration (3.9)",
      consequence: `Kafka Streams hands keys it does not know to its clients, and ${clientConsequence('they', 'ignore')}`,
      closed: false,
      known: (key) => isStreamsKey(key) || isJavaClientKey(key),
      candidates: memo(() => namesAsCandidates(kafkaKeyNames('streams'), JAVA_CLIENT_KEYS)),
      client: 'common',
    } satisfies Judge,
    connect: {
      context: 'connect',
      catalog: "Kafka Connect's worker configuration",
      consequence: `the worker hands keys it does not know to its clients, and ${clientConsequence('they', 'ignore')}`,
      closed: false,
      known: (key) => CONNECT_WORKER_KEYS.has(key) || isJavaClientKey(key),
      candidates: memo(() => namesAsCandidates(JAVA_CLIENT_KEYS, CONNECT_WORKER_KEYS)),
      client: 'common',
    } satisfies Judge,
    broker: {
      context: 'broker',
      catalog: "Kafka 3.9's broker configuration",
      consequence: 'the broker ignores keys it does not know, without a warning, so the setting silently has no effect',
      closed: false,
      known: (key) => BROKER_KEYS.has(key) || isOtherReleaseKey('broker', key),
      candidates: memo(() => namesAsCandidates(BROKER_KEYS)),
    } satisfies Judge,
    topic: {
      context: 'topic',
      catalog: "Kafka 3.9's topic configuration",
      consequence: 'Kafka rejects a topic config it does not know ("Unknown topic config name"), so the topic is neither created nor updated',
      closed: true,
      known: (key) => TOPIC_KEYS.has(key) || isOtherReleaseKey('topic', key),
      candidates: memo(() => namesAsCandidates(TOPIC_KEYS)),
    } satisfies Judge,
    streamsTopic: {
      context: 'topic',
      catalog: "Kafka 3.9's topic configuration",
      consequence:
        'Kafka Streams passes `topic.` settings to the creation of its internal topics, and Kafka rejects a topic config it does not know ("Unknown topic config name")',
      closed: false,
      known: (key) => TOPIC_KEYS.has(key) || isOtherReleaseKey('topic', key),
      candidates: memo(() => namesAsCandidates(TOPIC_KEYS)),
    } satisfies Judge,
  };
})();

/** The judge of a Java-family view; undefined for views this rule does not check. */
function judgeOf(view: ConfigView): Judge | undefined {
  switch (view.dialect) {
    case 'java-properties':
      return view.role === 'common' && view.entries.some((entry) => CONNECT_WORKER_KEYS.has(entry.key)) ? JUDGES.connect : clientJudgeOf(view.role);
    case 'broker-properties':
    case 'compose':
      return view.role === 'broker' ? JUDGES.broker : undefined;
    case 'streams-properties':
    case 'spring':
      if (view.role === 'streams') return JUDGES.streams;
      if (view.role === 'topic') return JUDGES.streamsTopic;
      return clientJudgeOf(view.role);
    case 'connect-properties':
      if (view.role === 'common') return JUDGES.connect;
      return view.role === 'topic' ? undefined : clientJudgeOf(view.role);
    case 'mirror-maker-properties':
      // Only the `<alias>.producer.*`-style client settings: MirrorMaker's own keys are many and open-ended.
      return view.role === 'common' || view.role === 'topic' ? undefined : clientJudgeOf(view.role);
    case 'strimzi':
      if (view.role === 'broker') return JUDGES.broker;
      // Only a KafkaTopic's `config` holds topic configs; Connect and MirrorMaker topic views hold their own keys.
      if (view.role === 'topic') return view.resource === 'KafkaTopic' ? JUDGES.topic : undefined;
      // KafkaConnect and KafkaMirrorMaker2 clusters configure Connect workers.
      if (view.role === 'common') return JUDGES.connect;
      return clientJudgeOf(view.role);
    default:
      return undefined;
  }
}

function clientJudgeOf(role: Role): Judge | undefined {
  return role === 'producer' || role === 'consumer' || role === 'admin' || role === 'common' ? JUDGES[role] : undefined;
}

/** Properties dialects a file can get from its name alone (`consumer.properties`, `server.properties`). */
const NAMED_PROPERTIES_DIALECTS: ReadonlySet<string> = new Set(['java-properties', 'broker-properties', 'streams-properties']);

const LIBRDKAFKA_CATALOG = "librdkafka 2.15's configuration";
const LIBRDKAFKA_CONSEQUENCE = 'librdkafka refuses it ("No such configuration property"), so the client cannot be created';
const SPRING_CONSEQUENCE = 'Spring Boot ignores `spring.kafka` properties it does not bind, without a warning';

/** Where each Spring section's pass-through map is. */
const SPRING_CLIENT_SECTIONS: Readonly<Record<string, Role>> = { producer: 'producer', consumer: 'consumer', admin: 'admin', streams: 'streams' };

/** The non-map `spring.kafka.*` properties by their parent (`spring.kafka.consumer` → `max-poll-records`, …). */
const SPRING_CHILDREN: ReadonlyMap<string, readonly string[]> = (() => {
  const children = new Map<string, string[]>();
  for (const key of SPRING_KEYS) {
    if (key.type === 'map' || key.removedIn) continue;
    const dot = key.name.lastIndexOf('.');
    const parent = key.name.slice(0, dot);
    children.set(parent, [...(children.get(parent) ?? []), key.name.slice(dot + 1)]);
  }
  return children;
})();

export default createRule<Options, MessageId>({
  name: 'no-unknown-config',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow option and property names the Kafka client, broker or Spring Boot does not know',
      pitfall: 'config',
      recommended: 'recommended',
      appliesTo: ['code', 'config'],
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
      sharePollRecords:
        '`{{name}}` only sizes the polls of librdkafka share consumers, which {{client}} does not create: on this consumer it has no effect, and the number of messages per batch is not what it says. {{instead}}.',
      sharePollRecordsFile:
        '`{{written}}` is a property of librdkafka\'s share consumers only (a preview added in librdkafka 2.15): a regular consumer ignores it, and librdkafka before 2.15 refuses it ("No such configuration property"), so the client cannot be created. Remove it; a batch size is the count given to the batch call of the binding (`consume(num_messages=…)` in Python, `rd_kafka_consume_batch_queue()` in C).',
      unknownKey:
        '`{{written}}`{{sets}} is not a key of {{catalog}}: {{consequence}}. Use `{{suggestion}}`{{suggestionSets}}, the closest known key.',
      unknownKeyNoGuess:
        '`{{written}}`{{sets}} is not a key of {{catalog}}: {{consequence}}. Use a key of that configuration, or remove it (or add it to the `allow` option if a plugin reads it).',
      verbatimMapKey:
        '`{{written}}` reaches the Kafka client exactly as written: Spring copies the entries of `{{map}}` verbatim, without relaxed binding, so the client does not recognise this spelling and ignores it. Use the Kafka name `{{suggestion}}`.',
      kafkajsName:
        '`{{written}}` is a kafkajs option name, not a Kafka property: {{consequence}}. Use the Kafka property `{{suggestion}}`.',
      otherRoleKey:
        '`{{written}}` is {{owner}}, not a {{role}} one: the {{role}} ignores it (the start-up log only lists it, at INFO level, among the configurations that "were supplied but are not used yet"), so it has no effect here. {{instead}}.',
      librdkafkaName:
        '`{{written}}` is a librdkafka property, not a Java client key: {{consequence}}. Use the Java client\'s name for it, `{{suggestion}}`.',
      librdkafkaNameNoEquivalent:
        '`{{written}}` is a librdkafka property, not a Java client key: {{consequence}}. Use the Java client\'s own setting for this (SASL credentials, for one, go in `sasl.jaas.config`), or remove it.',
      javaName:
        '`{{written}}` is a Java client key, not a librdkafka property: {{consequence}}. Use librdkafka\'s name for it, `{{suggestion}}`.',
      javaNameNoEquivalent:
        '`{{written}}` is a Java client key, not a librdkafka property: {{consequence}}. librdkafka has no property of that name (serializers and JKS stores, for example, are Java-only); use librdkafka\'s own setting, or remove it.',
      springKafkaProperty:
        '`{{written}}` is not a Spring Boot property: {{consequence}}, so `{{key}}` never reaches the Kafka client. Use `{{suggestion}}`{{how}}.',
      springTypo:
        '`{{written}}` is not a Spring Boot property: {{consequence}}, so the setting has no effect. Use `{{suggestion}}`, the closest Spring Boot property.',
      springOtherSection:
        '`{{written}}` is not a Spring Boot property: Spring Boot has `{{leaf}}` only under `{{owner}}` and ignores it here, without a warning, so the setting has no effect. Use `{{suggestion}}`.',
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
            description:
              'Extra option and property names to accept (a newer client version, a plugin or wrapper that reads its own keys): exact names, `prefix.*` or `*.suffix` patterns.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [options]) {
    const report = reportOncePerLocation(context);
    const allowPatterns = options.allow ?? [];
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
        if (rule || property.computed || isAllowed(name) || (directOnly && !direct) || isReadByCode(owner.node, name)) continue;
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

    function librdkafkaCandidatesOf(role: Role, confluent: boolean): NameCandidate[] {
      const cacheKey = `${role}:${String(confluent)}`;
      let candidates = librdkafkaCandidatesByRole.get(cacheKey);
      if (!candidates) librdkafkaCandidatesByRole.set(cacheKey, (candidates = librdkafkaCandidates(role, confluent)));
      return candidates;
    }

    /**
     * `max.poll.records` is a librdkafka property of share consumers only (CONFIGURATION.md 2.15: "only
     * supported for share consumers"), and neither Node binding creates share consumers.
     */
    function checkSharePollRecords(property: TSESTree.Property, name: string, role: Role, confluent: boolean): void {
      if (name !== 'max.poll.records' || role !== 'consumer' || isAllowed(name)) return;
      if (confluent) {
        const instead = 'The KafkaJS API sizes the batches of `eachBatch` with `js.consumer.max.batch.size` (default 32)';
        report({
          node: property.key,
          messageId: 'sharePollRecords',
          data: { name, client: 'the Confluent client', instead },
          suggest: [renameSuggestion(property, name, 'js.consumer.max.batch.size')],
        });
      } else {
        const instead = 'Pass the number of messages to read to `consumer.consume(count)`';
        report({ node: property.key, messageId: 'sharePollRecords', data: { name, client: 'the Node binding', instead } });
      }
    }

    /** Checks one top-level name of a librdkafka-style config (Confluent outer config, node-rdkafka). */
    function checkProperty(property: TSESTree.Property, name: string, scope: Located['scope'], role: Role, confluent: boolean): void {
      if (property.computed) return;
      checkSharePollRecords(property, name, role, confluent);
      if (isAllowed(name) || BINDING_NAMES.has(name) || lookupLibrdkafkaKey(name)) return;
      if (confluent && (name === 'kafkaJS' || confluentOutsideNames(role).has(name))) return;
      // Functions never reach librdkafka (the binding installs them as callbacks).
      if (isFunctionValue(property, scope)) return;
      if (name.endsWith('_cb') && evaluate(property.value, scope) === undefined) return;
      const suggestion = didYouMean(name, librdkafkaCandidatesOf(role, confluent));
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
      if (configFile) {
        checkConfigView(view);
        return;
      }
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

    // -------------------------------------------------------------------------------------------
    // Config files.

    const candidate: unknown = context.sourceCode;
    const configFile = isConfigSourceCode(candidate) ? candidate : undefined;
    let looksLikeKafka: boolean | undefined;

    function isAllowed(...names: string[]): boolean {
      return allowPatterns.some((pattern) => names.some((name) => matchesKeyPattern(name, pattern)));
    }

    /** The setting as messages name it: as written, with the Kafka key when the spelling hides it (compose variables). */
    function shownName(entry: ConfigEntry): { written: string; sets: string } {
      return { written: entry.written, sets: entry.written.endsWith(entry.key) ? '' : ` (\`${entry.key}\`)` };
    }

    /** How the file writes `key` in place of the entry's key: the same prefix (`producer.`, `spring.kafka.…properties.`), or a compose variable. */
    function writtenFor(entry: ConfigEntry, key: string): string | undefined {
      if (entry.written.endsWith(entry.key)) return entry.written.slice(0, entry.written.length - entry.key.length) + key;
      if (entry.written.startsWith('KAFKA_CFG_')) return kafkaKeyToEnv('bitnami', key);
      // The Apache, Confluent and wurstmeister images agree on names without `_` or `-`.
      if (entry.written.startsWith('KAFKA_') && !/[_-]/.test(key)) return kafkaKeyToEnv('apache', key);
      return undefined;
    }

    function shownSuggestion(entry: ConfigEntry, key: string): { suggestion: string; suggestionSets: string } {
      const written = writtenFor(entry, key);
      return { suggestion: written ?? key, suggestionSets: written === undefined || written.endsWith(key) ? '' : ` (\`${key}\`)` };
    }

    /** A suggestion that renames the key where it is written (inside its quotes in YAML), when the source shows it as written. */
    function renameTo(entry: ConfigEntry, replacement: string | undefined): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      if (!configFile || replacement === undefined || replacement === entry.written || !isPlainKey(replacement)) return [];
      const [start, end] = entry.keySpan.range;
      const raw = configFile.text.slice(start, end);
      let range: [number, number] | undefined;
      if (raw === entry.written) range = [start, end];
      else if (raw.length > 2 && (raw.startsWith('"') || raw.startsWith("'")) && raw.endsWith(raw[0]!) && raw.slice(1, -1) === entry.written) {
        range = [start + 1, end - 1];
      }
      if (!range) return [];
      const target = range;
      return [{ messageId: 'rename', data: { name: entry.written, suggestion: replacement }, fix: (fixer) => fixer.replaceTextRange(target, replacement) }];
    }

    function reportEntry(entry: ConfigEntry, messageId: MessageId, data: Record<string, string>, replacement?: string): void {
      report({ loc: entry.keySpan.loc, messageId, data, suggest: renameTo(entry, replacement) });
    }

    /** Checks one setting of a Java-family view (client, Streams, Connect, broker, topic). */
    function checkEntry(entry: ConfigEntry, judge: Judge, springMap?: string): void {
      const { key } = entry;
      if (!isPlainKey(key) || isAllowed(entry.written, key) || judge.known(key)) return;
      if (isPassThroughKey(key, judge.context) || isPassThroughKey(dottedKey(key), judge.context)) return;
      const name = shownName(entry);
      const candidates = judge.candidates();
      if (springMap !== undefined) {
        // Spring copies its pass-through maps verbatim: a relaxed spelling of a Kafka key is not that key.
        const same = candidates.find((candidate) => normalizedKey(candidate.name) === normalizedKey(key));
        if (same) {
          const data = { written: entry.written, map: springMap, suggestion: writtenFor(entry, same.name) ?? same.name };
          reportEntry(entry, 'verbatimMapKey', data, writtenFor(entry, same.name));
          return;
        }
      }
      if (judge.client) {
        const kafkajsKey = KAFKAJS_OPTION_KEYS.get(key);
        if (kafkajsKey !== undefined && judge.known(kafkajsKey)) {
          const data = { written: entry.written, consequence: judge.consequence, suggestion: writtenFor(entry, kafkajsKey) ?? kafkajsKey };
          reportEntry(entry, 'kafkajsName', data, writtenFor(entry, kafkajsKey));
          return;
        }
        const owner = judge.client === 'common' ? undefined : ownerOfKey(key, judge.client);
        if (owner && judge.client !== 'common') {
          reportEntry(entry, 'otherRoleKey', { written: entry.written, owner: owner.owner, role: judge.client, instead: owner.instead });
          return;
        }
        if (isLibrdkafkaOnlyName(key)) {
          const javaName = javaNameOf(key);
          if (javaName !== undefined && judge.known(javaName)) {
            const data = { written: entry.written, consequence: judge.consequence, suggestion: writtenFor(entry, javaName) ?? javaName };
            reportEntry(entry, 'librdkafkaName', data, writtenFor(entry, javaName));
          } else {
            reportEntry(entry, 'librdkafkaNameNoEquivalent', { written: entry.written, consequence: judge.consequence });
          }
          return;
        }
      }
      const suggestion = didYouMean(key, candidates);
      if (suggestion !== undefined) {
        const data = { ...name, catalog: judge.catalog, consequence: judge.consequence, ...shownSuggestion(entry, suggestion) };
        reportEntry(entry, 'unknownKey', data, writtenFor(entry, suggestion));
      } else if (judge.closed) {
        reportEntry(entry, 'unknownKeyNoGuess', { ...name, catalog: judge.catalog, consequence: judge.consequence });
      }
    }

    /**
     * Whether a properties file recognised by its name holds any Kafka setting at all: a file named
     * `consumer.properties` may configure Dubbo or Pulsar, a `server.properties` a game server, and
     * they are then none of this rule's business.
     */
    function fileLooksLikeKafka(): boolean {
      if (looksLikeKafka === undefined) {
        const views = configFile?.getConfigModel().views ?? [];
        looksLikeKafka = views.some((view) =>
          view.entries.some(
            (entry) =>
              lookupKafkaKey('common', entry.key) !== undefined ||
              lookupKafkaKey('streams', entry.key) !== undefined ||
              BROKER_KEYS.has(entry.key) ||
              TOPIC_KEYS.has(entry.key) ||
              isLibrdkafkaOnlyName(entry.key),
          ),
        );
      }
      return looksLikeKafka;
    }

    /**
     * A file read as a Java client's whose settings are mostly librdkafka's (`batch.num.messages`,
     * `request.required.acks`, `compression.codec` beside one `key.serializer`): the file configures a
     * librdkafka client, and its Java names are the mistakes, not the other way round. A `.conf` file
     * (kcat's and librdkafka's convention) needs a majority; a `.properties` file a large one.
     */
    function isMostlyLibrdkafka(view: ConfigView): boolean {
      let librdkafkaOnly = 0;
      let javaOnly = 0;
      for (const entry of view.entries) {
        if (isLibrdkafkaOnlyName(entry.written)) librdkafkaOnly++;
        else if (isJavaClientKey(entry.written) && !lookupLibrdkafkaKey(entry.written)) javaOnly++;
      }
      return context.filename.endsWith('.conf')
        ? librdkafkaOnly >= 2 && librdkafkaOnly > javaOnly
        : librdkafkaOnly >= 3 && librdkafkaOnly > 2 * javaOnly;
    }

    function checkLibrdkafkaFile(view: ConfigView): void {
      // INI sections (`[kafka_client]`): an application (Python's configparser) picks the sections it
      // hands to librdkafka, and may keep settings of its own in the others.
      const ini = view.entries.some((entry) => /^\[.*\]$/.test(entry.written.trim()));
      // A `.conf` file recognised by its keys alone may be a Java client's: Java names are then no proof of a mistake.
      const certain = isLibrdkafkaFileName(baseName(context.filename)) || view.entries.some((entry) => isLibrdkafkaOnlyName(entry.written));
      // A share consumer's file says so with its other share-only property.
      const shareConsumer = view.entries.some((entry) => entry.written === 'share.acknowledgement.mode');
      for (const entry of view.entries) {
        const name = entry.written;
        if (name === 'max.poll.records' && certain && !shareConsumer && !isAllowed(name)) {
          reportEntry(entry, 'sharePollRecordsFile', { written: name });
          continue;
        }
        if (!isPlainKey(name) || isAllowed(name) || lookupLibrdkafkaKey(name)) continue;
        if (name.startsWith('topic.') && LIBRDKAFKA_TOPIC_LEVEL.has(name.slice('topic.'.length))) continue;
        if (isPassThroughKey(name, 'librdkafka') || isPassThroughKey(dottedKey(name), 'librdkafka')) continue;
        if (isJavaClientKey(name)) {
          if (!certain) continue;
          const librdkafkaName = LIBRDKAFKA_NAME_OF_JAVA.get(name);
          if (librdkafkaName !== undefined) {
            reportEntry(entry, 'javaName', { written: name, consequence: LIBRDKAFKA_CONSEQUENCE, suggestion: librdkafkaName }, librdkafkaName);
          } else {
            reportEntry(entry, 'javaNameNoEquivalent', { written: name, consequence: LIBRDKAFKA_CONSEQUENCE });
          }
          continue;
        }
        const suggestion = didYouMean(name, librdkafkaCandidatesOf(view.role, false));
        if (suggestion !== undefined) {
          const data = { written: name, sets: '', catalog: LIBRDKAFKA_CATALOG, consequence: LIBRDKAFKA_CONSEQUENCE, suggestion, suggestionSets: '' };
          reportEntry(entry, 'unknownKey', data, suggestion);
        } else if (certain && !ini) {
          reportEntry(entry, 'unknownKeyNoGuess', { written: name, sets: '', catalog: LIBRDKAFKA_CATALOG, consequence: LIBRDKAFKA_CONSEQUENCE });
        }
      }
    }

    /** The Kafka key a relaxed Spring name stands for in a section (`linger-ms` → `linger.ms`), or a pass-through key. */
    function kafkaKeyOfSpringName(written: string, role: Role): string | undefined {
      const judge = role === 'streams' ? JUDGES.streams : clientJudgeOf(role);
      const normalized = normalizedKey(written);
      const kafkaKey = judge?.candidates().find((candidate) => normalizedKey(candidate.name) === normalized)?.name;
      if (kafkaKey !== undefined) return kafkaKey;
      return /^[a-z][a-z0-9]*(?:\.[a-z0-9]+)+$/.test(written) && isPassThroughKey(written, 'client') ? written : undefined;
    }

    /** A `spring.kafka.*` name Spring Boot does not bind. */
    function checkSpringProperty(entry: ConfigEntry, { mapping, elements }: SpringOrigin): void {
      const parts = mapping.spring.split('.');
      if (parts[0] !== 'spring' || parts[1] !== 'kafka' || parts.length < 3 || parts.length !== elements.length) return;
      if (elements.some((element) => element.includes('.')) || isAllowed(mapping.spring, entry.written)) return;
      const name = mapping.spring;
      const { written } = entry;
      const sectionName = parts[2]!;
      const sectionRole = parts.length === 3 ? 'common' : SPRING_CLIENT_SECTIONS[sectionName];
      const restStart = parts.length === 3 ? 2 : 3;
      const rest = elements.slice(restStart).join('.');
      /** `written` with its trailing `rest` replaced. */
      const replacing = (tail: string, replacement: string): string | undefined =>
        written.endsWith(tail) ? written.slice(0, written.length - tail.length) + replacement : undefined;

      // A Kafka setting written as if it were a Spring property (`spring.kafka.producer.linger-ms`).
      const kafkaKey = sectionRole && kafkaKeyOfSpringName(rest, sectionRole);
      if (sectionRole && kafkaKey) {
        const section = parts.length === 3 ? 'spring.kafka' : `spring.kafka.${sectionName}`;
        const native = springPropertyFor(sectionRole, kafkaKey);
        const target = native ?? `properties.${kafkaKey}`;
        const data = {
          written: name,
          key: kafkaKey,
          consequence: SPRING_CONSEQUENCE,
          suggestion: `${section}.${target}`,
          how: native ? ", Spring Boot's property for it" : ', which Spring Boot passes to the client as it is',
        };
        reportEntry(entry, 'springKafkaProperty', data, replacing(rest, target));
        return;
      }
      // A misspelled Spring property.
      const parent = parts.slice(0, -1).join('.');
      const leaf = parts[parts.length - 1]!;
      const siblings = SPRING_CHILDREN.get(parent);
      const typo = siblings && didYouMean(leaf, siblings.map((sibling) => ({ name: sibling })));
      if (typo) {
        const data = { written: name, consequence: SPRING_CONSEQUENCE, suggestion: `${parent}.${typo}` };
        reportEntry(entry, 'springTypo', data, replacing(elements[elements.length - 1]!, typo));
        return;
      }
      // A property of another section (`spring.kafka.consumer.concurrency` is `spring.kafka.listener.concurrency`).
      if (parts.length !== 4) return;
      const owners: [string, string][] = [];
      for (const [owner, children] of SPRING_CHILDREN) {
        if (owner === parent || owner.split('.').length !== 3 || !owner.startsWith('spring.kafka.')) continue;
        const child = children.find((candidate) => normalizedKey(candidate) === normalizedKey(leaf));
        if (child) owners.push([owner, child]);
      }
      if (owners.length !== 1) return;
      const [owner, child] = owners[0]!;
      const full = `${owner}.${child}`;
      // Only a flattened name can be renamed in place; a nested YAML key has to move to another section.
      const replacement = written === elements.join('.') ? full : undefined;
      reportEntry(entry, 'springOtherSection', { written: name, leaf: child, owner, suggestion: full }, replacement);
    }

    function checkSpringView(view: ConfigView): void {
      const judge = judgeOf(view);
      for (const entry of view.entries) {
        const origin = entry.spring;
        if (!origin) continue;
        if (origin.mapping.type === 'passthrough') {
          if (judge) checkEntry(entry, judge, origin.mapping.spring);
        } else if (!origin.mapping.known) {
          checkSpringProperty(entry, origin);
        }
      }
    }

    function checkConfigView(view: ConfigView): void {
      if (view.dialect === 'librdkafka') {
        checkLibrdkafkaFile(view);
        return;
      }
      if (view.dialect === 'spring') {
        checkSpringView(view);
        return;
      }
      if (view.dialect === 'java-properties' && isMostlyLibrdkafka(view)) {
        checkLibrdkafkaFile(view);
        return;
      }
      const judge = judgeOf(view);
      if (!judge || (NAMED_PROPERTIES_DIALECTS.has(view.dialect) && !fileLooksLikeKafka())) return;
      for (const entry of view.entries) {
        // `spec.partitions` and `spec.replicas` of a KafkaTopic are fields of Strimzi's, filed under Kafka names.
        if (view.dialect === 'strimzi' && view.role === 'topic' && entry.written !== entry.key) continue;
        checkEntry(entry, judge);
      }
    }

    return visitKafka(context, { view: checkView, code: checkCalls });
  },
});
