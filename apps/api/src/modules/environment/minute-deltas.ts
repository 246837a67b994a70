import type { StoredReading } from './stored-reading';

const MINUTE_MS = 60_000;

/**
 * What some readings add to one tag's one-minute rollup: counts, extremes and sums per quantity, as the
 * `telemetry_minute` columns hold them. Values are first rounded to single precision (`real`, what the
 * readings are stored as), so that adding deltas gives exactly what aggregating the stored readings gives.
 */
export interface MinuteDelta {
  tagId: string;
  /** Start of the UTC minute, epoch ms. */
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

const lower = (a: number | null, b: number): number => (a === null || b < a ? b : a);
const higher = (a: number | null, b: number): number => (a === null || b > a ? b : a);

/** The readings folded per tag and minute, sorted by tag then minute (the order rows are locked in). */
export function minuteDeltas(readings: Iterable<StoredReading>): MinuteDelta[] {
  // Per tag, then per minute: no key string is built per reading.
  const byTag = new Map<string, Map<number, MinuteDelta>>();
  const deltas: MinuteDelta[] = [];
  for (const r of readings) {
    const bucket = Math.floor(r.at / MINUTE_MS) * MINUTE_MS;
    let minutes = byTag.get(r.tagId);
    if (minutes === undefined) {
      minutes = new Map();
      byTag.set(r.tagId, minutes);
    }
    let d = minutes.get(bucket);
    if (d === undefined) {
      d = {
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
      minutes.set(bucket, d);
      deltas.push(d);
    }
    if (r.temperatureC !== null) {
      const v = Math.fround(r.temperatureC);
      d.tempN += 1;
      d.tempMin = lower(d.tempMin, v);
      d.tempMax = higher(d.tempMax, v);
      d.tempSum = (d.tempSum ?? 0) + v;
    }
    if (r.humidityPct !== null) {
      const v = Math.fround(r.humidityPct);
      d.humN += 1;
      d.humMin = lower(d.humMin, v);
      d.humMax = higher(d.humMax, v);
      d.humSum = (d.humSum ?? 0) + v;
    }
    if (r.powerW !== null) {
      const v = Math.fround(r.powerW);
      d.powerN += 1;
      d.powerMax = higher(d.powerMax, v);
      d.powerSum = (d.powerSum ?? 0) + v;
    }
    if (r.powerOn === true) {
      d.onN += 1;
    }
  }
  return deltas.sort((a, b) => (a.tagId === b.tagId ? a.bucket - b.bucket : a.tagId < b.tagId ? -1 : 1));
}
