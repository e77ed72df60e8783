import { Body, Controller, Inject, Injectable, Post, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';

export const KAFKA = Symbol('KAFKA');

/** One producer for the whole application, connected with the module. */
@Injectable()
export class EventsPublisher implements OnModuleInit, OnModuleDestroy {
  private readonly producer: Producer;

  constructor(@Inject(KAFKA) kafka: Kafka) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }

  async onModuleInit(): Promise<void> {
    await this.producer.connect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.producer.disconnect();
  }

  async publish(topic: string, key: string, value: string | null): Promise<void> {
    await this.producer.send({ topic, messages: [{ key, value }] });
  }
}

interface ReplayRequest {
  source: string;
  target: string;
  max: number;
}

@Controller('admin/replay')
export class ReplayController {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly publisher: EventsPublisher,
  ) {}

  /** Copies up to `max` records of a dead-letter topic back to the live topic. */
  @Post()
  async replay(@Body() body: ReplayRequest): Promise<{ copied: number }> {
    let copied = 0;
    const consumer = this.kafka.consumer({ groupId: 'admin-replay' }); // expect: rebalance
    await consumer.connect(); // expect: rebalance
    await consumer.subscribe({ topics: [body.source], fromBeginning: true });
    await consumer.run({ // expect: rebalance
      eachMessage: async ({ message }) => {
        if (copied >= body.max) return;
        copied += 1;
        await this.publisher.publish(body.target, message.key?.toString() ?? message.offset, message.value?.toString() ?? null);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await consumer.disconnect(); // expect: rebalance
    return { copied };
  }
}
