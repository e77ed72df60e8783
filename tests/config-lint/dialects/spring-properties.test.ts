import { describe, expect, it } from 'vitest';

import { applyEdit, entriesOf, extract, viewOf } from './extract.js';

const APPLICATION_PROPERTIES = `server.port=8080
spring.kafka.bootstrap-servers=\${KAFKA_BROKERS:localhost:9092}
spring.kafka.properties.sasl.mechanism=PLAIN
spring.kafka.producer.acks=1
spring.kafka.producer.properties.enable.idempotence=yes
spring.kafka.consumer.enable-auto-commit=yes
spring.kafka.consumer.auto-commit-interval=PT2S
spring.kafka.consumer.fetch-min-size=1MB
spring.kafka.consumer.properties[max.poll.interval.ms]=600000
spring.kafka.listener.type=batch
spring.datasource.url=jdbc:postgresql://db/billing
`;

describe('Spring Boot application.properties', () => {
  const model = extract('src/main/resources/application-prod.properties', APPLICATION_PROPERTIES);

  it('maps flattened names to Kafka settings per section', () => {
    expect(model.dialect).toBe('spring');
    expect(model.views.map((view) => view.role)).toEqual(['common', 'producer', 'consumer']);
    expect(entriesOf(viewOf(model, 'common'))).toEqual([
      { key: 'bootstrap.servers', written: 'spring.kafka.bootstrap-servers', value: undefined, at: '2:0' },
      { key: 'sasl.mechanism', written: 'spring.kafka.properties.sasl.mechanism', value: 'PLAIN', at: '3:0' },
    ]);
    expect(entriesOf(viewOf(model, 'producer'))).toEqual([
      { key: 'acks', written: 'spring.kafka.producer.acks', value: '1', at: '4:0' },
      // In a properties file `yes` reaches Kafka as the string "yes", which Kafka rejects.
      { key: 'enable.idempotence', written: 'spring.kafka.producer.properties.enable.idempotence', value: 'yes', at: '5:0' },
    ]);
    expect(entriesOf(viewOf(model, 'consumer'))).toEqual([
      // Spring's own boolean conversion accepts `yes`.
      { key: 'enable.auto.commit', written: 'spring.kafka.consumer.enable-auto-commit', value: true, at: '6:0' },
      { key: 'auto.commit.interval.ms', written: 'spring.kafka.consumer.auto-commit-interval', value: 2000, at: '7:0' },
      { key: 'fetch.min.bytes', written: 'spring.kafka.consumer.fetch-min-size', value: 1048576, at: '8:0' },
      {
        key: 'max.poll.interval.ms',
        written: 'spring.kafka.consumer.properties[max.poll.interval.ms]',
        value: 600000,
        at: '9:0',
      },
      { key: 'spring.listener.type', written: 'spring.kafka.listener.type', value: 'BATCH', at: '10:0' },
    ]);
    expect(viewOf(model, 'producer')!.anchor.loc.start).toEqual({ line: 4, column: 0 });
  });

  it('rewrites values and adds settings under Spring names', () => {
    const producer = viewOf(model, 'producer')!;
    const acks = producer.get('acks')!;
    expect(applyEdit(APPLICATION_PROPERTIES, acks.valueSpan.range, acks.formatValue!('all'))).toContain('\nspring.kafka.producer.acks=all\n');
    expect(producer.insert!('compression.type', 'lz4')).toEqual({
      range: [APPLICATION_PROPERTIES.indexOf('\nspring.datasource'), APPLICATION_PROPERTIES.indexOf('\nspring.datasource')],
      text: '\nspring.kafka.producer.compression-type=lz4',
    });
    expect(producer.insert!('delivery.timeout.ms', 120000)!.text).toBe('\nspring.kafka.producer.properties.delivery.timeout.ms=120000');
    expect(viewOf(model, 'common')!.insert!('client.id', 'billing')!.text).toBe('\nspring.kafka.client-id=billing');
  });

  it('gives a Spring file without Kafka settings no views', () => {
    expect(extract('application.properties', 'server.port=8080\n')).toEqual({ dialect: 'spring', views: [], notes: [] });
  });
});
