import { describe, expect, it } from 'vitest';

import { applyEdit, entriesOf, extract, textOf, viewOf } from './extract.js';

/** Bitnami chart 32 (Kafka 4): config maps, overrides per node group, provisioned topics. */
const BITNAMI_32 = `image:
  registry: docker.io
  repository: bitnami/kafka
controller:
  replicaCount: 3
  controllerOnly: true
  overrideConfiguration:
    default.replication.factor: 1
broker:
  replicaCount: 2
  overrideConfiguration:
    min.insync.replicas: "1"
overrideConfiguration:
  unclean.leader.election.enable: true
  num.partitions: "{{ .Values.partitions }}"
provisioning:
  enabled: true
  replicationFactor: 1
  numPartitions: 3
  topics:
    - name: orders
      partitions: 6
      config:
        min.insync.replicas: 2
    - name: audit
      replicationFactor: 3
`;

/** Bitnami chart 26 to 31: properties strings appended to the generated server.properties. */
const BITNAMI_31 = `controller:
  replicaCount: 3
  extraConfig: |
    default.replication.factor=1
    min.insync.replicas=1
extraConfig: |-
  unclean.leader.election.enable=true

  # retention
  log.retention.hours=168
`;

describe('Helm values of the Bitnami Kafka chart (32 and later)', () => {
  const model = extract('deploy/kafka/values.yaml', BITNAMI_32);

  it('gives a broker view per node group, counting brokers without controller-only nodes', () => {
    expect(model.dialect).toBe('helm');
    expect(model.views.map((view) => view.role)).toEqual(['broker', 'broker', 'topic', 'topic']);
    const [controller, broker] = model.views;
    expect(controller).toMatchObject({ client: 'java', dialect: 'helm', complete: false, brokers: 2 });
    expect(entriesOf(controller)).toEqual([
      { key: 'unclean.leader.election.enable', written: 'unclean.leader.election.enable', value: true, at: '14:2' },
      { key: 'num.partitions', written: 'num.partitions', value: undefined, at: '15:2' },
      { key: 'default.replication.factor', written: 'default.replication.factor', value: 1, at: '8:4' },
    ]);
    expect(entriesOf(broker)).toEqual([
      { key: 'unclean.leader.election.enable', written: 'unclean.leader.election.enable', value: true, at: '14:2' },
      { key: 'num.partitions', written: 'num.partitions', value: undefined, at: '15:2' },
      { key: 'min.insync.replicas', written: 'min.insync.replicas', value: 1, at: '12:4' },
    ]);
    // The top-level overrides are one entry object in both views, reported once.
    expect(broker!.get('unclean.leader.election.enable')).toBe(controller!.get('unclean.leader.election.enable'));
    expect(broker!.anchor.loc.start).toEqual({ line: 11, column: 2 });
  });

  it('rewrites override values and adds settings to the node group overrides', () => {
    const broker = model.views[1]!;
    const minIsr = broker.get('min.insync.replicas')!;
    expect(textOf(BITNAMI_32, minIsr.valueSpan)).toBe('"1"');
    expect(applyEdit(BITNAMI_32, minIsr.valueSpan.range, minIsr.formatValue!(2))).toContain('    min.insync.replicas: "2"\n');
    const insertion = broker.insert!('default.replication.factor', 3)!;
    expect(applyEdit(BITNAMI_32, insertion.range, insertion.text)).toContain('    min.insync.replicas: "1"\n    default.replication.factor: 3\n');
  });

  it('gives a topic view per provisioned topic, with the provisioning defaults for counts it does not set', () => {
    const [orders, audit] = [viewOf(model, 'topic', 0)!, viewOf(model, 'topic', 1)!];
    expect(orders).toMatchObject({ dialect: 'helm', brokers: 2, complete: true });
    expect(entriesOf(orders)).toEqual([
      { key: 'num.partitions', written: 'partitions', value: 6, at: '22:6' },
      { key: 'min.insync.replicas', written: 'min.insync.replicas', value: 2, at: '24:8' },
    ]);
    expect(orders.get('replication.factor')).toMatchObject({ written: 'replicationFactor', value: 1 });
    expect(orders.get('replication.factor')!.keySpan.loc.start).toEqual({ line: 18, column: 2 });
    expect(orders.anchor.loc.start).toEqual({ line: 21, column: 6 });
    expect(entriesOf(audit)).toEqual([{ key: 'replication.factor', written: 'replicationFactor', value: 3, at: '26:6' }]);
    expect(audit.get('num.partitions')?.value).toBe(3);
    const insertion = audit.insert!('num.partitions', 12)!;
    expect(applyEdit(BITNAMI_32, insertion.range, insertion.text)).toContain('      replicationFactor: 3\n      partitions: 12\n');
  });

  it('counts combined controller-broker nodes and the chart defaults', () => {
    expect(extract('values.yaml', 'controller:\n  minId: 0\n').views.map((view) => view.brokers)).toEqual([3]);
    const combined = extract('values-prod.yaml', 'controller:\n  replicaCount: 1\n  controllerOnly: false\nbroker:\n  replicaCount: 2\n');
    expect(combined.views.map((view) => [view.role, view.brokers])).toEqual([
      ['broker', 3],
      ['broker', 3],
    ]);
    const templated = extract('values.yaml', 'controller:\n  replicaCount: "{{ .Values.nodes }}"\n  controllerOnly: false\n');
    expect(templated.views.map((view) => view.brokers)).toEqual([undefined]);
  });

  it('skips topics when provisioning is not enabled, and settings held in an existing ConfigMap', () => {
    const disabled = BITNAMI_32.replace('  enabled: true\n', '  enabled: false\n');
    expect(extract('values.yaml', disabled).views.map((view) => view.role)).toEqual(['broker', 'broker']);
    const existing = extract('values.yaml', 'existingConfigmap: kafka-config\noverrideConfiguration:\n  min.insync.replicas: 1\n');
    expect(existing.views.map(entriesOf)).toEqual([[]]);
    expect(existing.views[0]!.insert).toBeUndefined();
  });
});

describe('Helm values of the Bitnami Kafka chart (26 to 31)', () => {
  const model = extract('values.yaml', BITNAMI_31);

  it('reads properties strings with exact spans in the YAML file', () => {
    expect(model.dialect).toBe('helm');
    expect(model.views).toHaveLength(1);
    const view = model.views[0]!;
    expect(view.brokers).toBe(3);
    expect(entriesOf(view)).toEqual([
      { key: 'unclean.leader.election.enable', written: 'unclean.leader.election.enable', value: true, at: '7:2' },
      { key: 'log.retention.hours', written: 'log.retention.hours', value: 168, at: '10:2' },
      { key: 'default.replication.factor', written: 'default.replication.factor', value: 1, at: '4:4' },
      { key: 'min.insync.replicas', written: 'min.insync.replicas', value: 1, at: '5:4' },
    ]);
    const factor = view.get('default.replication.factor')!;
    expect(factor.valueSpan.loc.start).toEqual({ line: 4, column: 31 });
    expect(textOf(BITNAMI_31, factor.valueSpan)).toBe('1');
    expect(applyEdit(BITNAMI_31, factor.valueSpan.range, factor.formatValue!(3))).toContain('    default.replication.factor=3\n');
    expect(textOf(BITNAMI_31, view.get('log.retention.hours')!.keySpan)).toBe('log.retention.hours');
  });

  it('lets a full config replace the appended extras, and reads ZooKeeper mode brokers', () => {
    const text = 'kraft:\n  enabled: false\nbroker:\n  replicaCount: 3\nconfig: |\n  broker.id=-1\n  log.dirs=/bitnami/kafka/data\nextraConfig: |\n  num.partitions=1\n';
    const views = extract('values.yaml', text).views;
    expect(views.map((one) => [one.role, one.brokers])).toEqual([['broker', 3]]);
    expect(views[0]!.entries.map((entry) => entry.key)).toEqual(['broker.id', 'log.dirs']);
  });

  it('does not map a folded or quoted string, and then adds nothing', () => {
    const folded = extract('values.yaml', 'controller:\n  controllerOnly: false\nextraConfig: >\n  min.insync.replicas=1\n');
    expect(folded.views.map(entriesOf)).toEqual([[]]);
    expect(folded.views[0]!.insert).toBeUndefined();
  });
});

describe('Helm values of umbrella charts and of Confluent cp-kafka', () => {
  it('reads the Bitnami chart as the kafka subchart, unless it is disabled', () => {
    const umbrella = 'postgresql:\n  enabled: true\nkafka:\n  controller:\n    controllerOnly: false\n  overrideConfiguration:\n    min.insync.replicas: 2\n';
    const model = extract('charts/platform/values.yaml', umbrella);
    expect(entriesOf(model.views[0])).toEqual([{ key: 'min.insync.replicas', written: 'min.insync.replicas', value: 2, at: '7:4' }]);
    expect(extract('values.yaml', umbrella.replace('kafka:\n', 'kafka:\n  enabled: false\n')).dialect).toBeNull();
  });

  it('maps cp-kafka configurationOverrides to the broker properties its image receives', () => {
    const text = `cp-zookeeper:
  servers: 3
cp-kafka:
  brokers: 1
  configurationOverrides:
    "offsets.topic.replication.factor": "1"
    default.replication.factor: 2
    heap.opts: "-Xmx1g"
cp-kafka-connect:
  configurationOverrides:
    config.storage.replication.factor: 1
`;
    const model = extract('values.yaml', text);
    expect(model.dialect).toBe('helm');
    expect(model.views.map((view) => view.role)).toEqual(['broker', 'common', 'topic']);
    expect(model.views[0]).toMatchObject({ role: 'broker', brokers: 1, complete: false });
    expect(entriesOf(model.views[0])).toEqual([
      { key: 'offsets.topic.replication.factor', written: 'offsets.topic.replication.factor', value: 1, at: '6:4' },
      { key: 'default.replication.factor', written: 'default.replication.factor', value: 2, at: '7:4' },
    ]);
    expect(textOf(text, model.views[0]!.get('offsets.topic.replication.factor')!.valueSpan)).toBe('"1"');
  });

  it('reads the cp-kafka chart values at the top level, 3 brokers unless set', () => {
    const text = 'image: confluentinc/cp-server\nimageTag: 7.6.1\nconfigurationOverrides:\n  min.insync.replicas: 1\n';
    const view = extract('values.yaml', text).views[0]!;
    expect(view.brokers).toBe(3);
    expect(entriesOf(view)).toEqual([{ key: 'min.insync.replicas', written: 'min.insync.replicas', value: 1, at: '4:2' }]);
    const insertion = view.insert!('default.replication.factor', 3)!;
    expect(applyEdit(text, insertion.range, insertion.text)).toContain('  min.insync.replicas: 1\n  default.replication.factor: 3\n');
  });
});

describe('Helm values of Confluent cp-kafka-connect', () => {
  const UMBRELLA = `cp-kafka:
  brokers: 3
cp-kafka-connect:
  enabled: true
  configurationOverrides:
    "plugin.path": "/usr/share/java"
    "config.storage.replication.factor": "1"
    offset_storage_replication_factor: -1
    producer.acks: 1
`;

  it('files the worker overrides of the umbrella chart as a worker file, with the release cluster\'s brokers', () => {
    const model = extract('values.yaml', UMBRELLA);
    expect(model.views.map((view) => [view.role, view.dialect, view.brokers, view.complete])).toEqual([
      ['broker', 'helm', 3, false],
      ['common', 'helm', undefined, false],
      ['topic', 'helm', 3, false],
      ['topic', 'helm', 3, false],
      ['producer', 'helm', undefined, false],
    ]);
    const [, worker, configTopic, offsetTopic, producer] = model.views;
    expect(entriesOf(worker)).toEqual([{ key: 'plugin.path', written: 'plugin.path', value: '/usr/share/java', at: '6:4' }]);
    expect(entriesOf(configTopic)).toEqual([{ key: 'replication.factor', written: 'config.storage.replication.factor', value: 1, at: '7:4' }]);
    // The chart writes `CONNECT_OFFSET_STORAGE_REPLICATION_FACTOR`, which the image reads back with dots.
    expect(entriesOf(offsetTopic)).toEqual([{ key: 'replication.factor', written: 'offset_storage_replication_factor', value: -1, at: '8:4' }]);
    expect(entriesOf(producer)).toEqual([{ key: 'acks', written: 'producer.acks', value: '1', at: '9:4' }]);
    expect(textOf(UMBRELLA, configTopic!.get('replication.factor')!.valueSpan)).toBe('"1"');
    expect(worker!.anchor.loc.start).toEqual({ line: 5, column: 2 });
    expect(configTopic!.anchor.loc.start).toEqual({ line: 7, column: 4 });
    const insertion = producer!.insert!('enable.idempotence', true)!;
    expect(applyEdit(UMBRELLA, insertion.range, insertion.text)).toBe(`${UMBRELLA}    producer.enable.idempotence: true\n`);
    expect(configTopic!.insert!('num.partitions', 1)).toBeUndefined();
  });

  it('leaves brokers unknown when Connect uses other brokers or the file has no cp-kafka, and skips a disabled chart', () => {
    const external = UMBRELLA.replace('  enabled: true\n', '  kafka:\n    bootstrapServers: "PLAINTEXT://kafka:9092"\n');
    expect(viewOf(extract('values.yaml', external), 'topic')!.brokers).toBeUndefined();
    const alone = UMBRELLA.replace('cp-kafka:\n  brokers: 3\n', '');
    expect(extract('values.yaml', alone).views.map((view) => [view.role, view.brokers])).toEqual([
      ['common', undefined],
      ['topic', undefined],
      ['topic', undefined],
      ['producer', undefined],
    ]);
    expect(extract('values.yaml', alone.replace('enabled: true', 'enabled: false'))).toEqual({ dialect: null, views: [], notes: [] });
  });

  it('reads the chart\'s own values by its image, or by worker keys', () => {
    const chart = 'image: confluentinc/cp-kafka-connect\nimageTag: 6.1.0\nconfigurationOverrides:\n  "config.storage.replication.factor": "3"\n';
    expect(extract('charts/cp-kafka-connect/values.yaml', chart).views.map((view) => [view.role, view.entries.length])).toEqual([
      ['common', 0],
      ['topic', 1],
    ]);
    const custom = 'image: registry.local/connect-with-plugins\nconfigurationOverrides:\n  plugin.path: /plugins\n';
    expect(entriesOf(extract('values-prod.yaml', custom).views[0])).toEqual([{ key: 'plugin.path', written: 'plugin.path', value: '/plugins', at: '3:2' }]);
  });
});

describe('Helm values that are not Kafka configuration', () => {
  const NOTHING = { dialect: null, views: [], notes: [] };

  it('ingress-nginx values (a controller with a config map)', () => {
    const nginx = 'controller:\n  replicaCount: 2\n  config:\n    use-forwarded-headers: "true"\n  extraArgs: {}\n';
    expect(extract('values.yaml', nginx)).toEqual(NOTHING);
  });

  it('an application chart that mentions Kafka, and overrides of another chart', () => {
    const other = 'image: example/app\nconfigurationOverrides:\n  log.level: debug\n';
    expect(extract('values.yaml', other)).toEqual(NOTHING);
    const app = 'replicaCount: 2\nenv:\n  KAFKA_BROKERS: kafka:9092\nkafka:\n  topic: orders\n  replicationFactor: 1\n';
    expect(extract('values-prod.yaml', app)).toEqual(NOTHING);
  });

  it('Bitnami-shaped values in a file not named as Helm values', () => {
    expect(extract('k8s/kafka.yaml', BITNAMI_32)).toEqual(NOTHING);
  });
});

describe('odd Helm values and manifests', () => {
  const ODD = [
    '',
    '~\n',
    '- a\n',
    'controller: ~\noverrideConfiguration: [1, 2]\n',
    'controller:\n  controllerOnly: {a: 1}\n  replicaCount: [3]\n  extraConfig: 12\nbroker:\n  replicaCount: -2\n',
    'overrideConfiguration:\n  ? [complex]\n  : 1\n  min.insync.replicas: {nested: 1}\n  acks:\n',
    'extraConfig: |\n\tmin.insync.replicas=1\ncontroller:\n  minId: 0\n',
    'extraConfig: "default.replication.factor=1\\nmin.insync.replicas=1"\ncontroller:\n  minId: 0\n',
    'extraConfig: |2\n    default.replication.factor=1\n  min.insync.replicas=1\ncontroller:\n  minId: 0\n',
    'provisioning:\n  enabled: true\n  replicationFactor: 1\n  topics: [~, 1, {config: ~}, {replicationFactor: {a: 1}}]\n',
    'x: &c\n  <<: *c\ncontroller:\n  minId: 0\n  overrideConfiguration: *c\n',
    'cp-kafka:\n  configurationOverrides: ~\n  brokers: many\n',
    'cp-kafka: [1]\nkafka: 3\n',
    'configurationOverrides:\n  "": 1\n  ".": 2\nbrokers: 3\n',
    'cp-kafka-connect:\n  configurationOverrides: [1]\n  kafka: 3\n',
    'cp-kafka-connect:\n  configurationOverrides:\n    "": 1\n    producer.: 2\n    ___: 3\n    config.storage.replication.factor: {a: 1}\n  kafka: {bootstrapServers: [1]}\n',
    'image: confluentinc/cp-kafka-connect\nconfigurationOverrides: &o\n  status.storage.replication.factor: 1\ncp-kafka-connect:\n  configurationOverrides: *o\n',
  ];

  it.each(ODD.map((text, index) => [index, text] as const))('input %i gives a model without throwing, spans inside the file', (_index, text) => {
    for (const path of ['values.yaml', 'k8s/deployment.yaml']) {
      const model = extract(path, text);
      expect(model.notes.filter((note) => note.message.startsWith('Kafka config extraction failed'))).toEqual([]);
      for (const view of model.views) {
        for (const entry of view.entries) {
          expect(entry.keySpan.range[0]).toBeLessThanOrEqual(entry.keySpan.range[1]);
          expect(entry.valueSpan.range[0]).toBeLessThanOrEqual(entry.valueSpan.range[1]);
          expect(entry.valueSpan.range[1]).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });

  it('reads a block with an indentation indicator exactly, or not at all', () => {
    const text = 'controller:\n  minId: 0\nextraConfig: |2\n    default.replication.factor=1\n  min.insync.replicas=1\n';
    const entries = extract('values.yaml', text).views[0]!.entries;
    for (const entry of entries) expect(textOf(text, entry.keySpan)).toBe(entry.written);
  });
});
