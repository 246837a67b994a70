/**
 * One monitored unit's compliance figures for one day, from its raw temperature readings.
 * Definitions (the report's footnotes say the same):
 * - min, max, mean: over the day's readings (mean is the arithmetic mean of readings).
 * - Mean kinetic temperature (USP <1079>): Tmk = (ΔH/R) / −ln( mean( exp(−ΔH / (R·Ti)) ) ), Ti in kelvin,
 *   ΔH/R = 83.144 kJ/mol ÷ 8.3144 J/(mol·K) = 10,000 K. The sum of exp(−ΔH/(R·Ti)) is kept, so days combine.
 * - Minutes out of range: the time of the day covered by readings outside the profile's temperature range,
 *   rounded to the nearest minute (the stored column is an integer). As in the excursion rules, a reading
 *   holds from its time until the next reading (the one just after the day bounds the last; the one just
 *   before the day holds into its start), but never for more than gapMin: a gap is a gap, never filled.
 *   A sensor with no reading after the day at all has fallen silent: its last reading holds only for
 *   its usual interval.
 * - Data gaps: stretches longer than gapMin without a reading, clipped to the day (the readings just
 *   before and after the day count as their ends). A day with no reading at all is one gap.
 */
import type { Range } from './environment-profiles';
import { coveredUntil, typicalIntervalMs } from './excursion-rules';

export const MKT_DELTA_H_OVER_R_K = 10_000;
const KELVIN = 273.15;
const MIN_MS = 60_000;

export interface DailyComplianceInput {
  dayStart: number;
  dayEnd: number;
  /** The day's readings: epoch ms and °C. */
  readings: readonly { at: number; temperatureC: number }[];
  /**
   * The last reading before the day, and the first after it (for gaps and time out of range across
   * midnight). nextAt null: no reading after the day at all.
   */
  previousAt: number | null;
  /**
   * The temperature of the reading at previousAt, when known: it holds into the start of the day. Optional
   * so that callers without it keep working; that stretch then does not count as out of range.
   */
  previousTemperatureC?: number | null;
  nextAt: number | null;
  range: Range;
  gapMin: number;
}

export interface DailyCompliance {
  readings: number;
  minC: number | null;
  maxC: number | null;
  meanC: number | null;
  /** Σ exp(−ΔH/(R·Ti)) over the day's readings. */
  arrheniusSum: number;
  mktC: number | null;
  minutesOutOfRange: number;
  gaps: { from: number; to: number }[];
  gapMinutes: number;
}

export const mktFromSum = (arrheniusSum: number, readings: number): number | null =>
  readings > 0 ? MKT_DELTA_H_OVER_R_K / -Math.log(arrheniusSum / readings) - KELVIN : null;

export function dailyCompliance(input: DailyComplianceInput): DailyCompliance {
  const readings = input.readings
    .filter((r) => r.at >= input.dayStart && r.at < input.dayEnd && Number.isFinite(r.temperatureC))
    .sort((a, b) => a.at - b.at);
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let arrheniusSum = 0;
  for (const r of readings) {
    const c = r.temperatureC;
    min = Math.min(min, c);
    max = Math.max(max, c);
    sum += c;
    arrheniusSum += Math.exp(-MKT_DELTA_H_OVER_R_K / (c + KELVIN));
  }
  const gaps = findGaps(
    readings.map((r) => r.at),
    input,
  );
  const n = readings.length;
  return {
    readings: n,
    minC: n ? min : null,
    maxC: n ? max : null,
    meanC: n ? sum / n : null,
    arrheniusSum,
    mktC: mktFromSum(arrheniusSum, n),
    minutesOutOfRange: Math.round(outOfRangeMs(readings, input) / MIN_MS),
    gaps,
    gapMinutes: gaps.reduce((m, g) => m + (g.to - g.from) / MIN_MS, 0),
  };
}

const isOutOfRange = (c: number, { min, max }: Range) =>
  (min !== null && c < min) || (max !== null && c > max);

/**
 * The time within [dayStart, dayEnd) held by out-of-range readings: each reading from its time until the
 * next, capped at gapMin (coveredUntil, shared with the excursion rules). `readings` are the day's, sorted.
 */
function outOfRangeMs(
  readings: readonly { at: number; temperatureC: number }[],
  input: DailyComplianceInput,
): number {
  const gapMs = input.gapMin * MIN_MS;
  const previous =
    input.previousAt === null
      ? []
      : [{ at: input.previousAt, temperatureC: input.previousTemperatureC ?? null }];
  const points: readonly { at: number; temperatureC: number | null }[] = [...previous, ...readings];
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const { at, temperatureC } = points[i];
    if (temperatureC === null || !Number.isFinite(temperatureC) || !isOutOfRange(temperatureC, input.range)) {
      continue;
    }
    const until = coverEnd(points, i, input.nextAt, gapMs);
    total += Math.max(0, Math.min(until, input.dayEnd) - Math.max(at, input.dayStart));
  }
  return total;
}

/** Until when points[i] holds: the next reading (nextAt after the last), capped at gapMs. */
function coverEnd(
  points: readonly { at: number }[],
  i: number,
  nextAt: number | null,
  gapMs: number,
): number {
  const { at } = points[i];
  if (i + 1 < points.length) {
    return coveredUntil(at, points[i + 1].at, gapMs);
  }
  // No reading after the day at all: the sensor fell silent, and, as in the excursion rules, its last
  // reading vouches only for its usual interval.
  return nextAt === null ? at + typicalIntervalMs(points, gapMs) : coveredUntil(at, nextAt, gapMs);
}

function findGaps(times: readonly number[], input: DailyComplianceInput): { from: number; to: number }[] {
  const limit = input.gapMin * MIN_MS;
  const points = [input.previousAt ?? input.dayStart, ...times, input.nextAt ?? input.dayEnd];
  const gaps: { from: number; to: number }[] = [];
  for (let i = 1; i < points.length; i++) {
    if (points[i] - points[i - 1] > limit) {
      const from = Math.max(points[i - 1], input.dayStart);
      const to = Math.min(points[i], input.dayEnd);
      if (to > from) {
        gaps.push({ from, to });
      }
    }
  }
  return gaps;
}
