import { describe, expect, it } from 'vitest';

import { analyse, requireModel, viewSummary } from './harness.js';

describe('smoke', () => {
  it('works', () => {
    const result = analyse(`
import { Kafka } from 'kafkajs';
const kafka = new Kafka({ clientId: 'app', brokers: ['b:9092'], retry: { retries: 0 } });
export const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
await producer.send({ topic: 't', acks: 1, messages: [{ key: 'k', value: 'v' }] });
`);
    const model = requireModel(result);
    console.log(JSON.stringify(model.views.map(viewSummary), null, 1));
    console.log(model.calls.map((c) => `${c.kind}.${c.method}`), model.messages.length);
    expect(model.views.length).toBe(3);
  });
});
