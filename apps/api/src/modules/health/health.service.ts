import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ComponentState, HealthDto } from '@wardwatch/contracts';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { REDIS } from '../../infra/redis/redis.module';
import { redisKeys } from '../../infra/redis/redis-keys';

const CHECK_TIMEOUT_MS = 2000;
const APP_VERSION = '0.1.0';

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthDto> {
    const [database, redis, heartbeat, durable] = await Promise.all([
      this.state(() => this.db.query('SELECT 1')),
      this.state(() => this.redis.ping()),
      within(this.redis.get(redisKeys.workerHeartbeat(this.config.redis.prefix)), CHECK_TIMEOUT_MS).catch(
        () => null,
      ),
      within(this.redisDurable(), CHECK_TIMEOUT_MS).catch(() => null),
    ]);
    return {
      status: database === 'up' && redis === 'up' ? 'ok' : 'error',
      database,
      redis,
      workerHeartbeatAgeS: heartbeat
        ? Math.max(0, Math.round((Date.now() - Number(heartbeat)) / 1000))
        : null,
      redisDurable: durable,
      version: APP_VERSION,
    };
  }

  /** Managed Redis services may refuse CONFIG; then durability is unknown (null). */
  private async redisDurable(): Promise<boolean | null> {
    try {
      const aof = (await this.redis.config('GET', 'appendonly')) as string[];
      const fsync = (await this.redis.config('GET', 'appendfsync')) as string[];
      return aof[1] === 'yes' && fsync[1] === 'always';
    } catch {
      return null;
    }
  }

  private async state(probe: () => Promise<unknown>): Promise<ComponentState> {
    try {
      await within(probe(), CHECK_TIMEOUT_MS);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
