import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

export interface OrderCreated {
  id: string;
  customerId: string;
  total: number;
  currency: string;
}

export interface Invoice {
  id: string;
  orderId: string;
  total: number;
  currency: string;
  issuedAt: string;
}

@Injectable()
export class InvoiceService {
  private readonly issued = new Map<string, Invoice>();

  async createFor(order: OrderCreated): Promise<Invoice> {
    const existing = this.issued.get(order.id);
    if (existing) return existing;
    const invoice: Invoice = {
      id: randomUUID(),
      orderId: order.id,
      total: order.total,
      currency: order.currency,
      issuedAt: new Date().toISOString(),
    };
    this.issued.set(order.id, invoice);
    return invoice;
  }
}
