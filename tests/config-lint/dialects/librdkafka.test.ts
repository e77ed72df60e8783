import { describe, expect, it } from 'vitest';

import { applyEdit, entriesOf, extract } from './extract.js';

const RDKAFKA = `# librdkafka settings for the price-feed bridge
metadata.broker.list=kafka-1:9092,kafka-2:9092
request.required.acks=1
queue.buffering.max.ms=10
message.send.max.retries=3
compression.codec=LZ4
enable.idempotence=t
socket.keepalive.enable=true
max.in.flight=5
message.timeout.ms=120000ms
ssl.ca.location=C:\\certs\\ca.pem
`;

describe('librdkafka files', () => {
  it('files settings under the alias-resolved name, values read as librdkafka reads them', () => {
    const model = extract('bridge/librdkafka.conf', RDKAFKA);
    expect(model.dialect).toBe('librdkafka');
    const view = model.views[0]!;
    expect(view).toMatchObject({ role: 'producer', client: 'librdkafka', dialect: 'librdkafka', complete: true });
    expect(entriesOf(view)).toEqual([
      { key: 'bootstrap.servers', written: 'metadata.broker.list', value: 'kafka-1:9092,kafka-2:9092', at: '2:0' },
      { key: 'acks', written: 'request.required.acks', value: 1, at: '3:0' },
      { key: 'linger.ms', written: 'queue.buffering.max.ms', value: 10, at: '4:0' },
      { key: 'retries', written: 'message.send.max.retries', value: 3, at: '5:0' },
      { key: 'compression.type', written: 'compression.codec', value: 'lz4', at: '6:0' },
      { key: 'enable.idempotence', written: 'enable.idempotence', value: true, at: '7:0' },
      { key: 'socket.keepalive.enable', written: 'socket.keepalive.enable', value: true, at: '8:0' },
      { key: 'max.in.flight.requests.per.connection', written: 'max.in.flight', value: 5, at: '9:0' },
      // strtol stops at the unit: librdkafka reads 120000.
      { key: 'delivery.timeout.ms', written: 'message.timeout.ms', value: 120000, at: '10:0' },
      // No unescaping: librdkafka's readers take the text as it is.
      { key: 'ssl.ca.location', written: 'ssl.ca.location', value: 'C:\\certs\\ca.pem', at: '11:0' },
    ]);
  });

  it('reads acks=all as librdkafka does (-1) and keeps what it rejects as text', () => {
    const view = extract('rdkafka.conf', 'acks=all\nlinger.ms=soon\nenable.idempotence=yes\n').views[0]!;
    expect(view.entries.map((entry) => entry.value)).toEqual([-1, 'soon', 'yes']);
    expect(view.get('acks')!.text).toBe('all');
  });

  it('writes values back without escaping', () => {
    const view = extract('librdkafka.conf', RDKAFKA).views[0]!;
    const acks = view.get('acks')!;
    expect(applyEdit(RDKAFKA, acks.valueSpan.range, acks.formatValue!('all'))).toContain('\nrequest.required.acks=all\n');
    expect(view.get('ssl.ca.location')!.formatValue!('D:\\ca.pem')).toBe('D:\\ca.pem');
    expect(view.insert!('enable.idempotence', true)!.text).toBe('\nenable.idempotence=true');
  });

  it('takes the role from the keys', () => {
    expect(extract('librdkafka.conf', 'bootstrap.servers=k:9092\ngroup.id=g\n').views[0]!.role).toBe('consumer');
    expect(extract('librdkafka.conf', 'bootstrap.servers=k:9092\nenable.auto.offset.store=false\n').views[0]!.role).toBe('consumer');
    expect(extract('librdkafka.conf', 'bootstrap.servers=k:9092\nlinger.ms=5\n').views[0]!.role).toBe('producer');
    expect(extract('librdkafka.conf', 'bootstrap.servers=k:9092\n').views[0]!.role).toBe('common');
  });

  it('recognises librdkafka files by librdkafka-only keys, whatever their name', () => {
    const confluentCloud = 'bootstrap.servers=pkc.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.username=KEY\nsasl.password=SECRET\n';
    const model = extract('client.properties', confluentCloud);
    expect(model.dialect).toBe('librdkafka');
    expect(model.views[0]!.get('sasl.mechanism')).toMatchObject({ written: 'sasl.mechanisms', value: 'PLAIN' });
    expect(extract('kcat.conf', 'bootstrap.servers=k:9092\nacks=all\n').dialect).toBe('librdkafka');
    // Java serializers: a Java file that happens to use a librdkafka-only name.
    expect(extract('producer.properties', 'key.serializer=x\nqueue.buffering.max.ms=5\n').dialect).toBe('java-properties');
    // ...but a serializer left over in a file written in librdkafka's names does not make it a Java file.
    const ported = 'bootstrap.servers=k:9092\nrequest.required.acks=1\nbatch.num.messages=10000\ncompression.codec=lz4\nkey.serializer=x\n';
    expect(extract('producer.conf', ported).dialect).toBe('librdkafka');
    expect(extract('producer.properties', `${ported}value.serializer=y\n`).dialect).toBe('java-properties');
  });
});
