import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import type { RunQuery } from '../../infra/database/run-query';

// Sums in double precision, as the writers' deltas add them up (minuteDeltas): the same readings give the
// same sums whichever way they were rolled up.
const AGGREGATES = `count(temperature_c)::int, min(temperature_c), max(temperature_c), sum(temperature_c::float8),
  count(humidity_pct)::int, min(humidity_pct), max(humidity_pct), sum(humidity_pct::float8),
  count(power_w)::int, sum(power_w::float8), max(power_w), count(*) FILTER (WHERE power_on)::int`;
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
/** Recomputes whole UTC hour buckets `h` (`hours` yields `h.tag_id, h.bucket`) from the minute rollups. */
const recomputeHours = (hours: string) => `INSERT INTO telemetry_hour (${COLUMNS})
  SELECT h.tag_id, h.bucket, ${ROLLED}
  FROM ${hours}
  JOIN telemetry_minute m ON m.tag_id = h.tag_id AND m.bucket >= h.bucket AND m.bucket < h.bucket + interval '1 hour'
  GROUP BY 1, 2
  ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}
  RETURNING 1`;

/** A sum over two parts of a bucket: NULL only when neither part had a value (as `sum()` gives). */
const addSums = (sum: string, n: string) =>
  `${sum} = CASE WHEN excluded.${n} = 0 THEN r.${sum} WHEN r.${n} = 0 THEN excluded.${sum}
    ELSE r.${sum} + excluded.${sum} END`;
/**
 * Adds the rows of the `deltas` CTE, grouped by `bucket` (an expression), to the rollup `table`. The rows
 * go in in key order: each tag's buckets then land side by side in the primary key's index, not at random
 * places (hash aggregation's order), which makes the fold about a fifth cheaper.
 */
const addDeltas = (table: string, bucket: string) => `INSERT INTO ${table} AS r (${COLUMNS})
    SELECT tag_id, ${bucket}, ${ROLLED} FROM deltas GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (tag_id, bucket) DO UPDATE SET
      temp_n = r.temp_n + excluded.temp_n, temp_min = least(r.temp_min, excluded.temp_min),
      temp_max = greatest(r.temp_max, excluded.temp_max), ${addSums('temp_sum', 'temp_n')},
      hum_n = r.hum_n + excluded.hum_n, hum_min = least(r.hum_min, excluded.hum_min),
      hum_max = greatest(r.hum_max, excluded.hum_max), ${addSums('hum_sum', 'hum_n')},
      power_n = r.power_n + excluded.power_n, ${addSums('power_sum', 'power_n')},
      power_max = greatest(r.power_max, excluded.power_max), on_n = r.on_n + excluded.on_n
    RETURNING 1`;
/**
 * Adds every recorded delta to its minute's and its UTC hour's rollups and deletes it, in one statement;
 * returns how many deltas rows, minutes and hours that made.
 */
const FOLD_DELTAS = `WITH folded AS (DELETE FROM telemetry_rollup_delta
    RETURNING tag_ids, buckets, temp_n, temp_min, temp_max, temp_sum, hum_n, hum_min, hum_max, hum_sum, power_n,
      power_sum, power_max, on_n),
  deltas AS (SELECT u.* FROM folded, unnest(folded.tag_ids, folded.buckets, folded.temp_n, folded.temp_min,
      folded.temp_max, folded.temp_sum, folded.hum_n, folded.hum_min, folded.hum_max, folded.hum_sum,
      folded.power_n, folded.power_sum, folded.power_max, folded.on_n)
    AS u(tag_id, bucket, temp_n, temp_min, temp_max, temp_sum, hum_n, hum_min, hum_max, hum_sum, power_n,
      power_sum, power_max, on_n)),
  minutes AS (${addDeltas('telemetry_minute', 'bucket')}),
  hours AS (${addDeltas('telemetry_hour', `date_trunc('hour', bucket, 'UTC')`)})
  SELECT (SELECT count(*) FROM folded)::int AS deltas, (SELECT count(*) FROM minutes)::int AS minutes,
    (SELECT count(*) FROM hours)::int AS hours`;

/** Only one roll-up at a time across workers (an older recomputation must not land after a newer one). */
const ROLLUP_LOCK = 0x77770001;

/**
 * Per-minute and per-hour (UTC) rollups of telemetry, for charts. Writers record what the readings they
 * store add to each minute (recordRollupDeltas, in the same transaction); `rollUpPending`, run by a job every
 * few seconds, adds the recorded deltas to the minute and hour rollups and deletes them, in one statement (so each
 * is folded once). No raw reading is read back.
 * `rollUp` recomputes a whole period from the raw readings (a repair, e.g. after readings were loaded by
 * hand).
 * Retention: minute rollups 90 days, hourly ones and raw monthly partitions TELEMETRY_RETENTION_MONTHS. A
 * bucket without readings has no row: gaps stay gaps.
 */
@Injectable()
export class TelemetryRollupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Folds the writers' deltas into the minute and then the hourly rollups; returns how much it did. */
  async rollUpPending(): Promise<{ deltas: number; minutes: number; hours: number }> {
    return this.db.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [ROLLUP_LOCK]);
      return locked ? this.fold((sql, params) => tx.query(sql, params)) : { deltas: 0, minutes: 0, hours: 0 };
    });
  }

  private async fold(query: RunQuery): Promise<{ deltas: number; minutes: number; hours: number }> {
    // A backlog of deltas is grouped in memory rather than in batches on disk.
    await query(`SET LOCAL work_mem = '64MB'`, []);
    const [folded] = (await query(FOLD_DELTAS, [])) as { deltas: number; minutes: number; hours: number }[];
    return folded;
  }

  /** Recomputes every bucket from `lateMinutes` before `now` up to `now`, from the raw readings. */
  async rollUp(now: Date, lateMinutes: number): Promise<{ minutes: number; hours: number }> {
    const since = new Date(now.getTime() - lateMinutes * 60_000);
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [ROLLUP_LOCK]);
      // Writers wait to record deltas until this commits; the deltas already recorded are folded first, so
      // that none of the readings recomputed here is added again later.
      await tx.query('LOCK TABLE telemetry_rollup_delta IN SHARE MODE');
      await this.fold((sql, params) => tx.query(sql, params));
      const minutes = await tx.query(
        recomputeMinutes(
          `telemetry x WHERE x.recorded_at >= date_trunc('minute', $1::timestamptz) AND x.recorded_at <= $2`,
        ),
        [since, now],
      );
      const hours = await tx.query(
        recomputeHours(
          `(SELECT DISTINCT tag_id, date_trunc('hour', bucket, 'UTC') AS bucket FROM telemetry_minute
            WHERE bucket >= date_trunc('hour', $1::timestamptz, 'UTC') AND bucket <= $2) h`,
        ),
        [since, now],
      );
      return { minutes: minutes.length, hours: hours.length };
    });
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
