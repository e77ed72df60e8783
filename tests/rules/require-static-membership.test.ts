import rule from '../../src/rules/require-static-membership.js';
import { dedent, propertiesTester, yamlTester } from '../rule-tester.js';

/** A workload manifest whose one container has these environment variables. */
function manifest(kind: string, env: string, replicas: string | null = '3'): string {
  const spec = replicas === null ? '' : `  replicas: ${replicas}\n`;
  const variables = env
    .trim()
    .split('\n')
    .map((line) => `            ${line}`)
    .join('\n');
  return `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: orders\nspec:\n${spec}  template:\n    spec:\n      containers:\n        - name: orders\n          image: ghcr.io/acme/orders:1.0\n          env:\n${variables}\n`;
}

const GROUP = '- name: SPRING_KAFKA_CONSUMER_GROUP_ID\n  value: orders';

yamlTester.run('require-static-membership', rule as never, {
  valid: [
    {
      name: 'a StatefulSet whose consumers are static members named after their pod',
      filename: 'k8s/orders.yaml',
      code: manifest(
        'StatefulSet',
        `${GROUP}\n- name: SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID\n  valueFrom:\n    fieldRef:\n      fieldPath: metadata.name`,
      ),
    },
    {
      name: 'an instance id built from the pod name through a dependent variable',
      filename: 'k8s/orders.yaml',
      code: manifest('StatefulSet', `${GROUP}\n- name: SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID\n  value: orders-$(HOSTNAME)`),
    },
    {
      name: 'the pod name is in the environment: the application may use it as its instance id',
      filename: 'k8s/orders.yaml',
      code: manifest('StatefulSet', `- name: POD_NAME\n  valueFrom:\n    fieldRef:\n      fieldPath: metadata.name\n${GROUP}`),
    },
    {
      name: 'a Deployment, whose pods are renamed at every rollout (not reported by default)',
      filename: 'k8s/orders.yaml',
      code: manifest('Deployment', GROUP),
    },
    {
      name: 'a StatefulSet of one pod: no other member to disturb',
      filename: 'k8s/orders.yaml',
      code: manifest('StatefulSet', GROUP, '1'),
    },
    {
      name: 'a consumer without a group',
      filename: 'k8s/orders.yaml',
      code: manifest('StatefulSet', '- name: SPRING_KAFKA_CONSUMER_AUTO_OFFSET_RESET\n  value: earliest'),
    },
    {
      name: 'a constant instance id on a single replica',
      filename: 'k8s/orders.yaml',
      code: manifest('StatefulSet', `${GROUP}\n- name: SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID\n  value: orders-0`, '1'),
    },
    {
      name: 'a Spring application.yml says nothing about how the consumer is deployed',
      filename: 'src/main/resources/application.yml',
      code: 'spring:\n  kafka:\n    consumer:\n      group-id: orders\n',
    },
    {
      name: 'a Strimzi KafkaConnect cluster: workers use the Connect group protocol',
      filename: 'k8s/connect.yaml',
      code: dedent`
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaConnect
        metadata:
          name: connect
        spec:
          replicas: 3
          config:
            group.id: connect-cluster
      `,
    },
  ],
  invalid: [
    {
      name: 'a StatefulSet consumer group without static membership',
      filename: 'k8s/orders.yaml',
      code: manifest('StatefulSet', GROUP),
      errors: [
        {
          messageId: 'statefulSet',
          data: { workload: 'StatefulSet `orders`', group: 'group `orders`', written: 'SPRING_KAFKA_CONSUMER_GROUP_ID' },
          line: 13,
          column: 21,
          endLine: 13,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'a group id shared through spring.kafka.properties and a ConfigMap, replicas not written',
      filename: 'base/orders.yaml',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: kafka-client
        data:
          SPRING_KAFKA_PROPERTIES_GROUP_ID: orders
          SPRING_KAFKA_CONSUMER_MAX_POLL_RECORDS: "100"
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: orders
        spec:
          template:
            spec:
              containers:
                - name: orders
                  envFrom:
                    - configMapRef:
                        name: kafka-client
      `,
      errors: [
        {
          messageId: 'statefulSet',
          data: { workload: 'StatefulSet `orders`', group: 'group `orders`', written: 'SPRING_KAFKA_PROPERTIES_GROUP_ID' },
          line: 6,
          column: 3,
        },
      ],
    },
    {
      name: 'a group id read at run time',
      filename: 'k8s/orders.yaml',
      code: manifest('StatefulSet', '- name: SPRING_KAFKA_CONSUMER_GROUPID\n  valueFrom:\n    configMapKeyRef:\n      name: orders\n      key: group'),
      errors: [
        {
          messageId: 'statefulSet',
          data: { workload: 'StatefulSet `orders`', group: 'its group', written: 'SPRING_KAFKA_CONSUMER_GROUPID' },
          line: 13,
          column: 21,
        },
      ],
    },
    {
      name: 'Deployments, when asked for (replicas not written)',
      filename: 'k8s/orders.yaml',
      code: manifest('Deployment', GROUP, null),
      options: [{ deployments: true }],
      errors: [
        {
          messageId: 'deployment',
          data: { workload: 'Deployment `orders`', group: 'group `orders`', written: 'SPRING_KAFKA_CONSUMER_GROUP_ID' },
          line: 12,
          column: 21,
        },
      ],
    },
    {
      name: 'one constant instance id for every pod',
      filename: 'k8s/orders.yaml',
      code: manifest('StatefulSet', `${GROUP}\n- name: SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID\n  value: "orders-static"`),
      errors: [
        {
          messageId: 'sharedInstanceId',
          data: {
            written: 'SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID',
            replicas: 3,
            workload: 'StatefulSet `orders`',
            value: '"orders-static"',
          },
          line: 16,
          column: 22,
        },
      ],
    },
    {
      name: 'a Deployment sharing one instance id, reported whatever the option',
      filename: 'k8s/orders.yaml',
      code: manifest('Deployment', `${GROUP}\n- name: SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID\n  value: orders`, '2'),
      errors: [
        {
          messageId: 'sharedInstanceId',
          data: { written: 'SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID', replicas: 2, workload: 'Deployment `orders`', value: 'orders' },
          line: 16,
          column: 22,
        },
      ],
    },
  ],
});

propertiesTester.run('require-static-membership', rule as never, {
  valid: [
    { name: 'a consumer.properties file says nothing about how it is deployed', filename: 'consumer.properties', code: 'bootstrap.servers=kafka:9092\ngroup.id=orders\n' },
    {
      name: 'a Connect worker group is not a consumer group',
      filename: 'connect-distributed.properties',
      code: 'bootstrap.servers=kafka:9092\ngroup.id=connect-cluster\nconfig.storage.topic=connect-configs\n',
    },
  ],
  invalid: [],
});
