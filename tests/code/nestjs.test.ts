import { describe, expect, it } from 'vitest';

import { analyse, applyInsertion, at, requireModel, viewSummary } from './harness.js';

describe('NestJS microservice options', () => {
  it('reads the server options of main.ts, given through a typed constant', () => {
    const code = `import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { AppModule } from './app.module';

const kafkaOptions: MicroserviceOptions = {
  transport: Transport.KAFKA,
  options: {
    client: { clientId: 'billing', brokers: ['kafka:9092'] },
    consumer: { groupId: 'billing-consumer', sessionTimeout: 6000 },
  },
};

async function bootstrap() {
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, kafkaOptions);
  await app.listen();
}
void bootstrap();
`;
    const views = requireModel(analyse(code, 'main.ts')).views;
    expect(views.map(viewSummary)).toEqual([
      // A server consumes: its run options are a view even when not written, anchored on \`options\`.
      { role: 'consumer', scope: 'run', client: 'kafkajs', dialect: 'nestjs', complete: true, anchor: '7:11', entries: [] },
      {
        role: 'common',
        scope: 'client',
        client: 'kafkajs',
        dialect: 'nestjs',
        complete: true,
        anchor: '8:12',
        entries: [
          { key: 'client.id', written: 'clientId', value: 'billing', line: 8, column: 14 },
          { key: 'bootstrap.servers', written: 'brokers', value: undefined, line: 8, column: 35 },
        ],
      },
      {
        role: 'consumer',
        scope: 'client',
        client: 'kafkajs',
        dialect: 'nestjs',
        complete: true,
        anchor: '9:14',
        entries: [
          { key: 'group.id', written: 'groupId', value: 'billing-consumer', line: 9, column: 16 },
          { key: 'session.timeout.ms', written: 'sessionTimeout', value: 6000, line: 9, column: 45 },
        ],
      },
    ]);
    expect(applyInsertion(code, views[0]?.insert?.('enable.auto.commit', false))).toContain(
      `    consumer: { groupId: 'billing-consumer', sessionTimeout: 6000 },\n    run: { autoCommit: false },\n  },`,
    );
  });

  it('reads client options returned by a registerAsync factory, and implies the producer sections', () => {
    const code = `import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ClientsModule, Transport } from '@nestjs/microservices';

@Module({
  imports: [
    ClientsModule.registerAsync([
      {
        name: 'BILLING_SERVICE',
        imports: [ConfigModule],
        inject: [ConfigService],
        useFactory: (config: ConfigService) => ({
          transport: Transport.KAFKA,
          options: {
            client: { clientId: 'billing', brokers: config.get<string>('KAFKA_BROKERS')!.split(',') },
            producer: { allowAutoTopicCreation: false },
            producerOnlyMode: true,
          },
        }),
      },
    ]),
  ],
})
export class AppModule {}
`;
    const views = requireModel(analyse(code, 'app.module.ts')).views;
    expect(views.map((view) => [view.role, view.scope, view.anchor.loc.start.line, view.entries.map((entry) => entry.written)])).toEqual([
      ['producer', 'send', 14, []],
      ['common', 'client', 15, ['clientId', 'brokers']],
      ['producer', 'client', 16, ['allowAutoTopicCreation']],
    ]);
    expect(applyInsertion(code, views[2]?.insert?.('enable.idempotence', true))).toContain(
      `producer: { allowAutoTopicCreation: false, idempotent: true },`,
    );
    expect(applyInsertion(code, views[0]?.insert?.('acks', -1))).toContain(`            producerOnlyMode: true,\n            send: { acks: -1 },\n          },`);
  });

  it('reads @Client options and connectMicroservice options written inline', () => {
    const views = requireModel(
      analyse(`import { Client, ClientKafka, Transport } from '@nestjs/microservices';
export class Publisher {
  @Client({ transport: Transport.KAFKA, options: { send: { acks: 1 } } })
  client: ClientKafka;
}
export function attach(app: { connectMicroservice(options: unknown): void }) {
  app.connectMicroservice({ transport: Transport.KAFKA, options: { run: { autoCommit: false }, subscribe: { fromBeginning: true } } });
}
`),
    ).views;
    expect(views.map((view) => [view.role, view.scope, at(view.anchor), view.entries.map((entry) => `${entry.key}=${String(entry.value)}`)])).toEqual([
      ['producer', 'client', '3:49', []],
      ['producer', 'send', '3:57', ['acks=1']],
      ['consumer', 'client', '7:65', []],
      ['consumer', 'run', '7:72', ['enable.auto.commit=false']],
    ]);
  });

  it('reads sections written before an options spread it cannot see, as incomplete', () => {
    const views = requireModel(
      analyse(`import { Transport } from '@nestjs/microservices';
import { shared } from './shared';
export const config = {
  transport: Transport.KAFKA,
  options: { consumer: { groupId: 'g' }, ...shared, run: { autoCommit: false } },
};
`),
    ).views;
    expect(views.map((view) => [view.role, view.scope, view.complete, view.entries.map((entry) => entry.key)])).toEqual([
      ['consumer', 'client', false, ['group.id']],
      ['consumer', 'run', true, ['enable.auto.commit']],
    ]);
  });

  it('reads only the sections written when the side cannot be told, and nothing for other transports or hidden options', () => {
    const views = requireModel(
      analyse(`import { KafkaOptions, Transport } from '@nestjs/microservices';
import { settings } from './settings';
export const kafkaConfig: KafkaOptions = {
  transport: Transport.KAFKA,
  options: { consumer: { groupId: 'g', heartbeatInterval: 3000 } },
};
export const redisConfig = { transport: Transport.REDIS, options: { host: 'redis' } };
export const hidden = { transport: Transport.KAFKA, options: settings.kafka };
`),
    ).views;
    expect(views.map((view) => [view.role, view.scope, view.entries.map((entry) => entry.key)])).toEqual([
      ['consumer', 'client', ['group.id', 'heartbeat.interval.ms']],
    ]);
  });
});

describe('NestJS clients and handlers', () => {
  const controller = `import { Controller, Inject } from '@nestjs/common';
import { ClientKafka, ClientProxy, Ctx, EventPattern, KafkaContext, MessagePattern, Payload, Transport } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';

const INVOICE_CREATED = 'invoice.created';

@Controller()
export class BillingController {
  constructor(
    @Inject('BILLING_SERVICE') private readonly client: ClientKafka,
    @Inject('MAILER') private readonly mailer: ClientProxy,
  ) {}

  @EventPattern(INVOICE_CREATED)
  async onInvoice(@Payload() invoice: { id: string }, @Ctx() context: KafkaContext) {
    const consumer = context.getConsumer();
    await lastValueFrom(this.client.emit('invoice.audited', { key: invoice.id, value: invoice }));
    this.client.emit('invoice.raw', { id: invoice.id });
    this.mailer.emit('mail', { key: 'k', value: 1 });
    await consumer.commitOffsets([{ topic: context.getTopic(), partition: context.getPartition(), offset: '1' }]);
  }

  @MessagePattern('invoice.get', Transport.KAFKA)
  get(@Payload() id: string) {
    return this.client.send('invoice.lookup', { value: id });
  }

  @EventPattern('audit')
  audit() {}
}
`;

  it('tracks ClientKafka publishes as messages, and the consumer of a KafkaContext', () => {
    const model = requireModel(analyse(controller, 'billing.controller.ts'));
    expect(model.calls.map((call) => `${at(call.node)} ${call.library}:${call.kind}.${call.method}`)).toEqual([
      '17:24 nestjs:nest-client.emit',
      '18:4 nestjs:nest-client.emit',
      '20:10 nestjs:consumer.commitOffsets',
      '25:11 nestjs:nest-client.send',
    ]);
    expect(model.messages.map((message) => [at(message.node), message.key ? at(message.key) : null, message.complete, at(message.call)])).toEqual([
      ['17:60', '17:62', true, '17:24'],
      ['18:36', null, true, '18:4'],
      ['25:46', null, true, '25:11'],
    ]);
  });

  it('lists @EventPattern and @MessagePattern methods, telling Kafka handlers from unknown ones', () => {
    const model = requireModel(analyse(controller, 'billing.controller.ts'));
    expect(model.patternHandlers.map((site) => [site.kind, site.pattern, site.transport, at(site.method), at(site.fn)])).toEqual([
      ['event', 'invoice.created', 'kafka', '14:2', '15:17'],
      ['message', 'invoice.get', 'kafka', '23:2', '24:5'],
      ['event', 'audit', 'unknown', '28:2', '29:7'],
    ]);
  });

  it('tracks a ClientProxy only when the file registers it with Transport.KAFKA', () => {
    const model = requireModel(
      analyse(`import { Inject, Module } from '@nestjs/common';
import { ClientProxy, ClientsModule, Transport } from '@nestjs/microservices';

export const ORDERS = 'ORDERS';

@Module({
  imports: [
    ClientsModule.register([
      { name: ORDERS, transport: Transport.KAFKA, options: { client: { brokers: ['k:9092'] } } },
      { name: 'MAIL', transport: Transport.TCP },
    ]),
  ],
})
export class OrdersModule {}

export class OrdersService {
  constructor(
    @Inject(ORDERS) private readonly orders: ClientProxy,
    @Inject('MAIL') private readonly mail: ClientProxy,
    @Inject('REGISTERED_ELSEWHERE') private readonly other: ClientProxy,
  ) {}
  place() {
    this.orders.emit('order.placed', { key: 'o-1', value: {} });
    this.mail.emit('mail', { key: 'x' });
    this.other.emit('other', { key: 'x' });
  }
}
`),
    );
    expect(model.calls.map((call) => `${at(call.node)} ${call.kind}.${call.method}`)).toEqual(['23:4 nest-client.emit']);
    expect(model.messages.map((message) => at(message.node))).toEqual(['23:37']);
  });

  it('tracks a client created by ClientProxyFactory with Kafka options', () => {
    const model = requireModel(
      analyse(`import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';

export class Notifier {
  private readonly client: ClientProxy = ClientProxyFactory.create({ transport: Transport.KAFKA, options: {} });
  private readonly tcp = ClientProxyFactory.create({ transport: Transport.TCP });

  notify() {
    this.client.emit('notified', { key: 'n', value: 1 });
    this.tcp.emit('notified', { key: 'n', value: 1 });
  }
}
`),
    );
    expect(model.calls.map((call) => `${at(call.node)} ${call.kind}.${call.method}`)).toEqual(['8:4 nest-client.emit']);
    expect(model.views.map((view) => [view.role, view.scope, at(view.anchor)])).toEqual([
      ['producer', 'client', '4:106'],
      ['producer', 'send', '4:106'],
    ]);
  });
});
