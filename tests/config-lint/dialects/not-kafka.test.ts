import { describe, expect, it } from 'vitest';

import { extract } from './extract.js';

const NOTHING = { dialect: null, views: [], notes: [] };

describe('files that are not Kafka configuration', () => {
  it('a GitHub workflow', () => {
    const workflow = `name: CI
on:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      kafka:
        image: apache/kafka:3.8.0
        ports: ["9092:9092"]
    steps:
      - uses: actions/checkout@v4
      - run: npm test
        env:
          KAFKA_BROKERS: localhost:9092
`;
    expect(extract('.github/workflows/ci.yml', workflow)).toEqual(NOTHING);
  });

  it('a HOCON application.conf (Alpakka Kafka) whose blocks hold Kafka client keys', () => {
    const hocon = `akka.kafka.producer {
  kafka-clients {
    bootstrap.servers = "kafka:9092"
    sasl.jaas.config = "org.apache.kafka.common.security.plain.PlainLoginModule required;"
    acks = "1"
  }
}
`;
    expect(extract('src/main/resources/application.conf', hocon)).toEqual(NOTHING);
    expect(extract('reference.conf', hocon.replace('akka.kafka.producer {', 'akka.kafka.producer{'))).toEqual(NOTHING);
  });

  it('a compose file without Kafka images', () => {
    const compose = `services:
  web:
    image: nginx:1.27
    environment:
      KAFKA_BROKERS: kafka:9092
      KAFKA_TOPIC: orders
  db:
    image: postgres:16
    environment:
      - POSTGRES_PASSWORD=secret
  ui:
    image: provectuslabs/kafka-ui
    environment:
      KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS: kafka:9092
`;
    expect(extract('docker-compose.yml', compose)).toEqual(NOTHING);
  });

  it('a Helm values file that talks about Kafka', () => {
    const values = `replicaCount: 3
kafka:
  enabled: true
  replicaCount: 3
  config:
    default.replication.factor: 3
  extraEnvVars:
    - name: KAFKA_CFG_NUM_PARTITIONS
      value: "6"
image:
  repository: bitnami/kafka
  tag: 3.7.0
`;
    expect(extract('charts/platform/values.yaml', values)).toEqual(NOTHING);
  });

  it('a Kubernetes manifest whose container only names its brokers', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  template:
    spec:
      containers:
        - name: orders
          image: ghcr.io/acme/orders:1.0
          env:
            - name: SPRING_KAFKA_BOOTSTRAP_SERVERS
              value: kafka:9092
            - name: SPRING_PROFILES_ACTIVE
              value: prod
`;
    expect(extract('k8s/deployment.yaml', deployment)).toEqual(NOTHING);
    // A Spring producer configured through the environment is Kafka configuration, producer-only or not.
    const producer = extract('k8s/deployment.yaml', `${deployment}            - name: SPRING_KAFKA_PRODUCER_ACKS\n              value: "1"\n`);
    expect(producer.dialect).toBe('kubernetes');
    expect(producer.views.map((view) => [view.role, view.complete])).toEqual([
      ['common', false],
      ['producer', false],
    ]);
    expect(producer.views[1]!.get('acks')).toMatchObject({ written: 'SPRING_KAFKA_PRODUCER_ACKS', value: '1' });
  });

  it('a compose application that only names its brokers', () => {
    const compose = `services:
  api:
    build: .
    environment:
      SPRING_PROFILES_ACTIVE: local
      SPRING_KAFKA_BOOTSTRAP_SERVERS: kafka:9092
      KAFKA_TOPIC: orders
`;
    expect(extract('docker-compose.yml', compose)).toEqual(NOTHING);
  });

  it('log4j.properties and gradle.properties', () => {
    const log4j = 'log4j.rootLogger=INFO, stdout\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\nlog4j.logger.kafka=WARN\n';
    expect(extract('config/log4j.properties', log4j)).toEqual(NOTHING);
    const gradle = 'org.gradle.jvmargs=-Xmx2g\norg.gradle.parallel=true\nkafkaVersion=3.9.0\nversion=1.4.0\n';
    expect(extract('gradle.properties', gradle)).toEqual(NOTHING);
  });

  it('properties files whose keys only look like Kafka’s', () => {
    expect(extract('app.properties', 'client.id=web\nretries=3\n')).toEqual(NOTHING);
    expect(extract('settings.properties', 'debug=true\nlog_level=7\n')).toEqual(NOTHING);
    expect(extract('kafka_server_jaas.conf', 'KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required;\n};\n')).toEqual(NOTHING);
  });
});
