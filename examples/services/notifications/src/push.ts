import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Queue } from 'bullmq';
import WebSocket from 'ws';

// None of these are Kafka: SQS send, BullMQ add and WebSocket send must not be reported.
const sqs = new SQSClient({ region: process.env.AWS_REGION ?? 'eu-west-1' });
const emails = new Queue('emails', { connection: { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 } });
const gateway = new WebSocket(process.env.PUSH_GATEWAY_URL ?? 'ws://localhost:8081');

export async function sendOrderConfirmation(customerId: string, orderId: string): Promise<void> {
  await emails.add('order-confirmation', { customerId, orderId }, { attempts: 5, jobId: `confirm-${orderId}` });
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: process.env.SMS_QUEUE_URL,
      MessageBody: JSON.stringify({ customerId, orderId }),
      MessageGroupId: 'sms',
    }),
  );
  gateway.send(JSON.stringify({ topic: 'orders', messages: [{ value: orderId }], acks: 1 }));
}
