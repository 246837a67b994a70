import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';

/** How far back a repair recomputes minutes by default. */
export const ROLLUP_LATE_MINUTES = 15;

const AGGREGATES = `count(temperature_c)::int, min(temperature_c), max(temperature_c), sum(temperature_c),
  count(humidity_pct)::int, min(humidity_pct), max(humidity_pct), sum(humidity_pct),
  count(power_w)::int, sum(power_w), max(power_w), count(*) FILTER (WHERE power_on)::int`;
const ROLLED = `sum(temp_n)::int, min(temp_min), max(temp_max), sum(temp_sum), sum(hum_n)::int, min(hum_min),
  max(hum_max), sum(hum_sum), sum(power_n)::int, sum(power_sum), max(power_max), sum(on_n)::int`;
const COLUMNS = `tag_id, bucket, temp_n, temp_min, temp_max, temp_sum, hum_n, hum_min, hum_max, hum_sum,
  power_n, power_sum, power_max, on_n`;
const UPDATE = `temp_n = excluded.temp_n, temp_min = excluded.temp_min, temp_max = excluded.temp_max,
  temp_sum = excluded.temp_sum, hum_n = excluded.hum_n, hum_min = excluded.hum_min, hum_max = excluded.hum_max,
  hum_sum = excluded.hum_sum, power_n = excluded.power_n, power_sum = excluded.power_sum,
  power_max = excluded.power_max, on_n = excluded.on_n`;

/**
 * Per-minute and per-hour (UTC) rollups of telemetry, for charts. The writers keep them current: each adds
 * the readings it stores to their rollups in the same transaction (addToRollups). This service recomputes
 * whole buckets from the raw readings (a repair, e.g. after readings were loaded by hand: not scheduled,
 * since a recompute racing a writer could overwrite that writer's increment), forgets old batch
 * identities, and applies retention: minute rollups 90 days, hourly ones and raw monthly partitions
 * TELEMETRY_RETENTION_MONTHS. A bucket without readings has no row: gaps stay gaps.
 */
@Injectable()
export class TelemetryRollupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Recomputes every bucket from `lateMinutes` before `now` up to `now`, from the raw readings. */
  async rollUp(now: Date, lateMinutes = ROLLUP_LATE_MINUTES): Promise<{ minutes: number; hours: number }> {
    const since = new Date(now.getTime() - lateMinutes * 60_000);
    const minutes = await this.db.query(
      `INSERT INTO telemetry_minute (${COLUMNS})
       SELECT tag_id, date_trunc('minute', recorded_at), ${AGGREGATES}
       FROM telemetry WHERE recorded_at >= date_trunc('minute', $1::timestamptz) AND recorded_at <= $2
       GROUP BY 1, 2
       ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}
       RETURNING 1`,
      [since, now],
    );
    const hours = await this.db.query(
      `INSERT INTO telemetry_hour (${COLUMNS})
       SELECT tag_id, date_trunc('hour', bucket, 'UTC'), ${ROLLED}
       FROM telemetry_minute WHERE bucket >= date_trunc('hour', $1::timestamptz, 'UTC') AND bucket <= $2
       GROUP BY 1, 2
       ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}
       RETURNING 1`,
      [since, now],
    );
    return { minutes: minutes.length, hours: hours.length };
  }

  /** Forgets telemetry batch identities older than INGEST_DEDUP_TTL_S: a resend after that is new. */
  async forgetOldBatches(now: Date): Promise<number> {
    const [, n] = await this.db.query(
      `DELETE FROM telemetry_batch WHERE received_at < $1::timestamptz - make_interval(secs => $2)`,
      [now, this.config.ingest.dedupTtlS],
    );
    return n;
  }

  /** Drops what is past retention; returns how many partitions and rollup rows went. */
  async applyRetention(
    keepMonths: number,
  ): Promise<{ partitions: number; minuteRows: number; hourRows: number }> {
    const [{ partitions }] = await this.db.query(`SELECT ww_drop_telemetry_partitions($1) AS partitions`, [
      keepMonths,
    ]);
    const [, minuteRows] = await this.db.query(
      `DELETE FROM telemetry_minute WHERE bucket < now() - interval '90 days'`,
    );
    const [, hourRows] = await this.db.query(
      `DELETE FROM telemetry_hour WHERE bucket < now() - make_interval(months => $1)`,
      [keepMonths],
    );
    return { partitions, minuteRows, hourRows };
  }
}
