import { describe, expect, it } from 'vitest';

import { applyEdit, entriesOf, extract, viewOf } from './extract.js';

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
    expect(model.views.map((view) => view.role)).toEqual(['common', 'producer', 'consumer', 'common']);
    expect(entriesOf(model.views[0])).toEqual([
      { key: 'group.id', written: 'group.id', value: 'connect-cluster', at: '7:4' },
      { key: 'config.storage.replication.factor', written: 'config.storage.replication.factor', value: '1', at: '8:4' },
    ]);
    expect(entriesOf(model.views[1])).toEqual([{ key: 'acks', written: 'acks', value: '1', at: '17:6' }]);
    expect(entriesOf(model.views[2])).toEqual([{ key: 'auto.offset.reset', written: 'auto.offset.reset', value: 'earliest', at: '20:6' }]);
    expect(entriesOf(model.views[3])).toEqual([
      { key: 'ssl.endpoint.identification.algorithm', written: 'ssl.endpoint.identification.algorithm', value: '', at: '31:8' },
    ]);
  });

  it('gives a Strimzi file with only users or node pools no views', () => {
    const text = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaUser\nmetadata:\n  name: u\nspec:\n  authentication:\n    type: tls\n';
    expect(extract('users.yaml', text)).toEqual({ dialect: 'strimzi', views: [], notes: [] });
  });
});
