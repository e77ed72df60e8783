import { describe, expect, it } from 'vitest';

import { applyEdit, entriesOf, extract, textOf, viewOf } from './extract.js';

const PRODUCER = `# Producer for the orders service
bootstrap.servers=kafka-1:9092,kafka-2:9092
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer = io.confluent.kafka.serializers.KafkaAvroSerializer
acks=1
enable.idempotence=TRUE
linger.ms: 20
retries=-1
batch.size=64k
max.in.flight.requests.per.connection=5
`;

describe('Java client properties', () => {
  it('reads a producer file: canonical keys, exact positions, values typed as ConfigDef parses them', () => {
    const model = extract('config/producer.properties', PRODUCER);
    expect(model.dialect).toBe('java-properties');
    expect(model.views).toHaveLength(1);
    const view = model.views[0]!;
    expect(view).toMatchObject({ role: 'producer', client: 'java', scope: 'client', dialect: 'java-properties', complete: true });
    expect(entriesOf(view)).toEqual([
      { key: 'bootstrap.servers', written: 'bootstrap.servers', value: 'kafka-1:9092,kafka-2:9092', at: '2:0' },
      {
        key: 'key.serializer',
        written: 'key.serializer',
        value: 'org.apache.kafka.common.serialization.StringSerializer',
        at: '3:0',
      },
      {
        key: 'value.serializer',
        written: 'value.serializer',
        value: 'io.confluent.kafka.serializers.KafkaAvroSerializer',
        at: '4:0',
      },
      // acks is a STRING key in Kafka: "1" stays a string, as the client sees it.
      { key: 'acks', written: 'acks', value: '1', at: '5:0' },
      // Booleans are case-insensitive for ConfigDef.
      { key: 'enable.idempotence', written: 'enable.idempotence', value: true, at: '6:0' },
      { key: 'linger.ms', written: 'linger.ms', value: 20, at: '7:0' },
      { key: 'retries', written: 'retries', value: -1, at: '8:0' },
      // Not a number for Kafka: kept as text for a value rule to report.
      { key: 'batch.size', written: 'batch.size', value: '64k', at: '9:0' },
      { key: 'max.in.flight.requests.per.connection', written: 'max.in.flight.requests.per.connection', value: 5, at: '10:0' },
    ]);
    const acks = view.get('acks')!;
    expect(acks.valueSpan.loc).toEqual({ start: { line: 5, column: 5 }, end: { line: 5, column: 6 } });
    expect(acks.text).toBe('1');
    expect(textOf(PRODUCER, view.get('value.serializer')!.valueSpan)).toBe('io.confluent.kafka.serializers.KafkaAvroSerializer');
    expect(view.anchor.loc.start).toEqual({ line: 2, column: 0 });
  });

  it('rewrites a value in place and adds a missing setting after the last line', () => {
    const view = extract('producer.properties', PRODUCER).views[0]!;
    const acks = view.get('acks')!;
    expect(applyEdit(PRODUCER, acks.valueSpan.range, acks.formatValue!('all'))).toContain('\nacks=all\n');
    const insertion = view.insert!('compression.type', 'zstd')!;
    expect(applyEdit(PRODUCER, insertion.range, insertion.text)).toBe(`${PRODUCER.slice(0, -1)}\ncompression.type=zstd\n`);
  });

  it('escapes what Properties#load would otherwise read differently', () => {
    const text = 'bootstrap.servers=localhost:9092\nssl.truststore.location=/etc/kafka/truststore.jks\n';
    const entry = extract('client.properties', text).views[0]!.get('ssl.truststore.location')!;
    expect(entry.formatValue!('C:\\certs\\trust store.jks')).toBe('C:\\\\certs\\\\trust store.jks');
    expect(entry.formatValue!(' leading')).toBe('\\ leading');
    expect(entry.formatValue!('żółć')).toBe('\\u017c\\u00f3\\u0142\\u0107');
  });

  it('does not rewrite a value continued over several lines', () => {
    const text = 'bootstrap.servers=a:9092,\\\n    b:9092\ngroup.id=g\n';
    const entry = extract('consumer.properties', text).views[0]!.get('bootstrap.servers')!;
    expect(entry.value).toBe('a:9092,b:9092');
    expect(entry.formatValue).toBeUndefined();
  });

  it('keeps duplicates in order; get() answers with the last one', () => {
    const text = 'group.id=a\nsession.timeout.ms=10000\nsession.timeout.ms=45000\n';
    const view = extract('consumer.properties', text).views[0]!;
    expect(view.entries.map((entry) => entry.value)).toEqual(['a', 10000, 45000]);
    expect(view.get('session.timeout.ms')!.keySpan.loc.start.line).toBe(3);
  });

  it('takes the role from the file name, then from the keys', () => {
    const consumerKeys = 'bootstrap.servers=k:9092\ngroup.id=billing\nauto.offset.reset=earliest\n';
    expect(viewOf(extract('orders-consumer.properties', 'bootstrap.servers=k:9092\n'), 'consumer')).toBeDefined();
    expect(viewOf(extract('admin.properties', 'bootstrap.servers=k:9092\n'), 'admin')).toBeDefined();
    expect(extract('kafka.properties', consumerKeys).views[0]!.role).toBe('consumer');
    expect(extract('client.properties', 'bootstrap.servers=k:9092\nlinger.ms=5\n').views[0]!.role).toBe('producer');
    expect(extract('client.properties', 'bootstrap.servers=k:9092\nsecurity.protocol=SASL_SSL\n').views[0]!.role).toBe('common');
    // Producer and consumer settings together: the file serves several clients.
    expect(extract('app-kafka.properties', `${consumerKeys}acks=all\n`).views[0]!.role).toBe('common');
    // A Kafka Connect worker configures no single client.
    expect(extract('connect-distributed.properties', `${consumerKeys}key.converter=x\n`).views[0]!.role).toBe('common');
  });

  it('reads a Java client config named .conf by its Java-only keys', () => {
    const text = 'bootstrap.servers=k:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required;\n';
    const model = extract('client.conf', text);
    expect(model.dialect).toBe('java-properties');
    expect(model.views[0]!.role).toBe('common');
  });

  it('anchors an empty client file at its start', () => {
    const model = extract('producer.properties', '# nothing yet\n');
    expect(model.dialect).toBe('java-properties');
    expect(model.views[0]!.entries).toEqual([]);
    expect(model.views[0]!.anchor).toEqual({ range: [0, 0], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } });
    const insertion = model.views[0]!.insert!('acks', 'all')!;
    expect(insertion).toEqual({ range: [14, 14], text: 'acks=all\n' });
  });
});
