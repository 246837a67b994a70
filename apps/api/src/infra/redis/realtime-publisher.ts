import { Inject, Injectable } from '@nestjs/common';
import type { AlertDto, AssetChangeEvent } from '@wardwatch/contracts';
import type Redis from 'ioredis';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { redisKeys } from './redis-keys';
import { REDIS } from './redis.token';

/** The message on the assets channel: the change and the floors whose maps show the asset. */
export interface AssetChangeMessage {
  floorIds: string[];
  change: AssetChangeEvent;
}

/**
 * Tells every API process (and through it every browser) that something changed, over Redis pub/sub,
 * so it works from the API, the worker and with several API processes alike.
 */
@Injectable()
export class RealtimePublisher {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assetChanged(message: AssetChangeMessage): Promise<void> {
    await this.redis.publish(redisKeys.assetsChannel(this.config.redis.prefix), JSON.stringify(message));
  }

  /** A gateway was registered or moved: workers reload where gateways hang. */
  async gatewaysChanged(gatewayId: string): Promise<void> {
    await this.redis.publish(redisKeys.gatewaysChannel(this.config.redis.prefix), gatewayId);
  }

  async alertChanged(alert: AlertDto): Promise<void> {
    await this.redis.publish(redisKeys.alertsChannel(this.config.redis.prefix), JSON.stringify(alert));
  }
}
