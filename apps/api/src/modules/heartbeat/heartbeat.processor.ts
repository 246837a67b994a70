import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import type Redis from 'ioredis';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { JobName, QUEUES } from '../../infra/queue/queues';
import { REDIS } from '../../infra/redis/redis.module';
import { redisKeys } from '../../infra/redis/redis-keys';

const SCHEDULER_ID = 'worker-heartbeat';

/**
 * The worker proves it is alive through the real job path: a BullMQ job scheduler enqueues
 * `record-worker-heartbeat`, and this processor stamps the time in Redis for /api/health.
 */
@Processor(QUEUES.system)
export class SystemProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SystemProcessor.name);

  constructor(
    @InjectQueue(QUEUES.system) private readonly queue: Queue,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.worker.heartbeatS * 1000;
    const name: JobName = 'record-worker-heartbeat';
    await this.queue.upsertJobScheduler(
      SCHEDULER_ID,
      { every },
      { name, data: {}, opts: { removeOnComplete: 10, removeOnFail: 10 } },
    );
    this.logger.log({ everyMs: every }, 'heartbeat scheduler registered');
  }

  async process(job: Job<unknown, unknown, JobName>): Promise<void> {
    switch (job.name) {
      case 'record-worker-heartbeat':
        await this.redis.set(
          redisKeys.workerHeartbeat(this.config.redis.prefix),
          String(Date.now()),
          'EX',
          this.config.worker.heartbeatS * 6,
        );
        return;
      default: {
        const unknown: never = job.name;
        throw new Error(`unknown job ${String(unknown)}`);
      }
    }
  }
}
