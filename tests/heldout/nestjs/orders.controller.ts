import { Body, Controller, Get, Inject, type OnModuleInit, Param, Post } from '@nestjs/common';
import { ClientKafka, Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { firstValueFrom, lastValueFrom } from 'rxjs';
import { CreateOrderDto } from './dto/create-order.dto';
import { OrdersService } from './orders.service';

interface PaymentCaptured {
  orderId: string;
  paymentId: string;
  amount: number;
}

@Controller('orders')
export class OrdersController implements OnModuleInit {
  constructor(
    @Inject('ORDERS_KAFKA') private readonly kafka: ClientKafka,
    private readonly orders: OrdersService,
  ) {}

  onModuleInit(): void {
    this.kafka.subscribeToResponseOf('billing.get-invoice');
  }

  @Post()
  async create(@Body() dto: CreateOrderDto) {
    const order = await this.orders.create(dto);
    await lastValueFrom(this.kafka.emit('orders.created.v1', { key: order.id, value: order }));
    this.kafka.emit('orders.analytics.v1', { value: { orderId: order.id, total: order.total } }); // expect: ordering
    this.kafka.emit('orders.status.v1', {
      key: 'status', // expect: skew
      value: { orderId: order.id, status: 'CREATED' },
    });
    return order;
  }

  @Get(':id/invoice')
  async invoice(@Param('id') id: string) {
    return firstValueFrom(this.kafka.send('billing.get-invoice', { key: id, value: { orderId: id } }));
  }

  @EventPattern('payments.captured.v1')
  async onPaymentCaptured(@Payload() payment: PaymentCaptured, @Ctx() context: KafkaContext): Promise<void> {
    await this.orders.markPaid(payment.orderId, payment.paymentId);
    await context.getHeartbeat()();
    await lastValueFrom(
      this.kafka.emit('orders.paid.v1', {
        key: payment.orderId,
        value: { orderId: payment.orderId, paymentId: payment.paymentId },
        headers: { 'correlation-id': String(context.getMessage().headers?.['correlation-id'] ?? '') },
      }),
    );
  }
}
