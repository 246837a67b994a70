import type { StoredReading } from './stored-reading';

/** The columns of `telemetry` that a telemetry batch fills, in COPY order. */
export const TELEMETRY_COPY_COLUMNS =
  'tag_id, recorded_at, format, temperature_c, humidity_pct, power_w, power_on';

const value = (v: number | null): string => (v === null ? '\\N' : String(v));
const flag = (v: boolean | null): string => (v === null ? '\\N' : v ? 't' : 'f');

/**
 * Readings as the body of `COPY telemetry (TELEMETRY_COPY_COLUMNS) FROM STDIN` in PostgreSQL's text
 * format. Nothing needs escaping: tag ids are UUIDs, times ISO 8601, numbers finite (the parser refuses
 * anything else) and the format a fixed word.
 */
export function telemetryCopyText(readings: readonly StoredReading[], format: string): string {
  let text = '';
  // Readings of one moment from many sensors usually come together: their time is formatted once.
  let at = Number.NaN;
  let iso = '';
  for (const r of readings) {
    if (r.at !== at) {
      at = r.at;
      iso = new Date(at).toISOString();
    }
    text +=
      `${r.tagId}\t${iso}\t${format}\t${value(r.temperatureC)}\t` +
      `${value(r.humidityPct)}\t${value(r.powerW)}\t${flag(r.powerOn)}\n`;
  }
  return text;
}
