import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GatewayPlacement } from '@wardwatch/domain';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { redisKeys } from '../../infra/redis/redis-keys';
import { REDIS } from '../../infra/redis/redis.token';

const REFRESH_MS = 30_000;
const MISS_REFRESH_MS = 5_000;

/**
 * Where every gateway hangs (room, floor, point), cached in memory: reloaded every 30 s, and at once when
 * the API announces that a gateway was registered or moved (Redis pub/sub), so a new gateway's first
 * batches are placed rather than ignored.
 */
@Injectable()
export class GatewayPlacementsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(GatewayPlacementsService.name);
  private placements = new Map<string, GatewayPlacement>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;
  private subscriber: Redis | null = null;
  /** Set by an announcement; cleared when a reload starts (one arriving during a reload sets it again). */
  private stale = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscriber = this.redis.duplicate({ enableOfflineQueue: true });
    this.subscriber.on('message', () => {
      this.stale = true;
    });
    this.subscriber.on('error', (error) => this.logger.warn({ err: error }, 'gateway change subscription'));
    await this.subscriber.subscribe(redisKeys.gatewaysChannel(this.config.redis.prefix));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /** The placements; reloaded when stale, or soon after a gateway was asked for that is not known. */
  async get(gatewayIds: Iterable<string> = []): Promise<ReadonlyMap<string, GatewayPlacement>> {
    const age = Date.now() - this.loadedAt;
    let missing = false;
    for (const id of gatewayIds) {
      if (!this.placements.has(id)) {
        missing = true;
        break;
      }
    }
    if (this.stale) {
      this.stale = false;
      // A reload already in flight may have read the table before the change: read it again after it.
      await this.loading?.catch(() => undefined);
      await this.reload();
    } else if (age > REFRESH_MS || (missing && age > MISS_REFRESH_MS)) {
      await this.reload();
    }
    return this.placements;
  }

  private reload(): Promise<void> {
    this.loading ??= this.db
      .query<{ id: string; room_id: string; floor_id: string; x: number; y: number }[]>(
        'SELECT id, room_id, floor_id, x, y FROM gateway WHERE room_id IS NOT NULL',
      )
      .then((rows) => {
        this.placements = new Map(
          rows.map((r) => [
            r.id,
            { gatewayId: r.id, roomId: r.room_id, floorId: r.floor_id, x: r.x, y: r.y },
          ]),
        );
        this.loadedAt = Date.now();
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}
