import type { Role } from '../../core/config-view.js';
import { SPRING_KEYS } from './data.js';
import type { SpringKey, SpringValueType } from './types.js';

/** Where a Spring property lands once Spring Boot has bound it. */
export interface SpringMapping {
  /** The view the setting belongs to. */
  role: Role;
  /** The Kafka property it sets, or null for Spring's own settings (`listener.ack-mode`). */
  key: string | null;
  /**
   * Canonical Spring name of the property: `spring.kafka.consumer.enable-auto-commit`; for a
   * pass-through map entry, the map (`spring.kafka.producer.properties`).
   */
  spring: string;
  /** How Spring converts the value; `passthrough` entries reach Kafka as the written string. */
  type: SpringValueType | 'passthrough';
  /** False for a `spring.kafka.*` name Spring does not define (a typo, or a removed property). */
  known: boolean;
  /** Separates views of one role: a Spring Cloud Stream binding configures its own client. */
  group?: string;
}

const uniformElements = new Map<string, string>();

/**
 * Spring's relaxed-binding comparison form of one name element: `enableAutoCommit` → `enableautocommit`.
 * Memoised: config files repeat the same few hundred elements, and every entry is compared this way.
 */
export function uniformElement(element: string): string {
  let uniform = uniformElements.get(element);
  if (uniform === undefined) {
    uniform = element.replace(/[-_]/g, '').toLowerCase();
    // Keys are bounded by what files contain; the cap keeps a generated file from growing the map forever.
    if (uniformElements.size < 10_000) uniformElements.set(element, uniform);
  }
  return uniform;
}

function uniformName(elements: readonly string[]): string {
  return elements.map(uniformElement).join('.');
}

/** Kebab-case form of one element, as Spring documents names: `enableAutoCommit` → `enable-auto-commit`. */
function kebabElement(element: string): string {
  return element
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

/** The Spring sections under `spring.kafka.` and the view each belongs to. */
const SECTION_ROLES: Readonly<Record<string, Role>> = {
  producer: 'producer',
  template: 'producer',
  consumer: 'consumer',
  listener: 'consumer',
  retry: 'consumer',
  admin: 'admin',
  streams: 'streams',
};

function roleOfSpringKafkaName(uniformElements: readonly string[]): Role {
  return SECTION_ROLES[uniformElements[2] ?? ''] ?? 'common';
}

interface PassThroughMap {
  /** Uniform elements of the map property. */
  prefix: readonly string[];
  spring: string;
  role: Role;
}

/** Maps whose entries Spring hands to the Kafka client unchanged, keyed by Kafka property name. */
const PASS_THROUGH_MAPS: readonly PassThroughMap[] = [
  ['spring.kafka.properties', 'common'],
  ['spring.kafka.producer.properties', 'producer'],
  ['spring.kafka.consumer.properties', 'consumer'],
  ['spring.kafka.admin.properties', 'admin'],
  ['spring.kafka.streams.properties', 'streams'],
  // Spring Cloud Stream's Kafka binder: `configuration` reaches every client the binder creates.
  ['spring.cloud.stream.kafka.binder.configuration', 'common'],
  ['spring.cloud.stream.kafka.binder.producer-properties', 'producer'],
  ['spring.cloud.stream.kafka.binder.consumer-properties', 'consumer'],
].map(([spring, role]) => ({ spring: spring!, role: role as Role, prefix: spring!.split('.').map(uniformElement) }));

/** Spring Cloud Stream binder properties that set a Kafka property directly. */
const BINDER_PROPERTIES: readonly (readonly [string, Role, string])[] = [
  ['spring.cloud.stream.kafka.binder.brokers', 'common', 'bootstrap.servers'],
  // The binder's own default is 1, not Kafka's all (KafkaBinderConfigurationProperties.requiredAcks).
  ['spring.cloud.stream.kafka.binder.required-acks', 'producer', 'acks'],
];

function buildSpringIndex(): ReadonlyMap<string, SpringMapping> {
  const index = new Map<string, SpringMapping>();
  for (const key of SPRING_KEYS) {
    if (key.type === 'map') continue;
    const elements = key.name.split('.');
    index.set(uniformName(elements), mappingOfSpringKey(key, elements));
  }
  for (const [spring, role, kafkaKey] of BINDER_PROPERTIES) {
    index.set(uniformName(spring.split('.')), { role, key: kafkaKey, spring, type: 'string', known: true });
  }
  return index;
}

function mappingOfSpringKey(key: SpringKey, elements: readonly string[]): SpringMapping {
  return {
    role: roleOfSpringKafkaName(elements.map(uniformElement)),
    key: key.mapsTo,
    spring: key.name,
    type: key.type,
    known: true,
  };
}

const SPRING_INDEX = buildSpringIndex();

/** Spring's own map properties (`spring.kafka.jaas.options`): their entries are Spring settings. */
const SPRING_MAPS: readonly (readonly string[])[] = SPRING_KEYS.filter(
  (key) => key.type === 'map' && !PASS_THROUGH_MAPS.some((map) => map.spring === key.name),
).map((key) => key.name.split('.').map(uniformElement));

const MAP_NAMES: ReadonlySet<string> = new Set(
  SPRING_KEYS.filter((key) => key.type === 'map').map((key) => uniformName(key.name.split('.'))),
);

function springMapEntry(elements: readonly string[]): SpringMapping | undefined {
  const map = SPRING_MAPS.find((prefix) => startsWithElements(elements, prefix));
  if (!map) return undefined;
  const spring = [...elements.slice(0, map.length).map(kebabElement), ...elements.slice(map.length)].join('.');
  return { role: roleOfSpringKafkaName(map), key: null, spring, type: 'string', known: true };
}

/**
 * Splits a flattened Spring name into its elements: dots separate them, `[...]` keeps a map key
 * with dots whole (`spring.kafka.properties[sasl.jaas.config]`). Empty for a malformed name.
 */
export function springNameElements(name: string): string[] {
  if (!name.includes('[')) return name.split('.');
  const elements: string[] = [];
  let current = '';
  let closedBracket = false;
  for (let index = 0; index < name.length; index++) {
    const char = name[index]!;
    if (char === '[') {
      const close = name.indexOf(']', index + 1);
      if (close === -1) return [];
      if (current !== '') elements.push(current);
      elements.push(name.slice(index + 1, close));
      current = '';
      index = close;
      if (name[index + 1] === '.') index++;
      closedBracket = true;
    } else if (char === '.') {
      elements.push(current);
      current = '';
      closedBracket = false;
    } else {
      current += char;
      closedBracket = false;
    }
  }
  if (!closedBracket) elements.push(current);
  return elements;
}

/** An environment variable name such as `SPRING_KAFKA_PRODUCER_ACKS`. */
function isEnvironmentStyle(name: string): boolean {
  return /^SPRING_[A-Z0-9_]+$/.test(name);
}

/** Whether the first `count` elements, in relaxed-binding form, are those of `uniform` (already in that form). */
function sameUniformStart(elements: readonly string[], uniform: readonly string[], count: number): boolean {
  for (let index = 0; index < count; index++) if (uniformElement(elements[index]!) !== uniform[index]) return false;
  return true;
}

/** Whether the elements name something inside `prefix` (uniform elements): an entry of a map property. */
function startsWithElements(elements: readonly string[], prefix: readonly string[]): boolean {
  return elements.length > prefix.length && sameUniformStart(elements, prefix, prefix.length);
}

function passThroughMapping(elements: readonly string[]): SpringMapping | undefined {
  for (const map of PASS_THROUGH_MAPS) {
    if (!startsWithElements(elements, map.prefix)) continue;
    const key = elements.slice(map.prefix.length).join('.');
    return { role: map.role, key, spring: map.spring, type: 'passthrough', known: true };
  }
  return bindingMapping(elements);
}

/** `spring.cloud.stream.kafka.bindings.<binding>.(producer|consumer).configuration.<kafka key>`. */
function bindingMapping(elements: readonly string[]): SpringMapping | undefined {
  if (elements.length < 9 || uniformName(elements.slice(0, 5)) !== 'spring.cloud.stream.kafka.bindings') return undefined;
  const side = uniformElement(elements[6]!);
  if ((side !== 'producer' && side !== 'consumer') || uniformElement(elements[7]!) !== 'configuration') return undefined;
  const binding = elements[5]!;
  return {
    role: side,
    key: elements.slice(8).join('.'),
    spring: `spring.cloud.stream.kafka.bindings.${binding}.${side}.configuration`,
    type: 'passthrough',
    known: true,
    group: binding,
  };
}

const SPRING_KAFKA_ROOTS = [
  ['spring', 'kafka'],
  ['spring', 'cloud', 'stream', 'kafka'],
];

/** Whether these elements are `spring.kafka` or the Kafka binder, or below them: every name under them counts. */
export function isUnderSpringKafka(elements: readonly string[]): boolean {
  return SPRING_KAFKA_ROOTS.some((root) => root.length <= elements.length && sameUniformStart(elements, root, root.length));
}

/**
 * Whether names under these elements can still reach a Kafka setting (`spring`, `spring.cloud`,
 * anything under `spring.kafka`): lets a walk of a large YAML file skip `server:`, `management:`…
 */
export function mayLeadToSpringKafka(elements: readonly string[]): boolean {
  return SPRING_KAFKA_ROOTS.some((root) => sameUniformStart(elements, root, Math.min(root.length, elements.length)));
}

/**
 * The Spring property that sets a Kafka key in a view of this role, relative to the section
 * (`producer`, `acks` → `acks`; `consumer`, `enable.auto.commit` → `enable-auto-commit`), when
 * Spring has one with a single-element name there.
 */
export function springPropertyFor(role: Role, kafkaKey: string): string | undefined {
  return NATIVE_PROPERTIES.get(`${role}\u0000${kafkaKey}`);
}

const NATIVE_PROPERTIES: ReadonlyMap<string, string> = (() => {
  const native = new Map<string, string>();
  for (const key of SPRING_KEYS) {
    if (!key.mapsTo || !key.name.startsWith('spring.kafka.')) continue;
    const elements = key.name.split('.').slice(2);
    const section = elements.length === 2 ? SECTION_ROLES[elements[0]!] : elements.length === 1 ? 'common' : undefined;
    if (section) native.set(`${section}\u0000${key.mapsTo}`, elements[elements.length - 1]!);
  }
  return native;
})();

/**
 * What a flattened Spring property name sets, following Spring Boot's relaxed binding
 * (`enable-auto-commit`, `enableAutoCommit`, `enable_auto_commit`, `SPRING_KAFKA_CONSUMER_ENABLEAUTOCOMMIT`)
 * and its pass-through maps (`spring.kafka.properties.*`, `spring.kafka.<client>.properties.*`, the
 * Spring Cloud Stream Kafka binder's `configuration`, `producer-properties`, `consumer-properties`).
 * Undefined for names outside `spring.kafka` and the Kafka binder.
 */
export function springToKafka(flattenedKey: string): SpringMapping | undefined {
  // Spring maps an environment variable by lower-casing it and reading `_` as `.`; dashes are
  // dropped from the names it compares, so ENABLEAUTOCOMMIT is how `enable-auto-commit` is written.
  const elements = isEnvironmentStyle(flattenedKey)
    ? flattenedKey.toLowerCase().split('_')
    : springNameElements(flattenedKey);
  return springMappingOf(elements);
}

/**
 * `springToKafka` for a name already split into elements (a walk of nested YAML maps). The YAML and
 * properties extractors ask through `SpringPath`, which remembers each name's answer.
 */
export function springMappingOf(elements: readonly string[]): SpringMapping | undefined {
  if (elements.length < 3 || elements.some((element) => element === '')) return undefined;
  const passThrough = passThroughMapping(elements);
  if (passThrough) return passThrough.key === '' ? undefined : passThrough;
  const uniform = uniformName(elements);
  const known = SPRING_INDEX.get(uniform);
  if (known) return known;
  if (MAP_NAMES.has(uniform)) return undefined;
  const mapEntry = springMapEntry(elements);
  if (mapEntry) return mapEntry;
  if (!uniform.startsWith('spring.kafka.')) return undefined;
  const spring = elements.map(kebabElement).join('.');
  return { role: roleOfSpringKafkaName(spring.split('.').map(uniformElement)), key: null, spring, type: 'string', known: false };
}

/**
 * The key a view files a Spring-only setting under: `spring.kafka.listener.ack-mode` →
 * `spring.listener.ack-mode`, so rules read Spring's own settings beside Kafka's.
 */
export function springViewKey(spring: string): string {
  return spring.startsWith('spring.kafka.') ? `spring.${spring.slice('spring.kafka.'.length)}` : spring;
}
