import { describe, expect, it } from 'vitest';

import { applyEdit, entriesOf, extract, textOf, viewOf } from './extract.js';

const NODE_POOLS = `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaNodePool
metadata:
  name: controller
  labels:
    strimzi.io/cluster: orders
spec:
  replicas: 3
  roles:
    - controller
  storage:
    type: ephemeral
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaNodePool
metadata:
  name: broker
  labels:
    strimzi.io/cluster: orders
spec:
  replicas: 2
  roles: [broker]
  storage:
    type: ephemeral
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaNodePool
metadata:
  name: other-cluster-brokers
  labels:
    strimzi.io/cluster: analytics
spec:
  replicas: 5
  roles: [broker]
---
apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: orders
  annotations:
    strimzi.io/node-pools: enabled
    strimzi.io/kraft: enabled
spec:
  kafka:
    version: 3.9.0
    listeners:
      - name: plain
        port: 9092
        type: internal
        tls: false
    config:
      offsets.topic.replication.factor: 3
      transaction.state.log.replication.factor: 3
      transaction.state.log.min.isr: 2
      default.replication.factor: 3
      min.insync.replicas: "2"
      unclean.leader.election.enable: true
  entityOperator:
    topicOperator: {}
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: orders.created
  labels:
    strimzi.io/cluster: orders
spec:
  partitions: 12
  replicas: 1
  config:
    retention.ms: 604800000
    cleanup.policy: compact
    min.insync.replicas: 2
`;

describe('Strimzi resources', () => {
  const model = extract('k8s/kafka.yaml', NODE_POOLS);

  it('reads a Kafka cluster as a broker view, counting brokers from its node pools', () => {
    expect(model.dialect).toBe('strimzi');
    expect(model.views.map((view) => [view.role, view.dialect, view.brokers])).toEqual([
      ['broker', 'strimzi', 2],
      ['topic', 'strimzi', 2],
    ]);
    const broker = viewOf(model, 'broker')!;
    expect(broker).toMatchObject({ client: 'java', complete: true });
    expect(entriesOf(broker)).toEqual([
      { key: 'offsets.topic.replication.factor', written: 'offsets.topic.replication.factor', value: 3, at: '52:6' },
      { key: 'transaction.state.log.replication.factor', written: 'transaction.state.log.replication.factor', value: 3, at: '53:6' },
      { key: 'transaction.state.log.min.isr', written: 'transaction.state.log.min.isr', value: 2, at: '54:6' },
      { key: 'default.replication.factor', written: 'default.replication.factor', value: 3, at: '55:6' },
      { key: 'min.insync.replicas', written: 'min.insync.replicas', value: 2, at: '56:6' },
      { key: 'unclean.leader.election.enable', written: 'unclean.leader.election.enable', value: true, at: '57:6' },
    ]);
    expect(broker.anchor.loc.start).toEqual({ line: 51, column: 4 });
  });

  it('reads a KafkaTopic: partitions and replicas under Kafka names, then its config', () => {
    const topic = viewOf(model, 'topic')!;
    expect(entriesOf(topic)).toEqual([
      { key: 'num.partitions', written: 'partitions', value: 12, at: '68:2' },
      { key: 'replication.factor', written: 'replicas', value: 1, at: '69:2' },
      { key: 'retention.ms', written: 'retention.ms', value: 604800000, at: '71:4' },
      { key: 'cleanup.policy', written: 'cleanup.policy', value: 'compact', at: '72:4' },
      { key: 'min.insync.replicas', written: 'min.insync.replicas', value: 2, at: '73:4' },
    ]);
    expect(topic.anchor.loc.start).toEqual({ line: 70, column: 2 });
  });

  it('rewrites and adds settings where Strimzi reads them', () => {
    const topic = viewOf(model, 'topic')!;
    const replicas = topic.get('replication.factor')!;
    expect(applyEdit(NODE_POOLS, replicas.valueSpan.range, replicas.formatValue!(3))).toContain('  partitions: 12\n  replicas: 3\n');
    const minIsr = viewOf(model, 'broker')!.get('min.insync.replicas')!;
    expect(minIsr.formatValue!(1)).toBe('"1"');
    const inserted = topic.insert!('segment.bytes', 1073741824)!;
    expect(applyEdit(NODE_POOLS, inserted.range, inserted.text)).toBe(`${NODE_POOLS.slice(0, -1)}\n    segment.bytes: 1073741824\n`);
    const spec = topic.insert!('num.partitions', 24)!;
    expect(applyEdit(NODE_POOLS, spec.range, spec.text)).toContain('    min.insync.replicas: 2\n  partitions: 24');
  });

  it('takes brokers from spec.kafka.replicas without node pools, and finds the cluster of a topic', () => {
    const text = `apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: legacy
spec:
  kafka:
    replicas: 3
    config: {}
  zookeeper:
    replicas: 3
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: t
spec:
  replicas: 2
`;
    const legacy = extract('strimzi.yml', text);
    expect(legacy.views.map((view) => [view.role, view.brokers, view.entries.length])).toEqual([
      ['broker', 3, 0],
      ['topic', 3, 1],
    ]);
    // A flow map cannot be extended safely.
    expect(viewOf(legacy, 'broker')!.insert!('min.insync.replicas', 2)).toBeUndefined();
  });

  it('leaves brokers unknown for a cluster whose node pools live in another file', () => {
    const text = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\n  annotations:\n    strimzi.io/node-pools: enabled\nspec:\n  kafka:\n    replicas: 3\n    config:\n      min.insync.replicas: 2\n';
    expect(extract('kafka.yaml', text).views[0]!.brokers).toBeUndefined();
  });

  it('leaves brokers unknown for a topic whose cluster is not in the file', () => {
    const text = 'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata:\n  name: t\n  labels:\n    strimzi.io/cluster: elsewhere\nspec:\n  partitions: 3\n';
    const view = extract('topic.yaml', text).views[0]!;
    expect(view.brokers).toBeUndefined();
    expect(view.anchor.loc.start).toEqual({ line: 7, column: 0 });
  });

  it('reads Connect, Bridge and MirrorMaker 2 client settings', () => {
    const text = `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaConnect
metadata:
  name: connect
spec:
  config:
    group.id: connect-cluster
    config.storage.replication.factor: 1
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaBridge
metadata:
  name: bridge
spec:
  producer:
    config:
      acks: 1
  consumer:
    config:
      auto.offset.reset: earliest
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaMirrorMaker2
metadata:
  name: mm2
spec:
  clusters:
    - alias: source
      bootstrapServers: source:9092
      config:
        ssl.endpoint.identification.algorithm: ""
`;
    const model = extract('connect.yaml', text);
    expect(model.views.map((view) => view.role)).toEqual(['common', 'topic', 'producer', 'consumer', 'common']);
    expect(entriesOf(model.views[0])).toEqual([{ key: 'group.id', written: 'group.id', value: 'connect-cluster', at: '7:4' }]);
    expect(entriesOf(model.views[1])).toEqual([
      { key: 'replication.factor', written: 'config.storage.replication.factor', value: 1, at: '8:4' },
    ]);
    expect(entriesOf(model.views[2])).toEqual([{ key: 'acks', written: 'acks', value: '1', at: '17:6' }]);
    expect(entriesOf(model.views[3])).toEqual([{ key: 'auto.offset.reset', written: 'auto.offset.reset', value: 'earliest', at: '20:6' }]);
    expect(entriesOf(model.views[4])).toEqual([
      { key: 'ssl.endpoint.identification.algorithm', written: 'ssl.endpoint.identification.algorithm', value: '', at: '31:8' },
    ]);
  });

  it('splits a KafkaConnect spec.config as a Connect worker reads it', () => {
    const text = `apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: dev
spec:
  kafka:
    replicas: 1
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaConnect
metadata:
  name: cdc
spec:
  bootstrapServers: dev-kafka-bootstrap.kafka:9093
  config:
    group.id: cdc
    producer.acks: 1
    consumer.max.poll.records: 100
    config.storage.replication.factor: 1
    offset.storage.replication.factor: "-1"
    offset.storage.partitions: 50
    admin.request.timeout.ms: 60000
`;
    const model = extract('k8s/connect.yaml', text);
    // The topics live on the cluster named by the bootstrap service `<cluster>-kafka-bootstrap`, here in the file.
    expect(model.views.map((view) => [view.role, view.brokers, view.complete])).toEqual([
      ['broker', 1, true],
      ['common', undefined, true],
      ['producer', undefined, false],
      ['consumer', undefined, false],
      ['topic', 1, false],
      ['topic', 1, false],
      ['admin', undefined, false],
    ]);
    const [, worker, producer, consumer, configTopic, offsetTopic, admin] = model.views;
    expect(entriesOf(worker)).toEqual([{ key: 'group.id', written: 'group.id', value: 'cdc', at: '16:4' }]);
    expect(entriesOf(producer)).toEqual([{ key: 'acks', written: 'producer.acks', value: '1', at: '17:4' }]);
    expect(entriesOf(consumer)).toEqual([{ key: 'max.poll.records', written: 'consumer.max.poll.records', value: 100, at: '18:4' }]);
    expect(entriesOf(configTopic)).toEqual([{ key: 'replication.factor', written: 'config.storage.replication.factor', value: 1, at: '19:4' }]);
    expect(entriesOf(offsetTopic)).toEqual([
      { key: 'replication.factor', written: 'offset.storage.replication.factor', value: -1, at: '20:4' },
      { key: 'num.partitions', written: 'offset.storage.partitions', value: 50, at: '21:4' },
    ]);
    expect(entriesOf(admin)).toEqual([{ key: 'request.timeout.ms', written: 'admin.request.timeout.ms', value: 60000, at: '22:4' }]);
    expect(textOf(text, configTopic!.get('replication.factor')!.valueSpan)).toBe('1');
    expect(textOf(text, offsetTopic!.get('replication.factor')!.valueSpan)).toBe('"-1"');
    expect(configTopic!.anchor.loc.start).toEqual({ line: 19, column: 4 });
    expect(worker!.anchor.loc.start).toEqual({ line: 15, column: 2 });
    // Settings are added with the prefix of their view; the config topic has no partition setting.
    const idempotence = producer!.insert!('enable.idempotence', true)!;
    expect(applyEdit(text, idempotence.range, idempotence.text)).toBe(`${text.slice(0, -1)}\n    producer.enable.idempotence: true\n`);
    const factor = configTopic!.get('replication.factor')!;
    expect(applyEdit(text, factor.valueSpan.range, factor.formatValue!(3))).toContain('    config.storage.replication.factor: 3\n');
    expect(configTopic!.insert!('num.partitions', 1)).toBeUndefined();
  });

  it('reads the MirrorMaker 2 Connect cluster as a worker and the connectors\' topic replication', () => {
    const text = `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaMirrorMaker2
metadata:
  name: mm2
spec:
  connectCluster: dr
  clusters:
    - alias: main
      bootstrapServers: main-kafka-bootstrap:9092
      config:
        consumer.max.poll.records: 500
    - alias: dr
      bootstrapServers: dr-kafka-bootstrap:9092
      config:
        config.storage.replication.factor: 1
        producer.linger.ms: 10
  mirrors:
    - sourceCluster: main
      targetCluster: dr
      sourceConnector:
        config:
          replication.factor: 1
          offset-syncs.topic.replication.factor: 2
          sync.topic.acls.enabled: "false"
          status.storage.replication.factor: 1
      checkpointConnector:
        config:
          replication.factor: 1
          checkpoints.topic.replication.factor: 1
      heartbeatConnector:
        config:
          heartbeats.topic.replication.factor: -1
`;
    const model = extract('mm2.yaml', text);
    expect(model.views.map((view) => view.role)).toEqual(['common', 'topic', 'producer', 'topic', 'topic', 'topic', 'topic']);
    // A cluster that is not the Connect cluster configures the connectors' clients: its prefixes stay as written.
    expect(entriesOf(model.views[0])).toEqual([{ key: 'consumer.max.poll.records', written: 'consumer.max.poll.records', value: '500', at: '11:8' }]);
    // The Connect cluster has no worker setting of its own here: no common view for it.
    expect(entriesOf(model.views[1])).toEqual([{ key: 'replication.factor', written: 'config.storage.replication.factor', value: 1, at: '15:8' }]);
    expect(entriesOf(model.views[2])).toEqual([{ key: 'linger.ms', written: 'producer.linger.ms', value: 10, at: '16:8' }]);
    // Only the source connector reads `replication.factor`; connectors read no Connect internal topic setting.
    expect(model.views.slice(3).map(entriesOf)).toEqual([
      [{ key: 'replication.factor', written: 'replication.factor', value: 1, at: '22:10' }],
      [{ key: 'replication.factor', written: 'offset-syncs.topic.replication.factor', value: 2, at: '23:10' }],
      [{ key: 'replication.factor', written: 'checkpoints.topic.replication.factor', value: 1, at: '29:10' }],
      [{ key: 'replication.factor', written: 'heartbeats.topic.replication.factor', value: -1, at: '32:10' }],
    ]);
    expect(model.views.slice(1).every((view) => view.complete === false && view.dialect === 'strimzi')).toBe(true);
    expect(textOf(text, model.views[3]!.get('replication.factor')!.valueSpan)).toBe('1');
    const heartbeats = model.views[6]!.insert!('replication.factor', 3)!;
    expect(heartbeats.text).toBe('\n          heartbeats.topic.replication.factor: 3');
  });

  it('reads the v1 MirrorMaker 2 layout: spec.target is the Connect cluster, mirrors[].source a client cluster', () => {
    const text = `apiVersion: kafka.strimzi.io/v1
kind: KafkaMirrorMaker2
metadata:
  name: mm2
spec:
  target:
    alias: dr
    bootstrapServers: dr-kafka-bootstrap:9092
    groupId: mm2
    config:
      offset.storage.replication.factor: 1
  mirrors:
    - source:
        alias: main
        bootstrapServers: main-kafka-bootstrap:9092
        config:
          fetch.min.bytes: 1
      sourceConnector:
        config:
          replication.factor: 3
`;
    const model = extract('mm2.yaml', text);
    expect(model.views.map((view) => [view.role, view.entries.map((entry) => [entry.key, entry.written, entry.value])])).toEqual([
      ['topic', [['replication.factor', 'offset.storage.replication.factor', 1]]],
      ['common', [['fetch.min.bytes', 'fetch.min.bytes', 1]]],
      ['topic', [['replication.factor', 'replication.factor', 3]]],
    ]);
    expect(model.views[0]!.anchor.loc.start).toEqual({ line: 11, column: 6 });
  });

  it.each([
    'spec:\n  config: [1]\n',
    'spec:\n  config:\n    producer.: 1\n    config.storage.replication.factor: {a: 1}\n    offset.storage.replication.factor:\n',
    'spec:\n  config: &c\n    producer.acks: 1\n  template:\n    config: *c\n',
    'spec: 3\n',
  ])('reads an odd KafkaConnect without throwing: %j', (spec) => {
    const model = extract('connect.yaml', `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnect\nmetadata:\n  name: c\n${spec}`);
    expect(model.notes).toEqual([]);
    for (const view of model.views) expect(view.entries.every((entry) => entry.valueSpan.range[0] <= entry.valueSpan.range[1])).toBe(true);
  });

  it.each([
    'spec:\n  connectCluster: [dr]\n  clusters: [~, 1, {alias: dr, config: 1}]\n  mirrors: 3\n',
    'spec:\n  connectCluster: dr\n  clusters:\n    - &dr {alias: dr, config: {producer.acks: 1}}\n    - *dr\n  mirrors: [~, {sourceConnector: 1}, {checkpointConnector: {config: [1]}}, {heartbeatConnector: {config: ~}}]\n',
    'spec:\n  target: [1]\n  mirrors:\n    - source: 1\n      sourceConnector: {config: *missing}\n',
  ])('reads an odd KafkaMirrorMaker2 without throwing: %j', (spec) => {
    const model = extract('mm2.yaml', `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaMirrorMaker2\nmetadata:\n  name: m\n${spec}`);
    expect(model.notes.filter((note) => note.message.startsWith('Kafka config extraction failed'))).toEqual([]);
  });

  it('gives a Strimzi file with only users or node pools no views', () => {
    const text = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaUser\nmetadata:\n  name: u\nspec:\n  authentication:\n    type: tls\n';
    expect(extract('users.yaml', text)).toEqual({ dialect: 'strimzi', views: [], notes: [] });
  });
});
