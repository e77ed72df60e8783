import { describe, expect, it } from 'vitest';

import { entriesOf, extract } from './extract.js';

const KRAFT_SERVER = `# KRaft combined node
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka-1:9093
listeners=PLAINTEXT://:9092,CONTROLLER://:9093
log.dirs=/var/lib/kafka/data
num.partitions=6
default.replication.factor=1
min.insync.replicas=1
unclean.leader.election.enable=false
log.retention.hours=168
`;

describe('broker properties', () => {
  it('reads server.properties as a broker view', () => {
    const model = extract('config/kraft/server.properties', KRAFT_SERVER);
    expect(model.dialect).toBe('broker-properties');
    const view = model.views[0]!;
    expect(view).toMatchObject({ role: 'broker', client: 'java', dialect: 'broker-properties', complete: true });
    // A combined-mode node with one voter: a one-node cluster.
    expect(view.brokers).toBe(1);
    expect(entriesOf(view)).toEqual([
      { key: 'process.roles', written: 'process.roles', value: 'broker,controller', at: '2:0' },
      { key: 'node.id', written: 'node.id', value: 1, at: '3:0' },
      { key: 'controller.quorum.voters', written: 'controller.quorum.voters', value: '1@kafka-1:9093', at: '4:0' },
      { key: 'listeners', written: 'listeners', value: 'PLAINTEXT://:9092,CONTROLLER://:9093', at: '5:0' },
      { key: 'log.dirs', written: 'log.dirs', value: '/var/lib/kafka/data', at: '6:0' },
      { key: 'num.partitions', written: 'num.partitions', value: 6, at: '7:0' },
      { key: 'default.replication.factor', written: 'default.replication.factor', value: 1, at: '8:0' },
      { key: 'min.insync.replicas', written: 'min.insync.replicas', value: 1, at: '9:0' },
      { key: 'unclean.leader.election.enable', written: 'unclean.leader.election.enable', value: false, at: '10:0' },
      { key: 'log.retention.hours', written: 'log.retention.hours', value: 168, at: '11:0' },
    ]);
  });

  it('counts the brokers of a combined-mode cluster from its voters, and only then', () => {
    const combined = 'process.roles=broker,controller\ncontroller.quorum.voters=1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093\n';
    expect(extract('server.properties', combined).views[0]!.brokers).toBe(3);
    const brokerOnly = 'process.roles=broker\ncontroller.quorum.voters=1@c-1:9093,2@c-2:9093,3@c-3:9093\n';
    expect(extract('broker.properties', brokerOnly).views[0]!.brokers).toBeUndefined();
    const dynamicQuorum = 'process.roles=broker,controller\ncontroller.quorum.bootstrap.servers=kafka-1:9093,kafka-2:9093\n';
    expect(extract('server.properties', dynamicQuorum).views[0]!.brokers).toBeUndefined();
    const placeholder = 'process.roles=broker,controller\ncontroller.quorum.voters=${KAFKA_VOTERS}\n';
    expect(extract('server.properties', placeholder).views[0]!.brokers).toBeUndefined();
  });

  it('recognises broker and controller files by name, and other files by broker-only keys', () => {
    expect(extract('broker.properties', 'node.id=2\n').dialect).toBe('broker-properties');
    expect(extract('controller.properties', 'process.roles=controller\n').dialect).toBe('broker-properties');
    expect(extract('kafka-0.properties', 'broker.id=0\nzookeeper.connect=zk:2181\n').dialect).toBe('broker-properties');
  });

  it('does not take a Schema Registry file for a broker because it sets listeners', () => {
    const schemaRegistry = 'listeners=http://0.0.0.0:8081\nkafkastore.bootstrap.servers=PLAINTEXT://kafka:9092\nkafkastore.topic=_schemas\n';
    expect(extract('schema-registry.properties', schemaRegistry)).toEqual({ dialect: null, views: [], notes: [] });
  });
});
