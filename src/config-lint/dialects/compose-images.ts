/**
 * Kafka images and how each turns `KAFKA_*` environment variables into broker properties.
 *
 * - apache/kafka, apache/kafka-native: `KafkaDockerWrapper.getServerConfigsFromEnv`
 *   (apache/kafka `core/src/main/scala/kafka/docker/KafkaDockerWrapper.scala`): drop `KAFKA_`,
 *   lower-case, `_` → `.`, then `...` → `-` and `..` → `_` (so `___` → `-`, `__` → `_`); its test
 *   maps `KAFKA_VALID___PROPERTY__ALL_CASES` to `valid-property_all.cases`. Excluded names are its
 *   `ExcludeServerPropsEnv`.
 * - confluentinc/cp-kafka, cp-server: the `ub` utility's `ConvertKey` (confluentinc/common-docker,
 *   copied as apache/kafka `docker/jvm/ub/ub.go`), the same rules. Confluent's configuration page
 *   words the `__`/`___` rule the other way round; the code above is what the images run.
 * - bitnami/kafka, bitnamilegacy/kafka: `kafka_configure_from_environment_variables` in the image's
 *   `libkafka.sh` (bitnami/containers): only `KAFKA_CFG_*`, prefix dropped, `_` → `.`, lower-cased,
 *   then `sasl.ssl` → `sasl_ssl` and `sasl.plaintext` → `sasl_plaintext`; empty values are skipped.
 * - wurstmeister/kafka: `start-kafka.sh` (wurstmeister/kafka-docker): every `KAFKA_*` but its
 *   `EXCLUSIONS`, `cut -d_ -f2-` then `tr _ .`, lower-cased.
 */
export type ImageFamily = 'apache' | 'confluent' | 'bitnami' | 'wurstmeister';

const FAMILY_OF_REPOSITORY: ReadonlyMap<string, ImageFamily> = new Map([
  ['apache/kafka', 'apache'],
  ['apache/kafka-native', 'apache'],
  ['confluentinc/cp-kafka', 'confluent'],
  ['confluentinc/cp-server', 'confluent'],
  ['confluentinc/cp-enterprise-kafka', 'confluent'],
  ['bitnami/kafka', 'bitnami'],
  ['bitnamilegacy/kafka', 'bitnami'],
  ['wurstmeister/kafka', 'wurstmeister'],
]);

/** `${KAFKA_IMAGE:-apache/kafka:3.8.0}` → its default; an image named only by a variable is unknown. */
function withDefaultsSubstituted(image: string): string {
  return image.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}/g, (_match, fallback: string | undefined) => fallback ?? '');
}

/**
 * The family of a compose `image:` (`confluentinc/cp-kafka:7.6.1`, `docker.io/bitnami/kafka:3.7`,
 * `registry.local:5000/apache/kafka@sha256:…`), or undefined for any other image.
 */
export function imageFamily(image: string): ImageFamily | undefined {
  const reference = withDefaultsSubstituted(image.trim()).toLowerCase();
  const withoutDigest = reference.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  const repository = colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
  const segments = repository.split('/');
  // The last two segments name the image wherever it is mirrored (`my.registry/dockerhub/apache/kafka`).
  return FAMILY_OF_REPOSITORY.get(segments.slice(-2).join('/'));
}

/** Apache's `ExcludeServerPropsEnv`; Confluent's images read the same JVM and logging variables. */
const APACHE_EXCLUDED: ReadonlySet<string> = new Set([
  'KAFKA_VERSION',
  'KAFKA_HEAP_OPTS',
  'KAFKA_LOG4J_OPTS',
  'KAFKA_OPTS',
  'KAFKA_JMX_OPTS',
  'KAFKA_JVM_PERFORMANCE_OPTS',
  'KAFKA_GC_LOG_OPTS',
  'KAFKA_LOG4J_ROOT_LOGLEVEL',
  'KAFKA_LOG4J_LOGGERS',
  'KAFKA_TOOLS_LOG4J_LOGLEVEL',
  'KAFKA_JMX_HOSTNAME',
]);

/** JVM, logging and wrapper settings read by the images' scripts, never written to server.properties. */
const NOT_PROPERTIES: Readonly<Record<ImageFamily, ReadonlySet<string>>> = {
  apache: APACHE_EXCLUDED,
  confluent: APACHE_EXCLUDED,
  bitnami: new Set(),
  wurstmeister: new Set([
    'KAFKA_VERSION',
    'KAFKA_HOME',
    'KAFKA_DEBUG',
    'KAFKA_GC_LOG_OPTS',
    'KAFKA_HEAP_OPTS',
    'KAFKA_JMX_OPTS',
    'KAFKA_JVM_PERFORMANCE_OPTS',
    'KAFKA_LOG',
    'KAFKA_OPTS',
    // Read by create-topics.sh and start-kafka.sh themselves.
    'KAFKA_CREATE_TOPICS',
    'KAFKA_ADVERTISED_PROTOCOL_NAME',
    'KAFKA_PROTOCOL_NAME',
  ]),
};

/**
 * Variables the startup scripts of the Apache and Confluent images read to locate keystores
 * (`configure`: `KAFKA_SSL_KEYSTORE_FILENAME`, `KAFKA_SSL_KEY_CREDENTIALS`, …), and JVM/logging
 * settings of any family: they are not broker properties even when a wrapper writes them out.
 */
function isImageSetting(name: string): boolean {
  return (
    /^KAFKA_SSL_(?:KEYSTORE|TRUSTSTORE)_(?:FILENAME|CREDENTIALS)$/.test(name) ||
    name === 'KAFKA_SSL_KEY_CREDENTIALS' ||
    /^KAFKA_(?:LOG4J|JMX)_/.test(name) ||
    /^KAFKA_[A-Z0-9_]*_OPTS$/.test(name) ||
    name === 'KAFKA_OPTS'
  );
}

function apacheStyleKey(rest: string): string {
  return rest.toLowerCase().replace(/_/g, '.').replace(/\.\.\./g, '-').replace(/\.\./g, '_');
}

const BITNAMI_EXCEPTIONS: readonly (readonly [RegExp, string])[] = [
  [/sasl\.ssl/g, 'sasl_ssl'],
  [/sasl\.plaintext/g, 'sasl_plaintext'],
];

function bitnamiKey(name: string): string | undefined {
  if (!name.startsWith('KAFKA_CFG_') || name.length === 'KAFKA_CFG_'.length) return undefined;
  if (name === 'KAFKA_CFG_ZOOKEEPER_CLIENTCNXNSOCKET') return 'zookeeper.clientCnxnSocket';
  let key = name.slice('KAFKA_CFG_'.length).replace(/_/g, '.').toLowerCase();
  for (const [pattern, replacement] of BITNAMI_EXCEPTIONS) key = key.replace(pattern, replacement);
  return key;
}

/** The broker property an environment variable sets in an image of this family, if any. */
export function envToKafkaKey(family: ImageFamily, name: string): string | undefined {
  if (family === 'bitnami') return bitnamiKey(name);
  if (!name.startsWith('KAFKA_') || name.length === 'KAFKA_'.length) return undefined;
  if (NOT_PROPERTIES[family].has(name) || isImageSetting(name)) return undefined;
  const rest = name.slice('KAFKA_'.length);
  return family === 'wurstmeister' ? rest.toLowerCase().replace(/_/g, '.') : apacheStyleKey(rest);
}

/** The environment variable that sets a broker property in an image of this family, when one can. */
export function kafkaKeyToEnv(family: ImageFamily, key: string): string | undefined {
  if (!/^[a-z0-9._-]+$/.test(key)) return undefined;
  if (family === 'apache' || family === 'confluent') {
    return `KAFKA_${key.replace(/_/g, '__').replace(/-/g, '___').replace(/\./g, '_').toUpperCase()}`;
  }
  const dotted = family === 'bitnami' ? key.replace(/sasl_ssl/g, 'sasl.ssl').replace(/sasl_plaintext/g, 'sasl.plaintext') : key;
  if (/[_-]/.test(dotted)) return undefined;
  return `${family === 'bitnami' ? 'KAFKA_CFG_' : 'KAFKA_'}${dotted.replace(/\./g, '_').toUpperCase()}`;
}
