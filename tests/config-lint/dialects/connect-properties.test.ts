import { describe, expect, it } from 'vitest';

import { connectSettingPlacement } from '../../../src/config-lint/dialects/connect-properties.js';
import { applyEdit, entriesOf, extract, textOf, viewOf } from './extract.js';

/** In the shape of Kafka's own config/connect-distributed.properties, with client overrides. */
const DISTRIBUTED = `bootstrap.servers=kafka-1:9092,kafka-2:9092
group.id=connect-cluster
key.converter=org.apache.kafka.connect.json.JsonConverter
value.converter=org.apache.kafka.connect.json.JsonConverter
offset.storage.topic=connect-offsets
offset.storage.replication.factor=1
offset.storage.partitions=25
config.storage.topic=connect-configs
config.storage.replication.factor=3
status.storage.topic=connect-status
status.storage.replication.factor=-1
producer.acks=1
producer.enable.idempotence=false
consumer.max.poll.records=500
admin.request.timeout.ms=60000
`;

const MIRROR_MAKER = `clusters = primary, backup
primary.bootstrap.servers = primary-1:9092
backup.bootstrap.servers = backup-1:9092
backup.producer.acks = 1
primary.consumer.isolation.level = read_uncommitted
primary->backup.enabled = true
primary->backup.topics = orders.*
primary->backup.replication.factor = 2
replication.factor = 1
checkpoints.topic.replication.factor = 1
heartbeats.topic.replication.factor = 3
offset-syncs.topic.replication.factor = 1
backup.offset.storage.replication.factor = 1
status.storage.replication.factor = 1
`;

describe('Kafka Connect worker properties', () => {
  const model = extract('config/connect-distributed.properties', DISTRIBUTED);

  it('gives a worker view, client views for the prefixed overrides and a topic view per internal topic', () => {
    expect(model.dialect).toBe('connect-properties');
    expect(model.views.map((view) => view.role)).toEqual(['common', 'topic', 'topic', 'topic', 'producer', 'consumer', 'admin']);
    const worker = viewOf(model, 'common')!;
    expect(worker).toMatchObject({ client: 'java', dialect: 'connect-properties', complete: true });
    expect(entriesOf(worker)).toEqual([
      { key: 'bootstrap.servers', written: 'bootstrap.servers', value: 'kafka-1:9092,kafka-2:9092', at: '1:0' },
      { key: 'group.id', written: 'group.id', value: 'connect-cluster', at: '2:0' },
      { key: 'key.converter', written: 'key.converter', value: 'org.apache.kafka.connect.json.JsonConverter', at: '3:0' },
      { key: 'value.converter', written: 'value.converter', value: 'org.apache.kafka.connect.json.JsonConverter', at: '4:0' },
      { key: 'offset.storage.topic', written: 'offset.storage.topic', value: 'connect-offsets', at: '5:0' },
      { key: 'config.storage.topic', written: 'config.storage.topic', value: 'connect-configs', at: '8:0' },
      { key: 'status.storage.topic', written: 'status.storage.topic', value: 'connect-status', at: '10:0' },
    ]);
  });

  it('files each internal topic replication factor (and partition count) in its own incomplete topic view', () => {
    const offsets = viewOf(model, 'topic', 0)!;
    const configs = viewOf(model, 'topic', 1)!;
    const status = viewOf(model, 'topic', 2)!;
    expect(entriesOf(offsets)).toEqual([
      { key: 'replication.factor', written: 'offset.storage.replication.factor', value: 1, at: '6:0' },
      { key: 'num.partitions', written: 'offset.storage.partitions', value: 25, at: '7:0' },
    ]);
    expect(entriesOf(configs)).toEqual([{ key: 'replication.factor', written: 'config.storage.replication.factor', value: 3, at: '9:0' }]);
    // -1 asks the broker for its default; it stays -1 for rules to read.
    expect(entriesOf(status)).toEqual([{ key: 'replication.factor', written: 'status.storage.replication.factor', value: -1, at: '11:0' }]);
    expect(offsets.complete).toBe(false);
    expect(textOf(DISTRIBUTED, offsets.get('replication.factor')!.valueSpan)).toBe('1');
    expect(offsets.anchor.loc.start).toEqual({ line: 6, column: 0 });
  });

  it('strips producer., consumer. and admin. into incomplete client views that inherit nothing', () => {
    const producer = viewOf(model, 'producer')!;
    expect(producer.complete).toBe(false);
    expect(entriesOf(producer)).toEqual([
      { key: 'acks', written: 'producer.acks', value: '1', at: '12:0' },
      { key: 'enable.idempotence', written: 'producer.enable.idempotence', value: false, at: '13:0' },
    ]);
    // Connect gives its task producers only bootstrap.servers from the worker settings.
    expect(producer.get('group.id')).toBeUndefined();
    expect(entriesOf(viewOf(model, 'consumer'))).toEqual([{ key: 'max.poll.records', written: 'consumer.max.poll.records', value: 500, at: '14:0' }]);
    expect(entriesOf(viewOf(model, 'admin'))).toEqual([{ key: 'request.timeout.ms', written: 'admin.request.timeout.ms', value: 60000, at: '15:0' }]);
  });

  it('rewrites values and adds settings with the prefix of their view', () => {
    const acks = viewOf(model, 'producer')!.get('acks')!;
    expect(applyEdit(DISTRIBUTED, acks.valueSpan.range, acks.formatValue!('all'))).toContain('producer.acks=all\n');
    const insertion = viewOf(model, 'producer')!.insert!('linger.ms', 20)!;
    expect(applyEdit(DISTRIBUTED, insertion.range, insertion.text)).toContain('admin.request.timeout.ms=60000\nproducer.linger.ms=20');
    const offsets = viewOf(model, 'topic')!;
    const partitions = viewOf(model, 'topic', 1)!;
    expect(offsets.insert!('num.partitions', 50)!.text).toBe('\noffset.storage.partitions=50');
    // The config topic always has one partition: there is no setting for it.
    expect(partitions.insert!('num.partitions', 50)).toBeUndefined();
    expect(partitions.insert!('replication.factor', 3)!.text).toBe('\nconfig.storage.replication.factor=3');
  });

  it('recognises standalone workers and worker files by their keys, whatever their name', () => {
    const standalone = extract(
      'connect-standalone.properties',
      'bootstrap.servers=localhost:9092\nkey.converter=org.apache.kafka.connect.json.JsonConverter\nvalue.converter=org.apache.kafka.connect.json.JsonConverter\noffset.storage.file.filename=/tmp/connect.offsets\n',
    );
    expect(standalone.dialect).toBe('connect-properties');
    expect(standalone.views.map((view) => view.role)).toEqual(['common']);
    expect(extract('etc/kafka/worker.properties', 'bootstrap.servers=kafka:9092\ngroup.id=connect\n').dialect).toBe('connect-properties');
    expect(extract('deploy/cluster.properties', 'group.id=connect\nconfig.storage.topic=_configs\n').dialect).toBe('connect-properties');
  });

  it('leaves connector configurations and other dialects alone', () => {
    const sink = 'name=local-file-sink\nconnector.class=FileStreamSink\ntasks.max=1\nfile=test.sink.txt\ntopics=connect-test\nkey.converter=org.apache.kafka.connect.storage.StringConverter\n';
    expect(extract('connect-file-sink.properties', sink).dialect).toBeNull();
    expect(extract('connect-log4j.properties', 'log4j.rootLogger=INFO, stdout\n').dialect).toBeNull();
    // A Streams application and a Spring file keep their dialects.
    expect(extract('app.properties', 'application.id=eta\nbootstrap.servers=kafka:9092\nkey.converter=x\nvalue.converter=y\n').dialect).toBe('streams-properties');
    expect(extract('application.properties', 'spring.kafka.bootstrap-servers=kafka:9092\nplugin.path=/opt\n').dialect).toBe('spring');
    expect(extract('producer.properties', 'bootstrap.servers=kafka:9092\nacks=all\n').dialect).toBe('java-properties');
  });
});

describe('MirrorMaker 2 properties', () => {
  const model = extract('config/connect-mirror-maker.properties', MIRROR_MAKER);

  it('gives one common view per scope: top level, each cluster alias, each flow', () => {
    expect(model.dialect).toBe('mirror-maker-properties');
    const common = model.views.filter((view) => view.role === 'common');
    expect(common.map(entriesOf)).toEqual([
      [{ key: 'clusters', written: 'clusters', value: 'primary, backup', at: '1:0' }],
      [{ key: 'bootstrap.servers', written: 'primary.bootstrap.servers', value: 'primary-1:9092', at: '2:0' }],
      [{ key: 'bootstrap.servers', written: 'backup.bootstrap.servers', value: 'backup-1:9092', at: '3:0' }],
      [
        { key: 'enabled', written: 'primary->backup.enabled', value: 'true', at: '6:0' },
        { key: 'topics', written: 'primary->backup.topics', value: 'orders.*', at: '7:0' },
      ],
    ]);
    expect(common.every((view) => !view.complete && view.dialect === 'mirror-maker-properties')).toBe(true);
  });

  it('files <alias>.producer.* and <alias>.consumer.* in client views of that cluster', () => {
    expect(entriesOf(viewOf(model, 'producer'))).toEqual([{ key: 'acks', written: 'backup.producer.acks', value: '1', at: '4:0' }]);
    expect(entriesOf(viewOf(model, 'consumer'))).toEqual([
      { key: 'isolation.level', written: 'primary.consumer.isolation.level', value: 'read_uncommitted', at: '5:0' },
    ]);
    expect(viewOf(model, 'producer')!.insert!('linger.ms', 5)!.text).toBe('\nbackup.producer.linger.ms=5');
  });

  it('gives a topic view per replication setting of remote, MirrorMaker and internal topics', () => {
    const topics = model.views.filter((view) => view.role === 'topic');
    expect(topics.map(entriesOf)).toEqual([
      [{ key: 'replication.factor', written: 'primary->backup.replication.factor', value: 2, at: '8:0' }],
      [{ key: 'replication.factor', written: 'replication.factor', value: 1, at: '9:0' }],
      [{ key: 'replication.factor', written: 'checkpoints.topic.replication.factor', value: 1, at: '10:0' }],
      [{ key: 'replication.factor', written: 'heartbeats.topic.replication.factor', value: 3, at: '11:0' }],
      [{ key: 'replication.factor', written: 'offset-syncs.topic.replication.factor', value: 1, at: '12:0' }],
      [{ key: 'replication.factor', written: 'backup.offset.storage.replication.factor', value: 1, at: '13:0' }],
      [{ key: 'replication.factor', written: 'status.storage.replication.factor', value: 1, at: '14:0' }],
    ]);
    const valueSpan = topics[1]!.get('replication.factor')!.valueSpan;
    expect(valueSpan.loc.start).toEqual({ line: 9, column: 21 });
    expect(textOf(MIRROR_MAKER, valueSpan)).toBe('1');
  });

  it('keeps a cluster alias replication.factor, which no connector reads, out of the topic views', () => {
    const model = extract('mm2.properties', 'clusters=a,b\na.bootstrap.servers=a:9092\na.replication.factor=1\n');
    expect(model.views.filter((view) => view.role === 'topic')).toEqual([]);
    expect(entriesOf(model.views.at(-1))).toEqual([
      { key: 'bootstrap.servers', written: 'a.bootstrap.servers', value: 'a:9092', at: '2:0' },
      { key: 'replication.factor', written: 'a.replication.factor', value: '1', at: '3:0' },
    ]);
  });

  it('reads the longest alias first, and needs an alias with bootstrap servers', () => {
    const dotted = extract('mm2.properties', 'clusters=east,east.prod\neast.prod.bootstrap.servers=e:9092\neast.prod.producer.acks=0\n');
    expect(entriesOf(viewOf(dotted, 'producer'))).toEqual([{ key: 'acks', written: 'east.prod.producer.acks', value: '0', at: '3:0' }]);
    expect(extract('mm2.properties', 'clusters=a,b\nreplication.factor=1\n').dialect).toBeNull();
  });
});

describe('odd Connect and MirrorMaker files', () => {
  it.each(['', '=\n', 'clusters=\n', 'clusters=,,\n.bootstrap.servers=x\n', 'clusters=a\na.bootstrap.servers=x\n->.x=1\na->.producer.=1\n', 'plugin.path\n'])(
    'input %j gives a model without throwing',
    (text) => {
      for (const path of ['connect-distributed.properties', 'mm2.properties', 'worker.properties']) {
        const model = extract(path, text);
        expect(model.notes).toEqual([]);
      }
    },
  );
});

describe('connectSettingPlacement', () => {
  it('places worker keys as the worker file does, for other readers of the same keys', () => {
    expect(connectSettingPlacement('producer.acks')).toMatchObject({ role: 'producer', key: 'acks' });
    expect(connectSettingPlacement('status.storage.partitions')).toMatchObject({ role: 'topic', key: 'num.partitions' });
    expect(connectSettingPlacement('group.id')).toMatchObject({ role: 'common', key: 'group.id' });
    expect(connectSettingPlacement('replication.factor')).toMatchObject({ role: 'common' });
    expect(connectSettingPlacement('replication.factor', true)).toMatchObject({ role: 'topic', key: 'replication.factor' });
    expect(connectSettingPlacement('offset-syncs.topic.replication.factor').spell('replication.factor')).toBe('offset-syncs.topic.replication.factor');
  });
});
