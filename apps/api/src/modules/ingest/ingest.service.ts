import { InjectQueue } from '@nestjs/bullmq';
import {
  BadRequestException,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
} from '@nestjs/common';
import { batchDedupKey, ParseResult, type TelemetryParseResult } from '@wardwatch/ble';
import type { IngestAcceptedDto } from '@wardwatch/contracts';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { ProcessSightingsPayload, QUEUES } from '../../infra/queue/queues';
import { TelemetryWriterService } from '../environment/telemetry-writer.service';
import type { AuthenticatedGateway } from './gateway-auth.service';

/**
 * Turns a parsed gateway sightings batch into one durable BullMQ job. The job is in Redis (append-only, fsync per
 * write in the private instance) before the caller gets its 2xx; the deduplication key, set in the same
 * atomic step, makes a repeated batch change nothing.
 */
@Injectable()
export class IngestService {
  private readonly logger = new Logger(IngestService.name);

  constructor(
    @InjectQueue(QUEUES.ingest) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly telemetry: TelemetryWriterService,
  ) {}

  /**
   * `canonicalBody` identifies a batch that carries no sequence and maybe no times (the Ruuvi counter
   * variant), so that a resent body is still recognised.
   */
  async accept(
    gateway: AuthenticatedGateway,
    result: ParseResult,
    format: ProcessSightingsPayload['format'],
    canonicalBody?: string,
  ): Promise<IngestAcceptedDto> {
    if (!result.ok) {
      throw new BadRequestException(result.errors);
    }
    const { batch } = result;
    if (batch.gatewayMac !== gateway.mac) {
      throw new ForbiddenException(
        `gateway: this ingest key belongs to ${gateway.mac}, not ${batch.gatewayMac}`,
      );
    }
    if (batch.sightings.length === 0 && batch.rejected.length > 0) {
      throw new BadRequestException(batch.rejected.map((r) => `sightings[${r.index}]: ${r.reason}`));
    }
    const payload: ProcessSightingsPayload = {
      gatewayId: gateway.id,
      gatewayMac: gateway.mac,
      format,
      receivedAt: Date.now(),
      sightings: batch.sightings,
    };
    const jobId = randomUUID();
    const job = await this.queue.add('process-sightings', payload, {
      jobId,
      deduplication: {
        id: batchDedupKey(batch, format, canonicalBody),
        ttl: this.config.ingest.dedupTtlS * 1000,
      },
    });
    return { accepted: batch.sightings.length, rejected: batch.rejected, duplicate: job.id !== jobId };
  }

  /**
   * A telemetry batch is stored in PostgreSQL before the 2xx (nothing in it needs the location pipeline):
   * the same source, sentAt and sequence again stores nothing, and a reading already stored is not stored
   * twice. If the database cannot take it, the caller gets a 503 and nothing of the batch is kept.
   */
  async acceptTelemetry(
    gateway: AuthenticatedGateway,
    result: TelemetryParseResult,
  ): Promise<IngestAcceptedDto> {
    if (!result.ok) {
      throw new BadRequestException(result.errors);
    }
    const { batch } = result;
    if (batch.sourceMac !== gateway.mac) {
      throw new ForbiddenException(
        `source: this ingest key belongs to ${gateway.mac}, not ${batch.sourceMac}`,
      );
    }
    if (batch.readings.length === 0 && batch.rejected.length > 0) {
      throw new BadRequestException(batch.rejected.map((r) => `readings[${r.index}]: ${r.reason}`));
    }
    // Only what the answer needs is kept past the write: the parsed readings can then be collected as soon
    // as the writer has its rows.
    const { sourceMac, rejected } = batch;
    const accepted = batch.readings.length;
    try {
      const { duplicate } = await this.telemetry.write({
        gatewayId: gateway.id,
        sourceMac,
        key: { sentAt: batch.sentAt, sequence: batch.sequence },
        receivedAt: Date.now(),
        readings: batch.readings,
      });
      return { accepted, rejected, duplicate };
    } catch (error) {
      this.logger.error({ err: error, source: sourceMac }, 'telemetry batch not stored');
      throw new ServiceUnavailableException(
        'telemetry storage is unavailable: nothing of this batch was kept; send it again',
      );
    }
  }
}
