import { describe, expect, it } from 'vitest';

import { entriesOf, extract, viewOf } from './extract.js';

const STREAMS = `application.id=shipping-eta
bootstrap.servers=kafka:9092
processing.guarantee=exactly_once_v2
num.stream.threads=4
replication.factor=3
acks=1
producer.compression.type=zstd
producer.linger.ms=50
consumer.max.poll.records=500
main.consumer.max.poll.interval.ms=600000
topic.min.insync.replicas=2
admin.request.timeout.ms=60000
`;

describe('Kafka Streams properties', () => {
  it('gives a streams view of the unprefixed settings', () => {
    const model = extract('shipping-streams.properties', STREAMS);
    expect(model.dialect).toBe('streams-properties');
    expect(model.views.map((view) => view.role)).toEqual(['streams', 'producer', 'consumer', 'consumer', 'topic', 'admin']);
    const streams = viewOf(model, 'streams')!;
    expect(streams).toMatchObject({ client: 'java', dialect: 'streams-properties', complete: true });
    expect(entriesOf(streams)).toEqual([
      { key: 'application.id', written: 'application.id', value: 'shipping-eta', at: '1:0' },
      { key: 'bootstrap.servers', written: 'bootstrap.servers', value: 'kafka:9092', at: '2:0' },
      { key: 'processing.guarantee', written: 'processing.guarantee', value: 'exactly_once_v2', at: '3:0' },
      { key: 'num.stream.threads', written: 'num.stream.threads', value: 4, at: '4:0' },
      { key: 'replication.factor', written: 'replication.factor', value: 3, at: '5:0' },
      { key: 'acks', written: 'acks', value: '1', at: '6:0' },
    ]);
  });

  it('files prefixed client settings in client views that inherit the unprefixed client settings', () => {
    const model = extract('streams.properties', STREAMS);
    const producer = viewOf(model, 'producer')!;
    expect(producer.complete).toBe(false);
    expect(entriesOf(producer)).toEqual([
      { key: 'compression.type', written: 'producer.compression.type', value: 'zstd', at: '7:0' },
      { key: 'linger.ms', written: 'producer.linger.ms', value: 50, at: '8:0' },
    ]);
    // `acks=1` is written once (in the streams view) and reaches the producer.
    expect(producer.get('acks')).toBe(viewOf(model, 'streams')!.get('acks'));
    expect(producer.get('processing.guarantee')).toBeUndefined();
    expect(producer.anchor.loc.start).toEqual({ line: 7, column: 0 });

    const consumer = viewOf(model, 'consumer')!;
    const mainConsumer = viewOf(model, 'consumer', 1)!;
    expect(entriesOf(consumer)).toEqual([{ key: 'max.poll.records', written: 'consumer.max.poll.records', value: 500, at: '9:0' }]);
    expect(entriesOf(mainConsumer)).toEqual([
      { key: 'max.poll.interval.ms', written: 'main.consumer.max.poll.interval.ms', value: 600000, at: '10:0' },
    ]);
    expect(mainConsumer.get('max.poll.records')?.value).toBe(500);
    expect(entriesOf(viewOf(model, 'topic'))).toEqual([
      { key: 'min.insync.replicas', written: 'topic.min.insync.replicas', value: 2, at: '11:0' },
    ]);
    expect(viewOf(model, 'topic')!.get('acks')).toBeUndefined();
    expect(entriesOf(viewOf(model, 'admin'))).toEqual([
      { key: 'request.timeout.ms', written: 'admin.request.timeout.ms', value: 60000, at: '12:0' },
    ]);
  });

  it('adds a client override with its prefix', () => {
    const model = extract('streams.properties', STREAMS);
    expect(viewOf(model, 'producer')!.insert!('enable.idempotence', true)).toEqual({
      range: [STREAMS.length - 1, STREAMS.length - 1],
      text: '\nproducer.enable.idempotence=true',
    });
  });

  it('recognises a Streams file by application.id with a Streams or client key', () => {
    expect(extract('app.properties', 'application.id=a\nnum.stream.threads=2\n').dialect).toBe('streams-properties');
    expect(extract('app.properties', 'application.id=a\nproducer.acks=all\n').dialect).toBe('streams-properties');
    expect(extract('app.properties', 'application.id=my-web-app\nserver.port=8080\n').dialect).toBeNull();
  });

  it('always gives the producer and consumer views, empty when nothing is prefixed', () => {
    const model = extract('streams.properties', 'application.id=a\nbootstrap.servers=k:9092\n');
    expect(model.views.map((view) => [view.role, view.entries.length])).toEqual([
      ['streams', 2],
      ['producer', 0],
      ['consumer', 0],
    ]);
    expect(viewOf(model, 'consumer')!.anchor.loc.start).toEqual({ line: 1, column: 0 });
  });
});
