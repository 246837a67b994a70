import { Module } from '@nestjs/common';

import { QueueModule } from '../../infra/queue/queue.module';
import { TelemetryWriterService } from '../environment/telemetry-writer.service';
import { GatewayPlacementsService } from './gateway-placements.service';
import { IngestProcessor } from './ingest.processor';
import { LocationWriterService } from './location-writer.service';
import { SightingPipelineService } from './sighting-pipeline.service';
import { TagDirectoryService } from './tag-directory.service';
import { TagStateStore } from './tag-state.store';

/** The ingest queue's worker side (location pipeline, telemetry): loaded by the worker process only. */
@Module({
  imports: [QueueModule],
  providers: [
    GatewayPlacementsService,
    TagStateStore,
    TagDirectoryService,
    LocationWriterService,
    SightingPipelineService,
    TelemetryWriterService,
    IngestProcessor,
  ],
  exports: [SightingPipelineService],
})
export class LocationWorkerModule {}
