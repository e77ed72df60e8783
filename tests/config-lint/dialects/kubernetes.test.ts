import { describe, expect, it } from 'vitest';

import { springEnvironmentMapping } from '../../../src/config-lint/dialects/spring-env.js';
import { applyEdit, entriesOf, extract, textOf, viewOf } from './extract.js';

const STATEFUL_SET = `apiVersion: v1
kind: ConfigMap
metadata:
  name: orders-kafka
data:
  SPRING_KAFKA_CONSUMER_ENABLEAUTOCOMMIT: "false"
  SESSION_TIMEOUT_MS: "45000"
---
apiVersion: v1
kind: Service
metadata:
  name: orders
spec:
  clusterIP: None
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: orders
spec:
  replicas: 3
  serviceName: orders
  template:
    spec:
      containers:
        - name: orders
          image: ghcr.io/acme/orders:1.4.0
          envFrom:
            - configMapRef:
                name: orders-kafka
            - prefix: SPRING_KAFKA_PROPERTIES_
              configMapRef:
                name: orders-kafka
          env:
            - name: SPRING_KAFKA_BOOTSTRAP_SERVERS
              value: kafka-0.kafka:9092
            - name: SPRING_KAFKA_CONSUMER_GROUP_ID
              value: orders
            - name: SPRING_KAFKA_CONSUMER_ENABLEAUTOCOMMIT
              value: "true"
            - name: SPRING_KAFKA_CONSUMER_PROPERTIES_MAX_POLL_INTERVAL_MS
              value: "600000"
            - name: SPRING_KAFKA_LISTENER_CONCURRENCY
              value: "3"
            - name: SPRING_KAFKA_PRODUCER_ACKS
              value: "1"
            - name: JAVA_OPTS
              value: -Xmx512m
        - name: metrics
          image: prom/statsd-exporter
`;

describe('Kubernetes workloads configuring a Spring Kafka client', () => {
  const model = extract('k8s/orders.yaml', STATEFUL_SET);

  it('gives consumer and producer views per container, with the settings they inherit in a common view', () => {
    expect(model.dialect).toBe('kubernetes');
    expect(model.views.map((view) => view.role)).toEqual(['common', 'consumer', 'producer']);
    const consumer = viewOf(model, 'consumer')!;
    expect(consumer).toMatchObject({ client: 'java', dialect: 'kubernetes', complete: false });
    expect(entriesOf(consumer)).toEqual([
      { key: 'enable.auto.commit', written: 'SPRING_KAFKA_CONSUMER_ENABLEAUTOCOMMIT', value: false, at: '6:2' },
      { key: 'group.id', written: 'SPRING_KAFKA_CONSUMER_GROUP_ID', value: 'orders', at: '37:20' },
      { key: 'enable.auto.commit', written: 'SPRING_KAFKA_CONSUMER_ENABLEAUTOCOMMIT', value: true, at: '39:20' },
      { key: 'max.poll.interval.ms', written: 'SPRING_KAFKA_CONSUMER_PROPERTIES_MAX_POLL_INTERVAL_MS', value: 600000, at: '41:20' },
      { key: 'spring.listener.concurrency', written: 'SPRING_KAFKA_LISTENER_CONCURRENCY', value: 3, at: '43:20' },
    ]);
    // `env` wins over `envFrom`, as Kubernetes resolves them.
    expect(consumer.get('enable.auto.commit')?.value).toBe(true);
    // The prefixed envFrom passes every data item under SPRING_KAFKA_PROPERTIES_, as Spring would bind it.
    expect(entriesOf(viewOf(model, 'common'))).toEqual([
      {
        key: 'spring.kafka.consumer.enableautocommit',
        written: 'SPRING_KAFKA_PROPERTIES_SPRING_KAFKA_CONSUMER_ENABLEAUTOCOMMIT',
        value: 'false',
        at: '6:2',
      },
      { key: 'session.timeout.ms', written: 'SPRING_KAFKA_PROPERTIES_SESSION_TIMEOUT_MS', value: 45000, at: '7:2' },
      { key: 'bootstrap.servers', written: 'SPRING_KAFKA_BOOTSTRAP_SERVERS', value: 'kafka-0.kafka:9092', at: '35:20' },
    ]);
    expect(consumer.get('session.timeout.ms')?.value).toBe(45000);
    // Producer settings go to the producer view only.
    expect(consumer.get('acks')).toBeUndefined();
    expect(consumer.anchor.loc.start).toEqual({ line: 34, column: 10 });
    const producer = viewOf(model, 'producer')!;
    expect(producer).toMatchObject({ client: 'java', dialect: 'kubernetes', complete: false });
    expect(producer.anchor.loc.start).toEqual({ line: 34, column: 10 });
    expect(entriesOf(producer)).toEqual([{ key: 'acks', written: 'SPRING_KAFKA_PRODUCER_ACKS', value: '1', at: '45:20' }]);
    expect(textOf(STATEFUL_SET, producer.get('acks')!.valueSpan)).toBe('"1"');
    // The producer inherits the container's common settings too, without listing them.
    expect(producer.get('bootstrap.servers')?.value).toBe('kafka-0.kafka:9092');
    expect(producer.get('group.id')).toBeUndefined();
  });

  it('names the workload, its kind and replicas', () => {
    for (const view of model.views) expect(view.workload).toEqual({ kind: 'StatefulSet', name: 'orders', replicas: 3 });
  });

  it('keeps exact spans, and rewrites environment values as strings', () => {
    const group = viewOf(model, 'consumer')!.get('group.id')!;
    expect(textOf(STATEFUL_SET, group.keySpan)).toBe('SPRING_KAFKA_CONSUMER_GROUP_ID');
    expect(textOf(STATEFUL_SET, group.valueSpan)).toBe('orders');
    const interval = viewOf(model, 'consumer')!.get('max.poll.interval.ms')!;
    expect(applyEdit(STATEFUL_SET, interval.valueSpan.range, interval.formatValue!(300000))).toContain('              value: "300000"\n');
    const bootstrap = viewOf(model, 'common')!.get('bootstrap.servers')!;
    expect(applyEdit(STATEFUL_SET, bootstrap.valueSpan.range, bootstrap.formatValue!('kafka:9092'))).toContain('value: "kafka:9092"\n');
  });

  it('reads values set at run time as unknown, and notes a variable holding the pod name', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing
spec:
  template:
    spec:
      containers:
        - name: billing
          env:
            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: SPRING_KAFKA_CONSUMER_GROUP_ID
              valueFrom:
                configMapKeyRef:
                  name: billing
                  key: group
            - name: SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID
              value: $(POD_NAME)
            - name: SPRING_KAFKA_CONSUMER_CLIENT_ID
              value: \${HOSTNAME}
`;
    const model = extract('deploy/billing/deployment.yml', text);
    const consumer = viewOf(model, 'consumer')!;
    expect(entriesOf(consumer)).toEqual([
      { key: 'group.id', written: 'SPRING_KAFKA_CONSUMER_GROUP_ID', value: undefined, at: '15:20' },
      { key: 'group.instance.id', written: 'SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID', value: undefined, at: '20:20' },
      { key: 'client.id', written: 'SPRING_KAFKA_CONSUMER_CLIENT_ID', value: undefined, at: '22:20' },
    ]);
    expect(consumer.get('group.id')!.formatValue).toBeUndefined();
    expect(consumer.workload).toEqual({ kind: 'Deployment', name: 'billing', podNameVariable: 'POD_NAME' });
    expect(viewOf(model, 'common')).toBeUndefined();
  });

  it('maps Spring Boot environment names, canonical and legacy', () => {
    expect(springEnvironmentMapping('SPRING_KAFKA_CONSUMER_GROUPID')).toMatchObject({ role: 'consumer', key: 'group.id' });
    expect(springEnvironmentMapping('SPRING_KAFKA_CONSUMER_GROUP_ID')).toMatchObject({ role: 'consumer', key: 'group.id' });
    expect(springEnvironmentMapping('SPRING_KAFKA_BOOTSTRAP_SERVERS')).toMatchObject({ role: 'common', key: 'bootstrap.servers' });
    expect(springEnvironmentMapping('SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID')).toMatchObject({
      role: 'consumer',
      key: 'group.instance.id',
      type: 'passthrough',
    });
    expect(springEnvironmentMapping('SPRING_KAFKA_CONSUMER_NOT_A_PROPERTY')).toBeUndefined();
    expect(springEnvironmentMapping('SPRING_DATASOURCE_URL')).toBeUndefined();
    expect(springEnvironmentMapping('KAFKA_GROUP_ID')).toBeUndefined();
    expect(springEnvironmentMapping('spring.kafka.consumer.group-id')).toBeUndefined();
  });

  it('reads every workload of a multi-document file, with a common group.id', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: a
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: a
          env:
            - name: SPRING_KAFKA_PROPERTIES_GROUP_ID
              value: shared
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: b
spec:
  template:
    spec:
      containers:
        - name: b
          env:
            - name: SPRING_KAFKA_CONSUMER_GROUPID
              value: b
`;
    const model = extract('base/workloads.yaml', text);
    expect(model.views.map((view) => [view.role, view.workload?.kind, view.workload?.replicas])).toEqual([
      ['common', 'Deployment', 2],
      ['consumer', 'Deployment', 2],
      ['consumer', 'StatefulSet', undefined],
    ]);
    expect(viewOf(model, 'consumer')!.get('group.id')).toMatchObject({ written: 'SPRING_KAFKA_PROPERTIES_GROUP_ID', value: 'shared' });
  });
});

describe('Kubernetes workloads configuring a Spring Kafka producer', () => {
  const LEDGER = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ledger
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: ledger
          env:
            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: SPRING_KAFKA_PRODUCER_TRANSACTION_ID_PREFIX
              value: ledger-$(POD_NAME)-
            - name: SPRING_KAFKA_PRODUCER_RETRIES
              value: '0'
            - name: SPRING_KAFKA_TEMPLATE_DEFAULT_TOPIC
              value: ledger
            - name: SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL
              value: SSL
            - name: SPRING_CLOUD_STREAM_KAFKA_BINDINGS_OUT_PRODUCER_CONFIGURATION_ACKS
              value: "0"
`;

  it('gives a producer view to a container without a consumer', () => {
    const model = extract('k8s/ledger.yaml', LEDGER);
    expect(model.dialect).toBe('kubernetes');
    expect(model.views.map((view) => view.role)).toEqual(['common', 'producer']);
    const producer = viewOf(model, 'producer')!;
    expect(producer).toMatchObject({ client: 'java', dialect: 'kubernetes', complete: false });
    expect(producer.anchor.loc.start).toEqual({ line: 11, column: 10 });
    expect(entriesOf(producer)).toEqual([
      // `$(POD_NAME)` is expanded by Kubernetes: a run-time value, still a transactional producer.
      { key: 'spring.producer.transaction-id-prefix', written: 'SPRING_KAFKA_PRODUCER_TRANSACTION_ID_PREFIX', value: undefined, at: '16:20' },
      { key: 'retries', written: 'SPRING_KAFKA_PRODUCER_RETRIES', value: 0, at: '18:20' },
      { key: 'spring.template.default-topic', written: 'SPRING_KAFKA_TEMPLATE_DEFAULT_TOPIC', value: 'ledger', at: '20:20' },
    ]);
    const prefix = producer.get('spring.producer.transaction-id-prefix')!;
    expect(textOf(LEDGER, prefix.valueSpan)).toBe('ledger-$(POD_NAME)-');
    const retries = producer.get('retries')!;
    expect(textOf(LEDGER, retries.valueSpan)).toBe("'0'");
    expect(applyEdit(LEDGER, retries.valueSpan.range, retries.formatValue!(3))).toContain("              value: '3'\n");
    expect(producer.get('security.protocol')).toMatchObject({ written: 'SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL', value: 'SSL' });
    // A Spring Cloud Stream binding configures a client of its own, which these views do not model.
    expect(producer.get('acks')).toBeUndefined();
    expect(producer.workload).toEqual({ kind: 'StatefulSet', name: 'ledger', replicas: 2, podNameVariable: 'POD_NAME' });
  });

  it('puts a transactional producer beside the consumer of the same container', () => {
    const text = LEDGER.replace(
      '            - name: SPRING_KAFKA_TEMPLATE',
      '            - name: SPRING_KAFKA_CONSUMER_ISOLATION_LEVEL\n              value: read_uncommitted\n            - name: SPRING_KAFKA_TEMPLATE',
    );
    const model = extract('k8s/ledger.yaml', text);
    expect(model.views.map((view) => view.role)).toEqual(['common', 'consumer', 'producer']);
    expect(entriesOf(viewOf(model, 'consumer'))).toEqual([
      { key: 'isolation.level', written: 'SPRING_KAFKA_CONSUMER_ISOLATION_LEVEL', value: 'read_uncommitted', at: '20:20' },
    ]);
    expect(viewOf(model, 'producer')!.get('isolation.level')).toBeUndefined();
  });
});

describe('Kubernetes manifests that configure no Kafka client', () => {
  const NOTHING = { dialect: null, views: [], notes: [] };
  const container = (env: string) => `          env:\n${env}`;
  const workload = (kind: string, apiVersion: string, env: string) =>
    `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n${container(env)}`;
  const GROUP = '            - name: SPRING_KAFKA_CONSUMER_GROUP_ID\n              value: x\n';

  it('common settings alone, an app with its own variable names, a ConfigMap alone', () => {
    expect(extract('k8s/deployment.yaml', workload('Deployment', 'apps/v1', '            - name: SPRING_KAFKA_BOOTSTRAP_SERVERS\n              value: kafka:9092\n'))).toEqual(NOTHING);
    expect(extract('k8s/deployment.yaml', workload('Deployment', 'apps/v1', '            - name: KAFKA_GROUP_ID\n              value: x\n'))).toEqual(NOTHING);
    expect(extract('k8s/config.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  SPRING_KAFKA_CONSUMER_GROUP_ID: x\n')).toEqual(NOTHING);
  });

  it('other kinds and API groups', () => {
    expect(extract('k8s/job.yaml', workload('CronJob', 'batch/v1', GROUP))).toEqual(NOTHING);
    expect(extract('k8s/rollout.yaml', workload('Rollout', 'argoproj.io/v1alpha1', GROUP))).toEqual(NOTHING);
    expect(extract('k8s/crd.yaml', workload('Deployment', 'example.com/v1', GROUP))).toEqual(NOTHING);
  });

  it('an envFrom ConfigMap that is not in the file, and odd shapes', () => {
    const envFrom = workload('StatefulSet', 'apps/v1', '            - name: OTHER\n              value: x\n').replace(
      '          env:\n',
      '          envFrom:\n            - configMapRef:\n                name: elsewhere\n          env:\n',
    );
    expect(extract('k8s/sts.yaml', envFrom)).toEqual(NOTHING);
    expect(extract('k8s/odd.yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers: {}\n')).toEqual(NOTHING);
    expect(extract('k8s/odd.yaml', 'apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  template:\n    spec:\n      containers:\n        - env: [1, null, {name: 3}]\n')).toEqual(NOTHING);
  });
});

describe('odd manifests', () => {
  const ODD = [
    'apiVersion: apps/v1\nkind: StatefulSet\n',
    'apiVersion: apps/v1\nkind: StatefulSet\nspec: 3\n',
    'apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  replicas: lots\n  template:\n    spec:\n      containers: [~, 1, [2], {env: ~}, {env: {a: 1}}, {envFrom: [~, {configMapRef: ~}]}]\n',
    'apiVersion: [apps/v1]\nkind: {a: StatefulSet}\n',
    'x: &e\n  - name: SPRING_KAFKA_CONSUMER_GROUP_ID\n    value: *nowhere\napiVersion: apps/v1\nkind: StatefulSet\nspec:\n  template:\n    spec:\n      containers:\n        - env: *e\n',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [x]\ndata: [1]\n---\napiVersion: apps/v1\nkind: Deployment\n',
  ];

  it.each(ODD.map((text, index) => [index, text] as const))('input %i gives a model without throwing', (_index, text) => {
    const model = extract('k8s/x.yaml', text);
    expect(model.notes.filter((note) => note.message.startsWith('Kafka config extraction failed'))).toEqual([]);
    for (const view of model.views) for (const entry of view.entries) expect(entry.valueSpan.range[1]).toBeLessThanOrEqual(text.length);
  });

  it('follows an anchored env list, and does not rewrite its shared values', () => {
    const text = `x-env: &env
  - name: SPRING_KAFKA_CONSUMER_GROUP_ID
    value: shared
---
apiVersion: apps/v1
kind: StatefulSet
spec:
  template:
    spec:
      containers:
        - name: a
          env: *env
`;
    // Anchors do not cross documents: the alias names nothing in its own document.
    const model = extract('k8s/x.yaml', text);
    expect(model.dialect).toBeNull();
    const same = text.replace('---\n', '');
    const views = extract('k8s/x.yaml', same).views;
    expect(views.map((view) => view.role)).toEqual(['consumer']);
    expect(views[0]!.get('group.id')).toMatchObject({ value: 'shared', written: 'SPRING_KAFKA_CONSUMER_GROUP_ID' });
    expect(views[0]!.get('group.id')!.formatValue).toBeUndefined();
  });
});
