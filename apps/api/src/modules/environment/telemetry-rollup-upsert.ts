import {
  HOUR_MS,
  MINUTE_MS,
  type RollupIncrement,
  rollupIncrements,
  type RollupReading,
} from './telemetry-rollup-increments';

/** Runs one parameterised statement (a pg client's or a TypeORM manager's `query`). */
export type RunQuery = (sql: string, params: unknown[]) => Promise<unknown>;

const ADD = (table: string) => `INSERT INTO ${table} AS t (tag_id, bucket, temp_n, temp_min, temp_max,
    temp_sum, hum_n, hum_min, hum_max, hum_sum, power_n, power_sum, power_max, on_n)
  SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::real[], $5::real[], $6::float8[],
    $7::int[], $8::real[], $9::real[], $10::float8[], $11::int[], $12::float8[], $13::real[], $14::int[])
  ON CONFLICT (tag_id, bucket) DO UPDATE SET
    temp_n = t.temp_n + excluded.temp_n,
    temp_min = least(t.temp_min, excluded.temp_min),
    temp_max = greatest(t.temp_max, excluded.temp_max),
    temp_sum = CASE WHEN excluded.temp_sum IS NULL THEN t.temp_sum ELSE coalesce(t.temp_sum, 0) + excluded.temp_sum END,
    hum_n = t.hum_n + excluded.hum_n,
    hum_min = least(t.hum_min, excluded.hum_min),
    hum_max = greatest(t.hum_max, excluded.hum_max),
    hum_sum = CASE WHEN excluded.hum_sum IS NULL THEN t.hum_sum ELSE coalesce(t.hum_sum, 0) + excluded.hum_sum END,
    power_n = t.power_n + excluded.power_n,
    power_sum = CASE WHEN excluded.power_sum IS NULL THEN t.power_sum ELSE coalesce(t.power_sum, 0) + excluded.power_sum END,
    power_max = greatest(t.power_max, excluded.power_max),
    on_n = t.on_n + excluded.on_n`;
const ADD_MINUTES = ADD('telemetry_minute');
const ADD_HOURS = ADD('telemetry_hour');

function columns(rows: readonly RollupIncrement[]): unknown[] {
  return [
    rows.map((r) => r.tagId),
    rows.map((r) => new Date(r.bucket).toISOString()),
    rows.map((r) => r.tempN),
    rows.map((r) => r.tempMin),
    rows.map((r) => r.tempMax),
    rows.map((r) => r.tempSum),
    rows.map((r) => r.humN),
    rows.map((r) => r.humMin),
    rows.map((r) => r.humMax),
    rows.map((r) => r.humSum),
    rows.map((r) => r.powerN),
    rows.map((r) => r.powerSum),
    rows.map((r) => r.powerMax),
    rows.map((r) => r.onN),
  ];
}

/**
 * Adds newly stored readings to their per-minute and per-hour (UTC) rollups, in the transaction that
 * stored them: the charts are current the moment the readings commit, however late the readings are,
 * and a reading is counted exactly when it is stored. Pass only the readings the INSERT or COPY stored.
 */
export async function addToRollups(query: RunQuery, stored: readonly RollupReading[]): Promise<void> {
  if (stored.length === 0) {
    return;
  }
  await query(ADD_MINUTES, columns(rollupIncrements(stored, MINUTE_MS)));
  await query(ADD_HOURS, columns(rollupIncrements(stored, HOUR_MS)));
}
