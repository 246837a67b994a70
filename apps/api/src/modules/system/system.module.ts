import { Module } from '@nestjs/common';

import { QueueModule } from '../../infra/queue/queue.module';
import { AlertsModule } from '../alerts/alerts.module';
import { EnvironmentModule } from '../environment/environment.module';
import { SystemProcessor } from './system.processor';

/** Loaded by the worker only. */
@Module({ imports: [QueueModule, AlertsModule, EnvironmentModule], providers: [SystemProcessor] })
export class SystemModule {}
