import { Module } from '@nestjs/common';

import { QueueModule } from '../../infra/queue/queue.module';
import { GatewayPlacementsService } from './gateway-placements.service';
import { IngestProcessor } from './ingest.processor';
import { LocationWriterService } from './location-writer.service';
import { SightingPipelineService } from './sighting-pipeline.service';
import { TagDirectoryService } from './tag-directory.service';
import { TagStateStore } from './tag-state.store';

/** The location pipeline's worker side: loaded by the worker process only. */
@Module({
  imports: [QueueModule],
  providers: [
    GatewayPlacementsService,
    TagStateStore,
    TagDirectoryService,
    LocationWriterService,
    SightingPipelineService,
    IngestProcessor,
  ],
  exports: [SightingPipelineService],
})
export class LocationWorkerModule {}
