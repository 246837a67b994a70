import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { QueueModule } from '../../infra/queue/queue.module';
import { AlertEscalationService } from './alert-escalation.service';
import { AlertsController } from './alerts.controller';
import { AlertsService } from './alerts.service';
import { AlertEntity } from './entities/alert.entity';
import { GatewayOfflineRule } from './rules/gateway-offline.rule';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [TypeOrmModule.forFeature([AlertEntity]), QueueModule],
  controllers: [AlertsController, WebhooksController],
  providers: [AlertsService, GatewayOfflineRule, WebhooksService, AlertEscalationService],
  exports: [AlertsService, GatewayOfflineRule, WebhooksService, AlertEscalationService],
})
export class AlertsModule {}
