/**
 * One monitored unit's compliance figures for one day, from its raw temperature readings.
 * Definitions (the report's footnotes say the same):
 * - min, max, mean: over the day's readings (mean is the arithmetic mean of readings).
 * - Mean kinetic temperature (USP <1079>): Tmk = (ΔH/R) / −ln( mean( exp(−ΔH / (R·Ti)) ) ), Ti in kelvin,
 *   ΔH/R = 83.144 kJ/mol ÷ 8.3144 J/(mol·K) = 10,000 K. The sum of exp(−ΔH/(R·Ti)) is kept, so days combine.
 * - Minutes out of range: clock minutes of the day holding at least one reading outside the profile's
 *   temperature range.
 * - Data gaps: stretches longer than gapMin without a reading, clipped to the day (the readings just
 *   before and after the day count as their ends). A day with no reading at all is one gap.
 */
import type { Range } from './environment-profiles';

export const MKT_DELTA_H_OVER_R_K = 10_000;
const KELVIN = 273.15;
const MIN_MS = 60_000;

export interface DailyComplianceInput {
  dayStart: number;
  dayEnd: number;
  /** The day's readings: epoch ms and °C. */
  readings: readonly { at: number; temperatureC: number }[];
  /** The last reading before the day, and the first after it (for gaps across midnight). */
  previousAt: number | null;
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
  const outMinutes = new Set<number>();
  for (const r of readings) {
    const c = r.temperatureC;
    min = Math.min(min, c);
    max = Math.max(max, c);
    sum += c;
    arrheniusSum += Math.exp(-MKT_DELTA_H_OVER_R_K / (c + KELVIN));
    const { min: lo, max: hi } = input.range;
    if ((lo !== null && c < lo) || (hi !== null && c > hi)) {
      outMinutes.add(Math.floor(r.at / MIN_MS));
    }
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
    minutesOutOfRange: outMinutes.size,
    gaps,
    gapMinutes: gaps.reduce((m, g) => m + (g.to - g.from) / MIN_MS, 0),
  };
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
