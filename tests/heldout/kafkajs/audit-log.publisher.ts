import type { Kafka, Producer, RecordMetadata } from 'kafkajs';

export interface AuditEntry {
  actorId: string;
  action: string;
  resource: string;
  at: string;
}

const TOPIC = 'audit.entries.v1';

const toMessage = (entry: AuditEntry) => ({ key: entry.actorId, value: JSON.stringify(entry) });

export class AuditLogPublisher {
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly onError: (err: unknown) => void = console.error,
  ) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  /** Called from the HTTP middleware: the request must not wait for Kafka. */
  record(entry: AuditEntry): void {
    this.producer.send({ topic: TOPIC, messages: [toMessage(entry)] }); // expect: loss
  }

  recordLogin(actorId: string): void {
    void this.producer.send({ // expect: loss
      topic: TOPIC,
      messages: [toMessage({ actorId, action: 'login', resource: 'session', at: new Date().toISOString() })],
    });
  }

  /** Still fire-and-forget, but a failure is reported. */
  recordView(entry: AuditEntry): void {
    this.producer
      .send({ topic: TOPIC, messages: [toMessage(entry)] })
      .catch(this.onError);
  }

  recordAll(entries: AuditEntry[]): Promise<RecordMetadata[][]> {
    return Promise.all(entries.map((entry) => this.producer.send({ topic: TOPIC, messages: [toMessage(entry)] })));
  }

  async recordBulk(entries: AuditEntry[]): Promise<void> {
    const pending: Promise<RecordMetadata[]>[] = [];
    for (const entry of entries) {
      pending.push(this.producer.send({ topic: TOPIC, messages: [toMessage(entry)] }));
    }
    await Promise.all(pending);
  }

  /** Re-publishes entries restored from the cold archive. */
  async replay(entries: AuditEntry[]): Promise<number> {
    for (const entry of entries) {
      this.producer.send({ topic: TOPIC, messages: [toMessage(entry)] }); // expect: loss
    }
    return entries.length;
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}
