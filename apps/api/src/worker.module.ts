import { DynamicModule, Module } from '@nestjs/common';

import type { AppConfig } from './infra/config/app-config';
import { ConfigModule } from './infra/config/config.module';
import { DatabaseModule } from './infra/database/database.module';
import { LoggingModule } from './infra/logging/logging.module';
import { RedisModule } from './infra/redis/redis.module';
import { SystemModule } from './modules/system/system.module';
import { LocationWorkerModule } from './modules/location/location-worker.module';
import { MqttIngestModule } from './modules/mqtt-ingest/mqtt-ingest.module';

/** The worker process: BullMQ processors and schedulers, no HTTP listener. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        SystemModule,
        LocationWorkerModule,
        MqttIngestModule,
      ],
    };
  }
}
