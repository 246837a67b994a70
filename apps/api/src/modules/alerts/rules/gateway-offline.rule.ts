import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../../infra/config/app-config';
import { APP_CONFIG } from '../../../infra/config/config.module';
import { AlertsService } from '../alerts.service';

const KEY_PREFIX = 'gateway-offline:';

interface SilentGateway {
  id: string;
  mac: string;
  name: string;
  floor_id: string;
  room_id: string | null;
  last_heard_at: Date | null;
  created_at: Date;
}

/**
 * A gateway that has not posted for GATEWAY_OFFLINE_AFTER_S (or never has, that long after it was
 * registered) leaves its rooms unwatched: a warning alert per gateway. When it is heard again the system
 * resolves the alert itself, saying so.
 */
@Injectable()
export class GatewayOfflineRule {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly alerts: AlertsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async evaluate(now: Date): Promise<{ opened: number; stillOffline: number; cleared: number }> {
    const afterS = this.config.alerts.gatewayOfflineAfterS;
    const silent: SilentGateway[] = await this.db.query(
      `SELECT id, mac, name, floor_id, room_id, last_heard_at, created_at FROM gateway
       WHERE coalesce(last_heard_at, created_at) < $1::timestamptz - make_interval(secs => $2)`,
      [now, afterS],
    );
    let opened = 0;
    for (const g of silent) {
      const since = g.last_heard_at
        ? `last heard ${g.last_heard_at.toISOString()}`
        : 'never heard since it was registered';
      const result = await this.alerts.raise({
        kind: 'gateway-offline',
        severity: 'warning',
        conditionKey: `${KEY_PREFIX}${g.id}`,
        title: `Gateway ${g.name} offline`,
        detail: `Gateway ${g.name} (${g.mac}) has not posted for over ${Math.round(afterS / 60)} min (${since}); tags near it may not be located.`,
        floorId: g.floor_id,
        roomId: g.room_id,
        at: now,
      });
      opened += result.opened ? 1 : 0;
    }
    const silentKeys = new Set(silent.map((g) => `${KEY_PREFIX}${g.id}`));
    let cleared = 0;
    for (const key of await this.alerts.unresolvedKeys('gateway-offline')) {
      if (!silentKeys.has(key)) {
        cleared += (await this.alerts.clear(key, 'Gateway heard again; resolved by Wardwatch.')) ? 1 : 0;
      }
    }
    return { opened, stillOffline: silent.length - opened, cleared };
  }
}
