import { describe, expect, it } from 'vitest';

import { applyEdit, entriesOf, extract, textOf } from './extract.js';

/** In the style of Confluent's cp-all-in-one (KRaft), with a non-Kafka service beside it. */
const CP_ALL_IN_ONE = `services:
  broker:
    image: confluentinc/cp-server:7.6.1
    hostname: broker
    container_name: broker
    ports:
      - "9092:9092"
      - "9101:9101"
    environment:
      KAFKA_NODE_ID: 1
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT'
      KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://broker:29092,PLAINTEXT_HOST://localhost:9092'
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0
      KAFKA_CONFLUENT_LICENSE_TOPIC_REPLICATION_FACTOR: 1
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: 1
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: "1"
      KAFKA_JMX_PORT: 9101
      KAFKA_JMX_HOSTNAME: localhost
      KAFKA_PROCESS_ROLES: 'broker,controller'
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@broker:29093'
      KAFKA_LOG_DIRS: '/tmp/kraft-combined-logs'
      KAFKA_HEAP_OPTS: "-Xmx1G"
      KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE: true
      CLUSTER_ID: 'MkU3OEVBNTcwNTJENDM2Qk'

  schema-registry:
    image: confluentinc/cp-schema-registry:7.6.1
    depends_on:
      - broker
    environment:
      SCHEMA_REGISTRY_HOST_NAME: schema-registry
      SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS: 'broker:29092'
`;

describe('docker-compose with Confluent images', () => {
  const model = extract('cp-all-in-one/docker-compose.yml', CP_ALL_IN_ONE);

  it('gives one broker view per Kafka service, env names mapped to properties', () => {
    expect(model.dialect).toBe('compose');
    expect(model.views).toHaveLength(1);
    const view = model.views[0]!;
    expect(view).toMatchObject({ role: 'broker', client: 'java', dialect: 'compose', complete: true, brokers: 1 });
    expect(entriesOf(view)).toEqual([
      { key: 'node.id', written: 'KAFKA_NODE_ID', value: 1, at: '10:6' },
      {
        key: 'listener.security.protocol.map',
        written: 'KAFKA_LISTENER_SECURITY_PROTOCOL_MAP',
        value: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT',
        at: '11:6',
      },
      {
        key: 'advertised.listeners',
        written: 'KAFKA_ADVERTISED_LISTENERS',
        value: 'PLAINTEXT://broker:29092,PLAINTEXT_HOST://localhost:9092',
        at: '12:6',
      },
      { key: 'offsets.topic.replication.factor', written: 'KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR', value: 1, at: '13:6' },
      { key: 'group.initial.rebalance.delay.ms', written: 'KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS', value: 0, at: '14:6' },
      {
        key: 'confluent.license.topic.replication.factor',
        written: 'KAFKA_CONFLUENT_LICENSE_TOPIC_REPLICATION_FACTOR',
        value: '1',
        at: '15:6',
      },
      { key: 'transaction.state.log.min.isr', written: 'KAFKA_TRANSACTION_STATE_LOG_MIN_ISR', value: 1, at: '16:6' },
      {
        key: 'transaction.state.log.replication.factor',
        written: 'KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR',
        value: 1,
        at: '17:6',
      },
      { key: 'process.roles', written: 'KAFKA_PROCESS_ROLES', value: 'broker,controller', at: '20:6' },
      { key: 'controller.quorum.voters', written: 'KAFKA_CONTROLLER_QUORUM_VOTERS', value: '1@broker:29093', at: '21:6' },
      { key: 'log.dirs', written: 'KAFKA_LOG_DIRS', value: '/tmp/kraft-combined-logs', at: '22:6' },
      { key: 'unclean.leader.election.enable', written: 'KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE', value: true, at: '24:6' },
    ]);
    expect(view.anchor.loc.start).toEqual({ line: 9, column: 4 });
  });

  it('rewrites env values keeping their quoting, and adds variables in the image’s naming', () => {
    const view = model.views[0]!;
    const offsets = view.get('offsets.topic.replication.factor')!;
    expect(applyEdit(CP_ALL_IN_ONE, offsets.valueSpan.range, offsets.formatValue!(3))).toContain(
      'KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 3\n',
    );
    const transactions = view.get('transaction.state.log.replication.factor')!;
    expect(textOf(CP_ALL_IN_ONE, transactions.valueSpan)).toBe('"1"');
    expect(transactions.formatValue!(3)).toBe('"3"');
    expect(view.get('listener.security.protocol.map')!.formatValue!("it's")).toBe("'it''s'");
    const insertion = view.insert!('min.insync.replicas', 2)!;
    expect(applyEdit(CP_ALL_IN_ONE, insertion.range, insertion.text)).toContain(
      "      CLUSTER_ID: 'MkU3OEVBNTcwNTJENDM2Qk'\n      KAFKA_MIN_INSYNC_REPLICAS: 2\n",
    );
    expect(view.insert!('confluent_x-y.z', 'a')!.text).toBe('\n      KAFKA_CONFLUENT__X___Y_Z: a');
  });
});

/** Bitnami KRaft cluster sharing its settings through an anchor and merge keys. */
const BITNAMI_KRAFT = `x-kafka-env: &kafka-env
  KAFKA_CFG_PROCESS_ROLES: controller,broker
  KAFKA_CFG_CONTROLLER_QUORUM_VOTERS: 0@kafka-0:9093,1@kafka-1:9093,2@kafka-2:9093
  KAFKA_CFG_CONTROLLER_LISTENER_NAMES: CONTROLLER
  KAFKA_CFG_DEFAULT_REPLICATION_FACTOR: 1
  KAFKA_CFG_MIN_INSYNC_REPLICAS: 1
  KAFKA_CFG_LISTENER_NAME_SASL_SSL_SCRAM_SHA_256_SASL_JAAS_CONFIG: ""
  KAFKA_KRAFT_CLUSTER_ID: abcdefghijklmnopqrstuv
  KAFKA_HEAP_OPTS: -Xmx512m

x-kafka: &kafka
  image: docker.io/bitnami/kafka:3.7
  restart: always

services:
  kafka-0:
    <<: *kafka
    environment:
      <<: *kafka-env
      KAFKA_CFG_NODE_ID: 0
  kafka-1:
    <<: *kafka
    environment:
      <<: *kafka-env
      KAFKA_CFG_NODE_ID: 1
      KAFKA_CFG_MIN_INSYNC_REPLICAS: 2
  kafka-2:
    <<: *kafka
    environment:
      <<: *kafka-env
      KAFKA_CFG_NODE_ID: 2
`;

describe('docker-compose with Bitnami images and anchors', () => {
  const model = extract('compose.yaml', BITNAMI_KRAFT);

  it('follows merge keys for the image and the environment', () => {
    expect(model.dialect).toBe('compose');
    expect(model.views.map((view) => [view.role, view.brokers, view.complete])).toEqual([
      ['broker', 3, true],
      ['broker', 3, true],
      ['broker', 3, true],
    ]);
    expect(entriesOf(model.views[0])).toEqual([
      { key: 'process.roles', written: 'KAFKA_CFG_PROCESS_ROLES', value: 'controller,broker', at: '2:2' },
      {
        key: 'controller.quorum.voters',
        written: 'KAFKA_CFG_CONTROLLER_QUORUM_VOTERS',
        value: '0@kafka-0:9093,1@kafka-1:9093,2@kafka-2:9093',
        at: '3:2',
      },
      { key: 'controller.listener.names', written: 'KAFKA_CFG_CONTROLLER_LISTENER_NAMES', value: 'CONTROLLER', at: '4:2' },
      { key: 'default.replication.factor', written: 'KAFKA_CFG_DEFAULT_REPLICATION_FACTOR', value: 1, at: '5:2' },
      { key: 'min.insync.replicas', written: 'KAFKA_CFG_MIN_INSYNC_REPLICAS', value: 1, at: '6:2' },
      { key: 'node.id', written: 'KAFKA_CFG_NODE_ID', value: 0, at: '20:6' },
    ]);
  });

  it('lets a service override a merged variable', () => {
    expect(entriesOf(model.views[1])?.slice(-2)).toEqual([
      { key: 'node.id', written: 'KAFKA_CFG_NODE_ID', value: 1, at: '25:6' },
      { key: 'min.insync.replicas', written: 'KAFKA_CFG_MIN_INSYNC_REPLICAS', value: 2, at: '26:6' },
    ]);
    expect(model.views[1]!.entries.filter((entry) => entry.key === 'min.insync.replicas')).toHaveLength(1);
  });

  it('shares one entry object per anchored variable, and does not rewrite it', () => {
    const [first, , third] = model.views;
    const shared = first!.get('default.replication.factor')!;
    expect(third!.get('default.replication.factor')).toBe(shared);
    expect(shared.formatValue).toBeUndefined();
    expect(first!.get('node.id')!.formatValue!(5)).toBe('5');
  });

  it('maps Bitnami names with its exceptions and adds KAFKA_CFG_ variables', () => {
    const bitnami = extract('docker-compose.yml', 'services:\n  k:\n    image: bitnami/kafka\n    environment:\n      KAFKA_CFG_LISTENER_NAME_SASL_SSL_PLAIN_SASL_JAAS_CONFIG: x\n      KAFKA_CFG_ZOOKEEPER_CLIENTCNXNSOCKET: y\n');
    expect(bitnami.views[0]!.entries.map((entry) => entry.key)).toEqual([
      'listener.name.sasl_ssl.plain.sasl.jaas.config',
      'zookeeper.clientCnxnSocket',
    ]);
    expect(model.views[0]!.insert).toBeDefined();
    const insertion = model.views[0]!.insert!('num.partitions', 6)!;
    expect(applyEdit(BITNAMI_KRAFT, insertion.range, insertion.text)).toContain('      KAFKA_CFG_NODE_ID: 0\n      KAFKA_CFG_NUM_PARTITIONS: 6\n');
    expect(model.views[0]!.insert!('log.cleaner.dedupe_buffer', 1)).toBeUndefined();
  });
});

describe('docker-compose, list form and other families', () => {
  const LIST_FORM = `version: "3.8"
services:
  kafka:
    image: apache/kafka:3.8.0
    environment:
      - KAFKA_NODE_ID=1
      - "KAFKA_PROCESS_ROLES=broker,controller"
      - KAFKA_DEFAULT_REPLICATION_FACTOR=\${RF:-1}
      - KAFKA_LOG_RETENTION_MS
      - KAFKA_OPTS=-Dfoo=bar
      - 'KAFKA_NUM_PARTITIONS=3'
      - KAFKA_PASSWORD=pa$$word
  controller:
    image: apache/kafka-native:3.8.0
    environment:
      KAFKA_PROCESS_ROLES: controller
  replicated:
    image: wurstmeister/kafka:2.13-2.8.1
    deploy:
      replicas: 2
    env_file: kafka.env
    environment:
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: "false"
      KAFKA_CREATE_TOPICS: "orders:3:1"
`;
  const model = extract('docker-compose.override.yml', LIST_FORM);

  it('reads the list form with exact spans for the value after =', () => {
    const view = model.views[0]!;
    expect(entriesOf(view)).toEqual([
      { key: 'node.id', written: 'KAFKA_NODE_ID', value: 1, at: '6:8' },
      { key: 'process.roles', written: 'KAFKA_PROCESS_ROLES', value: 'broker,controller', at: '7:9' },
      // Interpolated by compose from the shell: unknown here.
      { key: 'default.replication.factor', written: 'KAFKA_DEFAULT_REPLICATION_FACTOR', value: undefined, at: '8:8' },
      { key: 'log.retention.ms', written: 'KAFKA_LOG_RETENTION_MS', value: undefined, at: '9:8' },
      { key: 'num.partitions', written: 'KAFKA_NUM_PARTITIONS', value: 3, at: '11:9' },
      { key: 'password', written: 'KAFKA_PASSWORD', value: 'pa$word', at: '12:8' },
    ]);
    const partitions = view.get('num.partitions')!;
    expect(textOf(LIST_FORM, partitions.valueSpan)).toBe('3');
    expect(applyEdit(LIST_FORM, partitions.valueSpan.range, partitions.formatValue!(12))).toContain("- 'KAFKA_NUM_PARTITIONS=12'\n");
    expect(view.get('process.roles')!.formatValue!('a"b')).toBe('a\\"b');
    expect(view.insert!('min.insync.replicas', 2)!.text).toBe('\n      - KAFKA_MIN_INSYNC_REPLICAS=2');
  });

  it('counts broker containers only: controllers excluded, replicas included', () => {
    expect(model.views.map((view) => view.brokers)).toEqual([3, 3, 3]);
    expect(model.views[1]!.entries.map((entry) => entry.key)).toEqual(['process.roles']);
  });

  it('does not count Kafka images used as tool boxes (set-up jobs, scripts) as brokers', () => {
    const text = [
      'services:',
      '  kafka:',
      '    image: confluentinc/cp-server:7.7.1',
      '    environment:',
      '      KAFKA_PROCESS_ROLES: broker,controller',
      '      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1',
      '  init-permissions:',
      '    image: confluentinc/cp-server:7.7.1',
      '    entrypoint: /bin/bash',
      '    command: /usr/bin/init_permissions.sh',
      '    environment:',
      '      SUPERUSER_CLIENT_ID: admin',
      '  create-topics:',
      '    image: confluentinc/cp-kafka:7.7.1',
      '    command: kafka-topics --bootstrap-server kafka:9092 --create --topic orders',
      '',
    ].join('\n');
    expect(extract('docker-compose.yml', text).views.map((view) => view.brokers)).toEqual([1, 1, 1]);
  });

  it('does not rewrite a variable anchored where it is written and merged elsewhere', () => {
    const text = 'services:\n  a:\n    image: apache/kafka\n    environment: &env\n      KAFKA_NUM_PARTITIONS: 1\n  b:\n    image: apache/kafka\n    environment:\n      <<: *env\n';
    const [a, b] = extract('compose.yml', text).views;
    expect(a!.get('num.partitions')).toBe(b!.get('num.partitions'));
    expect(a!.get('num.partitions')!.formatValue).toBeUndefined();
    expect(a!.insert).toBeUndefined();
    expect(b!.insert).toBeDefined();
  });

  it('marks a service that extends another as incomplete', () => {
    const text = 'services:\n  kafka:\n    extends:\n      file: common.yml\n      service: kafka\n    image: apache/kafka\n    environment:\n      KAFKA_NODE_ID: 1\n';
    expect(extract('compose.yml', text).views[0]!.complete).toBe(false);
  });

  it('reads wurstmeister names, and marks services with an env_file incomplete', () => {
    const wurstmeister = model.views[2]!;
    expect(entriesOf(wurstmeister)).toEqual([
      { key: 'auto.create.topics.enable', written: 'KAFKA_AUTO_CREATE_TOPICS_ENABLE', value: false, at: '23:6' },
    ]);
    expect(wurstmeister.complete).toBe(false);
    expect(model.views[0]!.complete).toBe(true);
  });
});

/** A Spring Boot service beside its broker, configured through Spring's environment binding. */
const SPRING_APP = `x-kafka-client: &kafka-client
  SPRING_KAFKA_BOOTSTRAP_SERVERS: broker:29092
  SPRING_KAFKA_PRODUCER_RETRIES: "0"
services:
  broker:
    image: apache/kafka:3.8.0
    environment:
      KAFKA_NODE_ID: 1
  checkout:
    build: ./checkout
    environment:
      <<: *kafka-client
      SPRING_PROFILES_ACTIVE: local
      SPRING_KAFKA_PRODUCER_ACKS: "0"
      SPRING_KAFKA_PRODUCER_PROPERTIES_LINGER_MS: \${LINGER_MS:-5}
      SPRING_KAFKA_CONSUMER_GROUP_ID: checkout
      SPRING_KAFKA_CONSUMER_ISOLATION_LEVEL: $$\{ISOLATION}
      KAFKA_TOPIC: orders
  audit:
    image: ghcr.io/acme/audit:1.2
    environment:
      - SPRING_KAFKA_PRODUCER_ACKS=1
      - 'SPRING_KAFKA_PRODUCER_TRANSACTION_ID_PREFIX=audit-'
      - SPRING_KAFKA_PRODUCER_COMPRESSION_TYPE
      - KAFKA_BROKERS=broker:29092
  shipping:
    image: ghcr.io/acme/shipping:1.0
    environment: *kafka-client
`;

describe('docker-compose Spring Boot applications', () => {
  const model = extract('docker-compose.yml', SPRING_APP);

  it('gives Spring producer and consumer views to services that set SPRING_KAFKA_* variables', () => {
    expect(model.dialect).toBe('compose');
    expect(model.views.map((view) => [view.role, view.dialect, view.client, view.complete])).toEqual([
      ['broker', 'compose', 'java', true],
      ['common', 'compose', 'java', false],
      ['consumer', 'compose', 'java', false],
      ['producer', 'compose', 'java', false],
      ['producer', 'compose', 'java', false],
      ['common', 'compose', 'java', false],
      ['producer', 'compose', 'java', false],
    ]);
    // Applications are not brokers: the broker view counts one.
    expect(model.views[0]!.brokers).toBe(1);
    expect(model.views[1]!.brokers).toBeUndefined();
  });

  it('reads the map form, merged variables included, as Spring Boot binds them', () => {
    const [, common, consumer, producer] = model.views;
    expect(entriesOf(common)).toEqual([{ key: 'bootstrap.servers', written: 'SPRING_KAFKA_BOOTSTRAP_SERVERS', value: 'broker:29092', at: '2:2' }]);
    expect(entriesOf(producer)).toEqual([
      { key: 'retries', written: 'SPRING_KAFKA_PRODUCER_RETRIES', value: 0, at: '3:2' },
      { key: 'acks', written: 'SPRING_KAFKA_PRODUCER_ACKS', value: '0', at: '14:6' },
      // Interpolated by compose from the shell or .env: not known here.
      { key: 'linger.ms', written: 'SPRING_KAFKA_PRODUCER_PROPERTIES_LINGER_MS', value: undefined, at: '15:6' },
    ]);
    // `$$` is compose's literal dollar: Spring receives a placeholder it resolves at run time.
    expect(entriesOf(consumer)).toEqual([
      { key: 'group.id', written: 'SPRING_KAFKA_CONSUMER_GROUP_ID', value: 'checkout', at: '16:6' },
      { key: 'isolation.level', written: 'SPRING_KAFKA_CONSUMER_ISOLATION_LEVEL', value: undefined, at: '17:6' },
    ]);
    expect(producer!.get('bootstrap.servers')).toBe(common!.get('bootstrap.servers'));
    for (const view of [common, consumer, producer]) expect(view!.anchor.loc.start).toEqual({ line: 11, column: 4 });
  });

  it('keeps exact spans, rewrites values in their quoting, and never rewrites an anchored one', () => {
    const producer = model.views[3]!;
    const acks = producer.get('acks')!;
    expect(textOf(SPRING_APP, acks.keySpan)).toBe('SPRING_KAFKA_PRODUCER_ACKS');
    expect(textOf(SPRING_APP, acks.valueSpan)).toBe('"0"');
    expect(acks.valueSpan.loc).toEqual({ start: { line: 14, column: 34 }, end: { line: 14, column: 37 } });
    expect(applyEdit(SPRING_APP, acks.valueSpan.range, acks.formatValue!('all'))).toContain('      SPRING_KAFKA_PRODUCER_ACKS: "all"\n');
    expect(producer.get('retries')!.formatValue).toBeUndefined();
  });

  it('reads the list form, a variable passed through from the shell as unknown', () => {
    const audit = model.views[4]!;
    expect(entriesOf(audit)).toEqual([
      { key: 'acks', written: 'SPRING_KAFKA_PRODUCER_ACKS', value: '1', at: '22:8' },
      { key: 'spring.producer.transaction-id-prefix', written: 'SPRING_KAFKA_PRODUCER_TRANSACTION_ID_PREFIX', value: 'audit-', at: '23:9' },
      { key: 'compression.type', written: 'SPRING_KAFKA_PRODUCER_COMPRESSION_TYPE', value: undefined, at: '24:8' },
    ]);
    const acks = audit.get('acks')!;
    expect(textOf(SPRING_APP, acks.valueSpan)).toBe('1');
    expect(applyEdit(SPRING_APP, acks.valueSpan.range, acks.formatValue!('all'))).toContain('      - SPRING_KAFKA_PRODUCER_ACKS=all\n');
    expect(audit.anchor.loc.start).toEqual({ line: 21, column: 4 });
  });

  it('shares one setting object per anchored variable across services', () => {
    const [, checkoutCommon, , checkout, , shippingCommon, shipping] = model.views;
    expect(shipping!.get('retries')).toBe(checkout!.get('retries'));
    expect(shippingCommon!.entries[0]).toBe(checkoutCommon!.entries[0]);
    expect(entriesOf(shipping)).toEqual([{ key: 'retries', written: 'SPRING_KAFKA_PRODUCER_RETRIES', value: 0, at: '3:2' }]);
    expect(shipping!.anchor.loc.start).toEqual({ line: 28, column: 4 });
  });

  it('reads an application without a broker in the file', () => {
    const app = extract('compose.yaml', 'services:\n  api:\n    build: .\n    environment:\n      - SPRING_KAFKA_CONSUMER_GROUPID=api\n');
    expect(app.dialect).toBe('compose');
    expect(app.views.map((view) => view.role)).toEqual(['consumer']);
    expect(entriesOf(app.views[0])).toEqual([{ key: 'group.id', written: 'SPRING_KAFKA_CONSUMER_GROUPID', value: 'api', at: '5:8' }]);
  });

  it('does not read SPRING_KAFKA_* variables of a Kafka image, nor KAFKA_* ones of an application', () => {
    const broker = extract('compose.yaml', 'services:\n  k:\n    image: apache/kafka\n    environment:\n      SPRING_KAFKA_PRODUCER_ACKS: "0"\n');
    expect(broker.views.map((view) => [view.role, view.entries.length])).toEqual([['broker', 0]]);
    const app = extract('compose.yaml', 'services:\n  api:\n    image: acme/api\n    environment:\n      KAFKA_ACKS: "0"\n      KAFKA_GROUP_ID: api\n');
    expect(app).toEqual({ dialect: null, views: [], notes: [] });
  });

  it.each([
    'services:\n  a:\n    build: .\n    environment: ~\n',
    'services:\n  a:\n    environment: [1, ~, [x], {SPRING_KAFKA_PRODUCER_ACKS: 1}, "=", "SPRING_KAFKA_PRODUCER_ACKS="]\n',
    'services:\n  a:\n    environment:\n      SPRING_KAFKA_PRODUCER_ACKS: {a: 1}\n      SPRING_KAFKA_PRODUCER_RETRIES: *nowhere\n',
    'services: [a]\n',
    'services:\n  a: 3\n  b:\n    image: [x]\n    environment: {SPRING_KAFKA_CONSUMER_GROUP_ID: [g]}\n',
  ])('odd application input %j gives a model without throwing', (text) => {
    const odd = extract('docker-compose.yml', text);
    expect(odd.notes.filter((note) => note.message.startsWith('Kafka config extraction failed'))).toEqual([]);
    for (const view of odd.views) for (const entry of view.entries) expect(entry.valueSpan.range[1]).toBeLessThanOrEqual(text.length);
  });
});
