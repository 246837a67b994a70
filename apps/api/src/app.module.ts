import { DynamicModule, Module } from '@nestjs/common';

import type { AppConfig } from './infra/config/app-config';
import { ConfigModule } from './infra/config/config.module';
import { DatabaseModule } from './infra/database/database.module';
import { LoggingModule } from './infra/logging/logging.module';
import { RedisModule } from './infra/redis/redis.module';
import { WebAppModule } from './infra/web/web-app.module';
import { AlertsModule } from './modules/alerts/alerts.module';
import { AssetsModule } from './modules/assets/assets.module';
import { AuthModule } from './modules/auth/auth.module';
import { EnvironmentModule } from './modules/environment/environment.module';
import { GatewaysModule } from './modules/gateways/gateways.module';
import { HealthModule } from './modules/health/health.module';
import { HospitalModule } from './modules/hospital/hospital.module';
import { IngestModule } from './modules/ingest/ingest.module';
import { RealtimeModule } from './modules/realtime/realtime.module';
import { TagsModule } from './modules/tags/tags.module';

/** The HTTP process: REST API, OpenAPI, and the built web app at /. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        AuthModule,
        HospitalModule,
        GatewaysModule,
        AssetsModule,
        AlertsModule,
        EnvironmentModule,
        HealthModule,
        IngestModule,
        RealtimeModule,
        TagsModule,
        WebAppModule.register(config.http.webDistDir),
      ],
    };
  }
}
