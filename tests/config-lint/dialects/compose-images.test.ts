import { describe, expect, it } from 'vitest';

import { envToKafkaKey, imageFamily, kafkaKeyToEnv } from '../../../src/config-lint/dialects/compose-images.js';

describe('imageFamily', () => {
  it('recognises Kafka images however they are referenced', () => {
    expect(imageFamily('confluentinc/cp-kafka:7.6.1')).toBe('confluent');
    expect(imageFamily('confluentinc/cp-server')).toBe('confluent');
    expect(imageFamily('apache/kafka:3.8.0')).toBe('apache');
    expect(imageFamily('apache/kafka-native:3.8.0')).toBe('apache');
    expect(imageFamily('docker.io/bitnami/kafka:3.7')).toBe('bitnami');
    expect(imageFamily('bitnamilegacy/kafka:3.9.0-debian-12-r0')).toBe('bitnami');
    expect(imageFamily('wurstmeister/kafka:2.13-2.8.1')).toBe('wurstmeister');
    expect(imageFamily('registry.local:5000/mirror/apache/kafka@sha256:0123abcd')).toBe('apache');
    expect(imageFamily('${KAFKA_IMAGE:-confluentinc/cp-kafka:7.5.0}')).toBe('confluent');
    expect(imageFamily('Apache/Kafka:3.8.0')).toBe('apache');
  });

  it('ignores other images, including look-alikes', () => {
    expect(imageFamily('confluentinc/cp-schema-registry:7.6.1')).toBeUndefined();
    expect(imageFamily('provectuslabs/kafka-ui')).toBeUndefined();
    expect(imageFamily('bitnami/kafka-exporter')).toBeUndefined();
    expect(imageFamily('apache/kafkaesque')).toBeUndefined();
    expect(imageFamily('${KAFKA_IMAGE}')).toBeUndefined();
    expect(imageFamily('')).toBeUndefined();
  });
});

describe('envToKafkaKey', () => {
  it('follows the Apache and Confluent wrappers: _ is a dot, __ an underscore, ___ a dash', () => {
    expect(envToKafkaKey('apache', 'KAFKA_DEFAULT_REPLICATION_FACTOR')).toBe('default.replication.factor');
    expect(envToKafkaKey('apache', 'KAFKA_VALID___PROPERTY__ALL_CASES')).toBe('valid-property_all.cases');
    expect(envToKafkaKey('confluent', 'KAFKA_LISTENER_NAME_INTERNAL_SCRAM___SHA___256_SASL_JAAS_CONFIG')).toBe(
      'listener.name.internal.scram-sha-256.sasl.jaas.config',
    );
    expect(envToKafkaKey('confluent', 'KAFKA_A_B_C')).toBe('a.b.c');
  });

  it('skips JVM, logging and wrapper variables', () => {
    for (const name of [
      'KAFKA_HEAP_OPTS',
      'KAFKA_OPTS',
      'KAFKA_JVM_PERFORMANCE_OPTS',
      'KAFKA_LOG4J_ROOT_LOGLEVEL',
      'KAFKA_LOG4J_LOGGERS',
      'KAFKA_JMX_PORT',
      'KAFKA_JMX_HOSTNAME',
      'KAFKA_VERSION',
      'KAFKA_SSL_KEYSTORE_FILENAME',
      'KAFKA_SSL_KEY_CREDENTIALS',
      'CLUSTER_ID',
      'KAFKA_',
    ]) {
      expect(envToKafkaKey('apache', name), name).toBeUndefined();
    }
    expect(envToKafkaKey('wurstmeister', 'KAFKA_CREATE_TOPICS')).toBeUndefined();
    expect(envToKafkaKey('wurstmeister', 'KAFKA_LOG_DIRS')).toBe('log.dirs');
    expect(envToKafkaKey('wurstmeister', 'KAFKA_A__B')).toBe('a..b');
  });

  it('reads only KAFKA_CFG_ variables for Bitnami', () => {
    expect(envToKafkaKey('bitnami', 'KAFKA_CFG_NUM_PARTITIONS')).toBe('num.partitions');
    expect(envToKafkaKey('bitnami', 'KAFKA_CFG_LISTENER_SECURITY_PROTOCOL_MAP')).toBe('listener.security.protocol.map');
    expect(envToKafkaKey('bitnami', 'KAFKA_CFG_SASL_PLAINTEXT')).toBe('sasl_plaintext');
    expect(envToKafkaKey('bitnami', 'KAFKA_NUM_PARTITIONS')).toBeUndefined();
    expect(envToKafkaKey('bitnami', 'KAFKA_KRAFT_CLUSTER_ID')).toBeUndefined();
    expect(envToKafkaKey('bitnami', 'KAFKA_CFG_')).toBeUndefined();
  });
});

describe('kafkaKeyToEnv', () => {
  it('is the inverse of each family’s mapping, when one exists', () => {
    expect(kafkaKeyToEnv('apache', 'min.insync.replicas')).toBe('KAFKA_MIN_INSYNC_REPLICAS');
    expect(kafkaKeyToEnv('confluent', 'valid-property_all.cases')).toBe('KAFKA_VALID___PROPERTY__ALL_CASES');
    expect(kafkaKeyToEnv('bitnami', 'min.insync.replicas')).toBe('KAFKA_CFG_MIN_INSYNC_REPLICAS');
    expect(kafkaKeyToEnv('bitnami', 'listener.name.sasl_ssl.plain.sasl.jaas.config')).toBe(
      'KAFKA_CFG_LISTENER_NAME_SASL_SSL_PLAIN_SASL_JAAS_CONFIG',
    );
    expect(kafkaKeyToEnv('bitnami', 'a_b')).toBeUndefined();
    expect(kafkaKeyToEnv('wurstmeister', 'a-b')).toBeUndefined();
    expect(kafkaKeyToEnv('apache', 'zookeeper.clientCnxnSocket')).toBeUndefined();
  });
});
