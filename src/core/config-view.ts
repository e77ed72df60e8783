import type { SpringMapping } from '../config-lint/catalog/spring-keys.js';
import type { Range, Span } from './location.js';

/**
 * What a set of settings configures. `common` holds settings shared by every client built from it
 * (kafkajs `new Kafka({...})`, Spring `spring.kafka.properties.*`, a Java file whose role is unknown).
 */
export type Role = 'producer' | 'consumer' | 'admin' | 'topic' | 'broker' | 'streams' | 'common';

/**
 * The library that reads the settings. It decides defaults and start-up validations: kafkajs
 * `idempotent` defaults to false, Java (>= 3.0) `enable.idempotence` to true, librdkafka to false.
 * The Confluent client's KafkaJS API runs librdkafka underneath, so its views say `librdkafka`.
 */
export type Client = 'kafkajs' | 'java' | 'librdkafka';

/**
 * Where in the client API the settings sit. kafkajs splits producer settings between the producer
 * (`idempotent`) and each send (`acks`); consumers between the consumer and `run()` (`autoCommit`).
 */
export type Scope = 'client' | 'send' | 'run';

/** A statically known value. `undefined` in an entry means the value is computed at run time. */
export type ConfigScalar = string | number | boolean | null;

/** One setting as written, keyed by its canonical Kafka property name. */
export interface ConfigEntry {
  /** Canonical Kafka (or librdkafka, for `librdkafka` views) property name: `enable.idempotence`. */
  key: string;
  /** The spelling in the source: `idempotent`, `enable-idempotence`, `KAFKA_CFG_ENABLE_IDEMPOTENCE`. */
  written: string;
  /** The value when statically known; `undefined` when it is computed at run time. */
  value: ConfigScalar | undefined;
  /** The value's source text (for messages). */
  text: string;
  keySpan: Span;
  valueSpan: Span;
  /**
   * Source text that writes `value` in place of this entry's value (its `valueSpan.range`), in the
   * syntax of the file: `-1` in JS, `all` in a properties file, `"all"` inside a quoted YAML scalar.
   * Absent when the value cannot be rewritten safely (a value built by an expression, a multi-line value).
   */
  formatValue?: (value: ConfigScalar) => string;
  /** For an entry of a Spring view: the Spring property it was written as (for checks of Spring's names). */
  spring?: SpringOrigin;
}

/** The Spring property behind an entry of a Spring view. */
export interface SpringOrigin {
  mapping: SpringMapping;
  /** The property's name split into elements, as written (`spring`, `kafka`, `consumer`, `maxPollRecords`). */
  elements: readonly string[];
}

/** An edit that adds a missing setting. */
export interface Insertion {
  range: Range;
  text: string;
}

/** The settings of one client, topic or broker, wherever they were written. */
export interface ConfigView {
  role: Role;
  client: Client;
  scope: Scope;
  /** Where the view came from, for messages and tests: `kafkajs`, `confluent`, `nestjs`, `java-properties`, `spring`, `strimzi`, `compose`, … */
  dialect: string;
  /** Every entry in source order; a key set twice appears twice. */
  entries: readonly ConfigEntry[];
  /** The effective entry for a canonical key (the last one written), if any. */
  get(key: string): ConfigEntry | undefined;
  /**
   * Whether every setting is visible. False when a spread, a computed key or a reference to an
   * unknown object may add settings: rules must then not report a setting as missing.
   */
  complete: boolean;
  /** Where to report a setting that is missing: the options object, the call, the section key. */
  anchor: Span;
  /** Number of brokers in the cluster this view belongs to, when the file shows it (compose, Strimzi, a KRaft combined-mode voter list). */
  brokers?: number;
  /**
   * How to add a missing setting in this view's syntax, when that can be done safely. `key` is the
   * canonical name; the view spells it as its syntax wants (`idempotent: true` in kafkajs options,
   * `'enable.idempotence': true` in librdkafka ones, `KAFKA_…` in a compose environment).
   */
  insert?: (key: string, value: ConfigScalar) => Insertion | undefined;
  /** The Kubernetes workload that runs the client, for views read from a workload manifest. */
  workload?: Workload;
  /**
   * The Kubernetes resource kind the view was read from (`KafkaTopic`, `KafkaConnect`, …), for views
   * of Strimzi resources: a topic view of a `KafkaTopic` holds topic configs, one of a Connect worker
   * holds the replication factors of the topics Connect creates.
   */
  resource?: string;
}

/** A Kubernetes Deployment or StatefulSet whose container configures a client. */
export interface Workload {
  kind: 'Deployment' | 'StatefulSet';
  /** `metadata.name`, when written. */
  name?: string;
  /** `spec.replicas` when written as a number (Kubernetes defaults to 1; an autoscaler may change it). */
  replicas?: number;
  /**
   * An environment variable of the container that holds its pod name (downward API `metadata.name`):
   * the application may use it (as `group.instance.id`, say) without the manifest showing how.
   */
  podNameVariable?: string;
}
