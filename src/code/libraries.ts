import type { ClientKind, Library } from './model.js';

/** A library export, named by its path from the module root: `['KafkaJS', 'Kafka']` is `require('@confluentinc/kafka-javascript').KafkaJS.Kafka`. */
export interface ModuleRef {
  library: Library;
  path: readonly string[];
  /** Bound by `import type`: usable in type annotations only. */
  typeOnly: boolean;
}

/**
 * The client API a tracked object speaks, which decides how its options are spelled: kafkajs names,
 * the Confluent client's `kafkaJS` block plus librdkafka names, node-rdkafka's librdkafka names, or
 * NestJS `ClientKafka`.
 */
export type Api = 'kafkajs' | 'confluent' | 'node-rdkafka' | 'nestjs';

/** What a tracked value is, including NestJS's `KafkaContext` (which hands out the consumer and producer). */
export type TrackedKind = ClientKind | 'kafka-context';

export interface Instance {
  kind: TrackedKind;
  library: Library;
  api: Api;
  /** A NestJS `ClientProxy`: it publishes to Kafka only when registered with `Transport.KAFKA`. */
  proxy?: boolean;
}

const MODULE_LIBRARIES: ReadonlyMap<string, Library> = new Map([
  ['kafkajs', 'kafkajs'],
  ['@confluentinc/kafka-javascript', 'confluent'],
  ['node-rdkafka', 'node-rdkafka'],
  ['@nestjs/microservices', 'nestjs'],
]);

/**
 * A quick test on the file's text, before any AST work: a file that imports a Kafka client names its
 * module. Most files of a project fail it, so it must cost one scan of the text.
 */
const MENTIONS_KAFKA_MODULE = /kafkajs|@confluentinc\/kafka-javascript|node-rdkafka|@nestjs\/microservices/;

export function mentionsKafkaLibrary(text: string): boolean {
  return MENTIONS_KAFKA_MODULE.test(text);
}

/** The library a module specifier loads: `'kafkajs'`, and deep imports such as `'@nestjs/microservices/ctx-host'`. */
export function libraryOfModule(specifier: string): Library | undefined {
  const direct = MODULE_LIBRARIES.get(specifier);
  if (direct) return direct;
  const slash = specifier.startsWith('@') ? specifier.indexOf('/', specifier.indexOf('/') + 1) : specifier.indexOf('/');
  return slash > 0 ? MODULE_LIBRARIES.get(specifier.slice(0, slash)) : undefined;
}

/** The KafkaJS-style names, on kafkajs itself and on the Confluent client's `KafkaJS` namespace. */
const KAFKAJS_TYPES: Readonly<Record<string, ClientKind>> = {
  Kafka: 'kafka',
  Producer: 'producer',
  Consumer: 'consumer',
  Admin: 'admin',
  Transaction: 'transaction',
};

/** node-rdkafka's classes, also exported by the Confluent client's root (and its `RdKafka` namespace). */
const RDKAFKA_CLASSES: Readonly<Record<string, ClientKind>> = {
  Producer: 'producer',
  HighLevelProducer: 'producer',
  KafkaConsumer: 'consumer',
};

const RDKAFKA_TYPES: Readonly<Record<string, ClientKind>> = { ...RDKAFKA_CLASSES, IAdminClient: 'admin' };

interface ApiPath {
  api: Api;
  /** The path below the API's namespace: `['Kafka']` for `KafkaJS.Kafka`. */
  rest: readonly string[];
}

/** Which API a library path belongs to: the Confluent client's root is node-rdkafka's API, its `KafkaJS` namespace kafkajs's. */
function apiOf(ref: ModuleRef): ApiPath {
  const [head, ...rest] = ref.path;
  switch (ref.library) {
    case 'confluent':
      if (head === 'KafkaJS') return { api: 'confluent', rest };
      if (head === 'RdKafka') return { api: 'node-rdkafka', rest };
      return { api: 'node-rdkafka', rest: ref.path };
    case 'kafkajs':
      return { api: 'kafkajs', rest: ref.path };
    case 'node-rdkafka':
      return { api: 'node-rdkafka', rest: ref.path };
    case 'nestjs':
      return { api: 'nestjs', rest: ref.path };
  }
}

function single(rest: readonly string[]): string | undefined {
  return rest.length === 1 ? rest[0] : undefined;
}

/** What `new X(...)` builds when `X` is this export: `new Kafka()`, `new Kafka.KafkaConsumer()`. */
export function constructedBy(ref: ModuleRef): Instance | undefined {
  if (ref.typeOnly) return undefined;
  const { api, rest } = apiOf(ref);
  const name = single(rest);
  if (name === undefined) return undefined;
  if ((api === 'kafkajs' || api === 'confluent') && name === 'Kafka') return { kind: 'kafka', library: ref.library, api };
  if (api === 'node-rdkafka' && Object.hasOwn(RDKAFKA_CLASSES, name)) {
    return { kind: RDKAFKA_CLASSES[name] as ClientKind, library: ref.library, api };
  }
  if (api === 'nestjs' && name === 'ClientKafka') return { kind: 'nest-client', library: ref.library, api };
  return undefined;
}

/** What calling this export returns: node-rdkafka's `AdminClient.create(...)`. */
export function returnedBy(ref: ModuleRef): Instance | undefined {
  if (ref.typeOnly) return undefined;
  const { api, rest } = apiOf(ref);
  return api === 'node-rdkafka' && rest.length === 2 && rest[0] === 'AdminClient' && rest[1] === 'create'
    ? { kind: 'admin', library: ref.library, api }
    : undefined;
}

/** What a value annotated with this type is: `producer: Producer`, `client: ClientKafka`, `ctx: KafkaContext`. */
export function typedAs(ref: ModuleRef): Instance | undefined {
  const { api, rest } = apiOf(ref);
  const name = single(rest);
  if (name === undefined) return undefined;
  if ((api === 'kafkajs' || api === 'confluent') && Object.hasOwn(KAFKAJS_TYPES, name)) {
    return { kind: KAFKAJS_TYPES[name] as ClientKind, library: ref.library, api };
  }
  if (api === 'node-rdkafka' && Object.hasOwn(RDKAFKA_TYPES, name)) {
    return { kind: RDKAFKA_TYPES[name] as ClientKind, library: ref.library, api };
  }
  if (api === 'nestjs') {
    if (name === 'ClientKafka') return { kind: 'nest-client', library: ref.library, api };
    if (name === 'ClientProxy') return { kind: 'nest-client', library: ref.library, api, proxy: true };
    if (name === 'KafkaContext') return { kind: 'kafka-context', library: ref.library, api };
  }
  return undefined;
}

/** What a method of a tracked object returns: `kafka.producer()`, `await producer.transaction()`, `ctx.getConsumer()`. */
export function derivedBy(instance: Instance, method: string): Instance | undefined {
  const { library } = instance;
  switch (instance.kind) {
    case 'kafka':
      if (method === 'producer' || method === 'consumer' || method === 'admin') return { kind: method, library, api: instance.api };
      return undefined;
    case 'producer':
      return method === 'transaction' && instance.api !== 'node-rdkafka' ? { kind: 'transaction', library, api: instance.api } : undefined;
    case 'kafka-context':
      if (method === 'getConsumer') return { kind: 'consumer', library, api: 'kafkajs' };
      if (method === 'getProducer') return { kind: 'producer', library, api: 'kafkajs' };
      return undefined;
    default:
      return undefined;
  }
}

/** Whether the export is this name of this library's API: `isExport(ref, 'nestjs', 'Transport', 'KAFKA')`. */
export function isExport(ref: ModuleRef, api: Api, ...names: string[]): boolean {
  const resolved = apiOf(ref);
  return resolved.api === api && resolved.rest.length === names.length && names.every((name, index) => resolved.rest[index] === name);
}

export { apiOf };
