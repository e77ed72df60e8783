import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, MessagePattern, Payload } from '@nestjs/microservices';
import { InventoryService } from './inventory.service';

interface StockAdjusted {
  sku: string;
  warehouseId: string;
  delta: number;
}

@Controller()
export class InventoryConsumerController {
  private readonly logger = new Logger(InventoryConsumerController.name);

  constructor(private readonly inventory: InventoryService) {}

  @EventPattern('inventory.stock-adjusted.v1')
  async onStockAdjusted(@Payload() event: StockAdjusted, @Ctx() context: KafkaContext): Promise<void> {
    this.logger.debug(`adjust ${event.sku} by ${event.delta} (partition ${context.getPartition()})`);
    await this.inventory.adjust(event.sku, event.warehouseId, event.delta);
    this.refreshSearchIndex(event.sku); // expect: loss
  }

  @EventPattern('inventory.sku-retired.v1')
  handleSkuRetired(@Payload() event: { sku: string }): void {
    this.inventory.retire(event.sku).then(() => this.logger.log(`retired ${event.sku}`)); // expect: loss
  }

  @EventPattern('inventory.recount-requested.v1')
  async onRecountRequested(@Payload() request: { warehouseId: string; skus: string[] }): Promise<void> {
    request.skus.forEach(async (sku) => { // expect: loss
      await this.inventory.recount(request.warehouseId, sku);
    });
  }

  @EventPattern('inventory.reindex-requested.v1')
  async onReindexRequested(@Payload() request: { skus: string[] }): Promise<void> {
    await Promise.all(request.skus.map((sku) => this.refreshSearchIndex(sku)));
  }

  @MessagePattern('inventory.availability.v1')
  async availability(@Payload() query: { sku: string }): Promise<{ sku: string; available: number }> {
    const available = await this.inventory.available(query.sku);
    this.logger.verbose(`availability ${query.sku}: ${available}`);
    return { sku: query.sku, available };
  }

  private async refreshSearchIndex(sku: string): Promise<void> {
    await this.inventory.reindex(sku);
  }
}
