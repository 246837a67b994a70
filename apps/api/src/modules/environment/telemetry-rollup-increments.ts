/** A stored reading, as the rollups see it. */
export interface RollupReading {
  tagId: string;
  at: number;
  temperatureC: number | null;
  humidityPct: number | null;
  powerW: number | null;
  powerOn: boolean | null;
}

/** What a set of readings adds to one (tag, bucket) rollup row: counts, extremes and sums. */
export interface RollupIncrement {
  tagId: string;
  bucket: number;
  tempN: number;
  tempMin: number | null;
  tempMax: number | null;
  tempSum: number | null;
  humN: number;
  humMin: number | null;
  humMax: number | null;
  humSum: number | null;
  powerN: number;
  powerSum: number | null;
  powerMax: number | null;
  onN: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

const min = (a: number | null, b: number): number => (a === null || b < a ? b : a);
const max = (a: number | null, b: number): number => (a === null || b > a ? b : a);
const add = (a: number | null, b: number): number => (a === null ? b : a + b);

/**
 * Groups newly stored readings by tag and UTC bucket (`bucketMs` wide) into the increments their rollup
 * rows need. Only readings actually stored may be passed: an increment is added, never recomputed, so a
 * reading counted twice would stay counted twice. Sorted by tag and bucket, so that concurrent writers
 * lock rollup rows in the same order.
 */
export function rollupIncrements(readings: readonly RollupReading[], bucketMs: number): RollupIncrement[] {
  const rows = new Map<string, RollupIncrement>();
  for (const r of readings) {
    const bucket = Math.floor(r.at / bucketMs) * bucketMs;
    const key = `${r.tagId}|${bucket}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        tagId: r.tagId,
        bucket,
        tempN: 0,
        tempMin: null,
        tempMax: null,
        tempSum: null,
        humN: 0,
        humMin: null,
        humMax: null,
        humSum: null,
        powerN: 0,
        powerSum: null,
        powerMax: null,
        onN: 0,
      };
      rows.set(key, row);
    }
    if (r.temperatureC !== null) {
      row.tempN += 1;
      row.tempMin = min(row.tempMin, r.temperatureC);
      row.tempMax = max(row.tempMax, r.temperatureC);
      row.tempSum = add(row.tempSum, r.temperatureC);
    }
    if (r.humidityPct !== null) {
      row.humN += 1;
      row.humMin = min(row.humMin, r.humidityPct);
      row.humMax = max(row.humMax, r.humidityPct);
      row.humSum = add(row.humSum, r.humidityPct);
    }
    if (r.powerW !== null) {
      row.powerN += 1;
      row.powerSum = add(row.powerSum, r.powerW);
      row.powerMax = max(row.powerMax, r.powerW);
    }
    if (r.powerOn === true) {
      row.onN += 1;
    }
  }
  return [...rows.values()].sort((a, b) =>
    a.tagId === b.tagId ? a.bucket - b.bucket : a.tagId < b.tagId ? -1 : 1,
  );
}
