import { arrayLiteral } from '../../infra/database/pg-array-literal';
import type { RunQuery } from '../../infra/database/run-query';
import { type MinuteDelta, minuteDeltas } from './minute-deltas';
import type { StoredReading } from './stored-reading';

/**
 * Records what newly stored readings add to their one-minute rollups, for the roll-up job to fold in: one
 * row per transaction, written in the transaction that stores the readings, so a committed reading is
 * always rolled up, once. Only readings stored by this transaction may be passed: one stored before was
 * counted then. (TelemetryRollupsService folds the rows and deletes them.)
 */
export async function recordRollupDeltas(query: RunQuery, readings: Iterable<StoredReading>): Promise<void> {
  const deltas = minuteDeltas(readings);
  if (deltas.length === 0) {
    return;
  }
  const column = (pick: (d: MinuteDelta) => string | number | null) => arrayLiteral(deltas.map(pick));
  await query(
    `INSERT INTO telemetry_rollup_delta (tag_ids, buckets, temp_n, temp_min, temp_max, temp_sum, hum_n, hum_min,
       hum_max, hum_sum, power_n, power_sum, power_max, on_n)
     VALUES ($1::uuid[], $2::timestamptz[], $3::int[], $4::real[], $5::real[], $6::float8[], $7::int[],
       $8::real[], $9::real[], $10::float8[], $11::int[], $12::float8[], $13::real[], $14::int[])`,
    [
      column((d) => d.tagId),
      column((d) => new Date(d.bucket).toISOString()),
      column((d) => d.tempN),
      column((d) => d.tempMin),
      column((d) => d.tempMax),
      column((d) => d.tempSum),
      column((d) => d.humN),
      column((d) => d.humMin),
      column((d) => d.humMax),
      column((d) => d.humSum),
      column((d) => d.powerN),
      column((d) => d.powerSum),
      column((d) => d.powerMax),
      column((d) => d.onN),
    ],
  );
}
