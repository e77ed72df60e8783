import type { ConfigScalar, Role } from '../../core/config-view.js';

/** The roles whose keys Kafka itself defines (a `common` view has no catalog of its own). */
export type KafkaRole = Exclude<Role, 'common'>;

/** Java `ConfigDef.Type`, lower-cased. */
export type KafkaType = 'boolean' | 'string' | 'int' | 'short' | 'long' | 'double' | 'list' | 'class' | 'password';

/** One key of a Java client, topic, broker or Kafka Streams config definition. */
export interface KafkaKey {
  name: string;
  type: KafkaType;
  /**
   * The default as the Java client holds it once parsed (`true`, `45000`, `"all"`); lists are the
   * comma-joined string Kafka prints. `null` when Kafka's default is null. Longs above 2^53
   * (`Long.MAX_VALUE`) are approximated by the nearest double.
   */
  default: ConfigScalar;
  /** No default: the client refuses to start without it. */
  required?: true;
  range?: { min: number | null; max: number | null };
  /** Numbers accepted outside `range` (`compression.gzip.level` takes -1 or 1..9). */
  alsoValid?: readonly number[];
  /** The values the validator accepts, as Kafka spells them. */
  validValues?: readonly string[];
  /** `validValues` are compared ignoring case. */
  caseInsensitive?: true;
  deprecated?: true;
  /** Defined with `defineInternal`: accepted but not documented. */
  internal?: true;
  /** Broker key of ZooKeeper mode, which Kafka 4.0 removed. */
  zkModeRelated?: true;
  /** Absent from the Kafka 4.0 development snapshot: removed in 4.0. */
  removedIn4?: true;
  /** For a topic key: the broker key that supplies its default (`log.retention.ms`). */
  serverDefault?: string;
}

/** librdkafka's CONFIGURATION.md type column, shortened. */
export type LibrdkafkaType = 'integer' | 'float' | 'boolean' | 'string' | 'enum' | 'flags' | 'patterns' | 'pointer';

/** One row of librdkafka's CONFIGURATION.md. */
export interface LibrdkafkaKey {
  name: string;
  /** Global (client) or topic-level property. */
  level: 'global' | 'topic';
  /** `P` producer, `C` consumer, `*` both. */
  scope: 'P' | 'C' | '*';
  type: LibrdkafkaType;
  default: ConfigScalar;
  range?: { min: number; max: number };
  validValues?: readonly string[];
  /** The property this name is an alias of, as librdkafka documents it. */
  aliasOf?: string;
  deprecated?: true;
  experimental?: true;
}

/** A librdkafka key with its alias resolved. */
export interface ResolvedLibrdkafkaKey extends LibrdkafkaKey {
  /**
   * The name config views use for this setting: the Java client's name when one of the aliases is a
   * Java client key (`request.required.acks` → `acks`, `queue.buffering.max.ms` → `linger.ms`),
   * else librdkafka's own primary name.
   */
  canonical: string;
}

/** How Spring Boot converts a `spring.kafka.*` value before handing it to Kafka. */
export type SpringValueType =
  | 'string'
  | 'list'
  | 'boolean'
  | 'integer'
  | 'number'
  | 'duration'
  | 'data-size'
  | 'class'
  | 'enum'
  | 'map';

/** One property of Spring Boot's `KafkaProperties`. */
export interface SpringKey {
  /** Canonical (kebab-case) name; a map property is named without its `.*`. */
  name: string;
  type: SpringValueType;
  /** The Kafka property it sets, or null for Spring's own settings. */
  mapsTo: string | null;
  deprecated?: true;
  /** First Spring Boot version (of those catalogued) that no longer has it. */
  removedIn?: string;
}
