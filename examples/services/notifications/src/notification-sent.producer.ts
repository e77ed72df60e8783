import type { Message } from 'kafkajs';
import { getProducer } from './kafka';

export interface NotificationSent {
  notificationId: string;
  userId: string;
  channel: 'email' | 'sms' | 'push';
  sentAt: string;
}

export async function publishNotificationsSent(events: NotificationSent[]): Promise<void> {
  const producer = await getProducer();
  const messages: Message[] = events.map((event) => ({
    key: event.userId,
    value: JSON.stringify(event),
    headers: { channel: event.channel },
  }));
  await producer.send({ topic: 'notifications.sent.v1', acks: -1, messages });
}

export async function publishOptOut(userId: string, channel: NotificationSent['channel']): Promise<void> {
  const producer = await getProducer();
  await producer.send({
    topic: 'notifications.opt-out.v1',
    messages: [{ key: `${userId}:${channel}`, value: JSON.stringify({ userId, channel }) }],
  });
}
