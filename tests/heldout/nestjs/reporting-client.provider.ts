import type { Provider } from '@nestjs/common';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';

export const REPORTING_CLIENT = 'REPORTING_CLIENT';

export const reportingClientProvider: Provider = {
  provide: REPORTING_CLIENT,
  useFactory: () =>
    ClientProxyFactory.create({
      transport: Transport.KAFKA,
      options: {
        client: {
          clientId: 'reporting',
          brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(','),
        },
        consumer: {
          groupId: 'reporting-replies',
          sessionTimeout: 45_000,
          heartbeatInterval: 20_000, // expect: rebalance
        },
        send: { acks: -1 },
      },
    }),
};
