import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { JobName, JobPayloads, QUEUES } from '../../infra/queue/queues';
import { TelemetryWriterService } from '../environment/telemetry-writer.service';
import { SightingPipelineService } from './sighting-pipeline.service';

/** Runs accepted gateway batches through the location pipeline (worker process only). */
@Processor(QUEUES.ingest)
export class IngestProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(IngestProcessor.name);

  constructor(
    private readonly pipeline: SightingPipelineService,
    private readonly telemetry: TelemetryWriterService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onModuleInit(): void {
    // Many jobs in flight let the writer commit them together.
    this.worker.concurrency = this.config.ingest.concurrency;
  }

  async process(job: Job<JobPayloads[JobName], unknown, JobName>): Promise<unknown> {
    switch (job.name) {
      case 'process-sightings': {
        const payload = job.data as JobPayloads['process-sightings'];
        const result = await this.pipeline.process(payload);
        if (result.changes > 0) {
          this.logger.debug({ jobId: job.id, gatewayId: payload.gatewayId, ...result }, 'batch processed');
        }
        return result;
      }
      case 'process-telemetry': {
        // Queued by an earlier version, which stored telemetry through the worker: drained, not made.
        const payload = job.data as JobPayloads['process-telemetry'];
        return this.telemetry.write({ ...payload, key: null });
      }
      case 'record-worker-heartbeat':
      case 'ensure-telemetry-partitions':
      case 'purge-raw-sightings':
      case 'evaluate-alert-rules':
      case 'compute-compliance-days':
      case 'roll-up-telemetry':
      case 'deliver-webhook':
        throw new Error(`job ${job.name} does not belong on the ingest queue`);
      default: {
        const unknown: never = job.name;
        throw new Error(`unknown job ${String(unknown)}`);
      }
    }
  }
}
