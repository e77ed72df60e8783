import { Kafka, Partitioners } from 'kafkajs';

const kafka = new Kafka({ clientId: 'tracking-api', brokers: ['kafka:9092'] });

const producer = kafka.producer({
  idempotent: true,
  maxInFlightRequests: 1,
  createPartitioner: Partitioners.DefaultPartitioner,
});

const TENANT_KEY = 'tenant-default';
const NO_KEY = '';

export interface PageView {
  sessionId: string;
  userId?: string;
  tenantId: string;
  url: string;
}

export async function connect(): Promise<void> {
  await producer.connect();
}

export async function trackPageView(view: PageView): Promise<void> {
  await producer.send({
    topic: 'tracking.page-views',
    messages: [{ key: view.userId ?? view.sessionId, value: JSON.stringify(view) }],
  });
}

export async function trackClick(click: { elementId: string; sessionId: string }): Promise<void> {
  await producer.send({ topic: 'tracking.clicks', messages: [{ key: 'clicks', value: JSON.stringify(click) }] }); // expect: skew
}

export async function trackTenantEvent(tenantId: string, name: string): Promise<void> {
  await producer.send({
    topic: 'tracking.tenant-events',
    messages: [
      {
        key: TENANT_KEY, // expect: skew
        value: JSON.stringify({ tenantId, name }),
        headers: { tenant: tenantId },
      },
    ],
  });
}

export async function trackError(err: Error): Promise<void> {
  await producer.send({
    topic: 'tracking.errors',
    messages: [{ key: '', value: JSON.stringify({ message: err.message, stack: err.stack }) }], // expect: skew
  });
}

export async function trackSearch(query: string, results: number): Promise<void> {
  await producer.send({
    topic: 'tracking.searches',
    messages: [{ key: NO_KEY, value: JSON.stringify({ query, results }) }], // expect: skew
  });
}

export async function trackExperiment(variant: string, sessionId: string): Promise<void> {
  await producer.send({
    topic: 'tracking.experiments',
    messages: [
      {
        key: String(undefined), // expect: skew
        value: JSON.stringify({ variant, sessionId }),
      },
    ],
  });
}

export async function trackConsent(sessionId: string, granted: boolean): Promise<void> {
  await producer.sendBatch({
    topicMessages: [
      { topic: 'tracking.consent', messages: [{ key: `consent`, value: JSON.stringify({ sessionId, granted }) }] }, // expect: skew
      { topic: 'tracking.consent-audit', messages: [{ key: `${sessionId}:${granted}`, value: 'recorded' }] },
    ],
  });
}
