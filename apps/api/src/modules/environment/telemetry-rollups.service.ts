import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** How far back each run recomputes minutes, for readings that arrive late (a gateway's backlog). */
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
 * Keeps per-minute and per-hour rollups of telemetry current for charts: every run recomputes whole
 * buckets (so it is idempotent) for the last minutes and hours, and applies retention: minute rollups
 * 90 days, hourly ones and raw monthly partitions TELEMETRY_RETENTION_MONTHS. A bucket without readings
 * has no row: gaps stay gaps.
 */
@Injectable()
export class TelemetryRollupsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
       SELECT tag_id, date_trunc('hour', bucket), ${ROLLED}
       FROM telemetry_minute WHERE bucket >= date_trunc('hour', $1::timestamptz) AND bucket <= $2
       GROUP BY 1, 2
       ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}
       RETURNING 1`,
      [since, now],
    );
    return { minutes: minutes.length, hours: hours.length };
  }

  /** Recomputes the minutes and hours of some tags' readings between two instants (a stored batch). */
  async rollUpSpan(manager: EntityManager, macs: string[], fromMs: number, toMs: number): Promise<void> {
    const from = new Date(fromMs);
    const to = new Date(toMs);
    await manager.query(
      `INSERT INTO telemetry_minute (${COLUMNS})
       SELECT x.tag_id, date_trunc('minute', x.recorded_at), ${AGGREGATES.replace(/\b(temperature_c|humidity_pct|power_w|power_on)\b/g, 'x.$1')}
       FROM telemetry x JOIN tag t ON t.id = x.tag_id
       WHERE t.mac = ANY($1::text[]) AND x.recorded_at >= date_trunc('minute', $2::timestamptz)
         AND x.recorded_at < date_trunc('minute', $3::timestamptz) + interval '1 minute'
       GROUP BY 1, 2
       ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}`,
      [macs, from, to],
    );
    await manager.query(
      `INSERT INTO telemetry_hour (${COLUMNS})
       SELECT m.tag_id, date_trunc('hour', m.bucket), ${ROLLED}
       FROM telemetry_minute m JOIN tag t ON t.id = m.tag_id
       WHERE t.mac = ANY($1::text[]) AND m.bucket >= date_trunc('hour', $2::timestamptz)
         AND m.bucket < date_trunc('hour', $3::timestamptz) + interval '1 hour'
       GROUP BY 1, 2
       ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}`,
      [macs, from, to],
    );
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
