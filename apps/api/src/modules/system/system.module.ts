import { Module } from '@nestjs/common';

import { QueueModule } from '../../infra/queue/queue.module';
import { SystemProcessor } from './system.processor';

/** Loaded by the worker only. */
@Module({ imports: [QueueModule], providers: [SystemProcessor] })
export class SystemModule {}
