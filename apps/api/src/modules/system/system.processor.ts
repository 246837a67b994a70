import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { JobName, QUEUES } from '../../infra/queue/queues';
import { REDIS } from '../../infra/redis/redis.module';
import { redisKeys } from '../../infra/redis/redis-keys';
import { AlertEscalationService } from '../alerts/alert-escalation.service';
import { GatewayOfflineRule } from '../alerts/rules/gateway-offline.rule';
import { WebhooksService } from '../alerts/webhooks.service';
import { ComplianceDaysService } from '../environment/compliance-days.service';
import { EnvironmentRulesService } from '../environment/environment-rules.service';
import { TelemetryRollupsService } from '../environment/telemetry-rollups.service';
import { scheduleEvery } from './job-schedules';

const HOUR_MS = 3600_000;
/** Charts' rollups are brought up to date this often. */
const ROLLUP_EVERY_MS = 5_000;
/** Telemetry partitions are made this many months ahead. */
const PARTITION_MONTHS_AHEAD = 2;

/**
 * Housekeeping on the `system` queue, each a BullMQ job scheduler registered at worker boot (by
 * scheduleEvery, so any number of workers register them once, and a changed interval takes effect): the
 * heartbeat that /api/health reports, telemetry partitions made ahead, raw sightings purged past their
 * retention, the alert rules evaluated, and each unit's compliance figures for yesterday kept (three years).
 */
@Processor(QUEUES.system)
export class SystemProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SystemProcessor.name);

  constructor(
    @InjectQueue(QUEUES.system) private readonly queue: Queue,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly gatewayOffline: GatewayOfflineRule,
    private readonly environment: EnvironmentRulesService,
    private readonly complianceDays: ComplianceDaysService,
    private readonly rollups: TelemetryRollupsService,
    private readonly escalation: AlertEscalationService,
    private readonly webhooks: WebhooksService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    const schedule = async (name: JobName, everyMs: number) => {
      if ((await scheduleEvery(this.queue, name, everyMs)) === 'replaced') {
        this.logger.log({ name, everyMs }, 'job scheduler moved to a new interval');
      }
    };
    await schedule('record-worker-heartbeat', this.config.worker.heartbeatS * 1000);
    await schedule('ensure-telemetry-partitions', 24 * HOUR_MS);
    await schedule('evaluate-alert-rules', this.config.alerts.rulesEveryS * 1000);
    // Hourly, so yesterday is in soon after local midnight wherever the site is; recomputing is harmless.
    await schedule('compute-compliance-days', HOUR_MS);
    await schedule('roll-up-telemetry', ROLLUP_EVERY_MS);
    if (this.config.ingest.rawRetentionH > 0) {
      await schedule('purge-raw-sightings', HOUR_MS);
    } else {
      await this.queue.removeJobScheduler('purge-raw-sightings');
    }
    this.logger.log('system job schedulers registered');
  }

  async process(job: Job<unknown, unknown, JobName>): Promise<unknown> {
    switch (job.name) {
      case 'record-worker-heartbeat':
        await this.redis.set(
          redisKeys.workerHeartbeat(this.config.redis.prefix),
          String(Date.now()),
          'EX',
          this.config.worker.heartbeatS * 6,
        );
        return null;
      case 'ensure-telemetry-partitions': {
        const [{ made }] = await this.db.query('SELECT ww_ensure_telemetry_partitions($1) AS made', [
          PARTITION_MONTHS_AHEAD,
        ]);
        this.logger.log({ made }, 'telemetry partitions ensured');
        return { made };
      }
      case 'purge-raw-sightings': {
        const [, deleted] = await this.db.query(
          `DELETE FROM raw_sighting WHERE seen_at < now() - make_interval(hours => $1)`,
          [this.config.ingest.rawRetentionH],
        );
        return { deleted };
      }
      case 'evaluate-alert-rules': {
        const now = new Date();
        return {
          gatewayOffline: await this.gatewayOffline.evaluate(now),
          environment: await this.environment.evaluate(now),
          escalation: await this.escalation.run(now),
        };
      }
      case 'compute-compliance-days':
        return {
          ...(await this.complianceDays.computeYesterday()),
          retention: await this.rollups.applyRetention(this.config.telemetry.retentionMonths),
        };
      case 'roll-up-telemetry':
        return {
          ...(await this.rollups.rollUpPending()),
          batchesForgotten: await this.rollups.forgetOldBatches(new Date()),
        };
      case 'deliver-webhook': {
        const { deliveryId } = job.data as { deliveryId: string };
        try {
          return await this.webhooks.deliver(deliveryId);
        } catch (error) {
          if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
            await this.webhooks.markFailed(deliveryId);
          }
          throw error;
        }
      }
      case 'process-sightings':
      case 'process-telemetry':
        throw new Error(`${job.name} belongs on the ingest queue`);
      default: {
        const unknown: never = job.name;
        throw new Error(`unknown job ${String(unknown)}`);
      }
    }
  }
}
