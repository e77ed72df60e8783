import { DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';

// SQS FIFO worker: batches, message groups, retries and offsets-like receipts, but no Kafka.
// Nothing here should be reported.
const sqs = new SQSClient({ region: 'eu-west-1', maxAttempts: 1 });
const QUEUE_URL = process.env.QUEUE_URL!;
const OUT_URL = process.env.OUT_QUEUE_URL!;
const retry = { retries: 0, factor: 2 };

interface Batch {
  topic: string;
  messages: Message[];
}

async function handle(message: Message): Promise<void> {
  const body = JSON.parse(message.Body ?? '{}') as { id: string };
  await sqs.send(new SendMessageCommand({ QueueUrl: OUT_URL, MessageBody: JSON.stringify(body), MessageGroupId: 'default' }));
}

export async function poll(isRunning: () => boolean, heartbeat: () => Promise<void>): Promise<void> {
  while (isRunning()) {
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: QUEUE_URL, MaxNumberOfMessages: 10, WaitTimeSeconds: 20 }));
    const batch: Batch = { topic: QUEUE_URL, messages: received.Messages ?? [] };
    await Promise.all(batch.messages.map(async (message) => handle(message)));
    for (const message of batch.messages) {
      if (!isRunning()) break;
      sqs.send(new DeleteMessageCommand({ QueueUrl: QUEUE_URL, ReceiptHandle: message.ReceiptHandle }));
    }
    await heartbeat();
  }
}

export function forward(body: unknown): void {
  void sqs.send(new SendMessageCommand({ QueueUrl: OUT_URL, MessageBody: JSON.stringify(body), MessageGroupId: 'default' }));
  setTimeout(async () => {
    await sqs.send(new SendMessageCommand({ QueueUrl: OUT_URL, MessageBody: JSON.stringify({ echo: body, retry }) }));
  }, 1_000);
}
