import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { bucketSpans, HOUR_MS, MINUTE_MS, type TagSpan } from './rollup-spans';

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

/** Recomputes whole minute buckets from raw readings `x` (`source` names `telemetry x`, filtered). */
const recomputeMinutes = (source: string) => `INSERT INTO telemetry_minute (${COLUMNS})
  SELECT x.tag_id, date_trunc('minute', x.recorded_at), ${AGGREGATES}
  FROM ${source}
  GROUP BY 1, 2
  ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}
  RETURNING 1`;
/** Recomputes whole UTC hour buckets from minute rollups `m` (`source` names `telemetry_minute m`). */
const recomputeHours = (source: string) => `INSERT INTO telemetry_hour (${COLUMNS})
  SELECT m.tag_id, date_trunc('hour', m.bucket, 'UTC'), ${ROLLED}
  FROM ${source}
  GROUP BY 1, 2
  ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}
  RETURNING 1`;
const SPANS = 'unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS s(tag_id, a, b)';

/** Only one roll-up at a time across workers (an older recomputation must not land after a newer one). */
const ROLLUP_LOCK = 0x77770001;

/**
 * Per-minute and per-hour (UTC) rollups of telemetry, for charts. Writers mark what they store
 * (markForRollup, in the same transaction); `rollUpPending`, run by a job every few seconds, recomputes the
 * marked minutes and hours of the marked tags from the raw readings and deletes the marks it folded, in one
 * transaction: a mark is never lost, and a recomputation is idempotent. `rollUp` recomputes a whole period
 * (a repair, e.g. after readings were loaded by hand). Retention: minute rollups 90 days, hourly ones and
 * raw monthly partitions TELEMETRY_RETENTION_MONTHS. A bucket without readings has no row: gaps stay gaps.
 */
@Injectable()
export class TelemetryRollupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Folds the marks left by the writers into the rollups; returns how much it recomputed. */
  async rollUpPending(): Promise<{ marks: number; minutes: number; hours: number }> {
    return this.db.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [ROLLUP_LOCK]);
      if (!locked) {
        return { marks: 0, minutes: 0, hours: 0 };
      }
      const marks: { tag_ids: string[]; first_at: Date[]; last_at: Date[] }[] = await tx.query(
        `WITH d AS (DELETE FROM telemetry_rollup_pending RETURNING tag_ids, first_at, last_at) SELECT * FROM d`,
      );
      const spans = marks.flatMap((m) =>
        m.tag_ids.map((tagId, i) => ({ tagId, from: m.first_at[i].getTime(), to: m.last_at[i].getTime() })),
      );
      if (spans.length === 0) {
        return { marks: 0, minutes: 0, hours: 0 };
      }
      const columns = (xs: TagSpan[]) => [
        xs.map((x) => x.tagId),
        xs.map((x) => new Date(x.from).toISOString()),
        xs.map((x) => new Date(x.to).toISOString()),
      ];
      const minutes = await tx.query(
        recomputeMinutes(
          `${SPANS} JOIN telemetry x ON x.tag_id = s.tag_id AND x.recorded_at >= s.a AND x.recorded_at < s.b`,
        ),
        columns(bucketSpans(spans, MINUTE_MS)),
      );
      const hours = await tx.query(
        recomputeHours(
          `${SPANS} JOIN telemetry_minute m ON m.tag_id = s.tag_id AND m.bucket >= s.a AND m.bucket < s.b`,
        ),
        columns(bucketSpans(spans, HOUR_MS)),
      );
      return { marks: marks.length, minutes: minutes.length, hours: hours.length };
    });
  }

  /** Recomputes every bucket from `lateMinutes` before `now` up to `now`, from the raw readings. */
  async rollUp(now: Date, lateMinutes: number): Promise<{ minutes: number; hours: number }> {
    const since = new Date(now.getTime() - lateMinutes * 60_000);
    const minutes = await this.db.query(
      recomputeMinutes(
        `telemetry x WHERE x.recorded_at >= date_trunc('minute', $1::timestamptz) AND x.recorded_at <= $2`,
      ),
      [since, now],
    );
    const hours = await this.db.query(
      recomputeHours(
        `telemetry_minute m WHERE m.bucket >= date_trunc('hour', $1::timestamptz, 'UTC') AND m.bucket <= $2`,
      ),
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
