import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AlertsController } from './alerts.controller';
import { AlertsService } from './alerts.service';
import { AlertEntity } from './entities/alert.entity';
import { GatewayOfflineRule } from './rules/gateway-offline.rule';

@Module({
  imports: [TypeOrmModule.forFeature([AlertEntity])],
  controllers: [AlertsController],
  providers: [AlertsService, GatewayOfflineRule],
  exports: [AlertsService, GatewayOfflineRule],
})
export class AlertsModule {}
