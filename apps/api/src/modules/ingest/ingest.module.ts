import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { QueueModule } from '../../infra/queue/queue.module';
import { TelemetryWriterService } from '../environment/telemetry-writer.service';
import { GatewayEntity } from '../gateways/entities/gateway.entity';
import { GatewayAuthService } from './gateway-auth.service';
import { GatewayKeyGuard } from './gateway-key.guard';
import { IngestController } from './ingest.controller';
import { IngestService } from './ingest.service';

@Module({
  imports: [TypeOrmModule.forFeature([GatewayEntity]), QueueModule],
  controllers: [IngestController],
  providers: [GatewayAuthService, GatewayKeyGuard, IngestService, TelemetryWriterService],
})
export class IngestModule {}
