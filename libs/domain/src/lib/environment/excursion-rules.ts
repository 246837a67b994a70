/**
 * Excursion rules: which alert conditions hold for one monitored unit now, from its recent readings.
 * Pure: no clock, no I/O; the caller passes `now` and the readings of at least the cumulative window.
 *
 * - A reading vouches for the time until the next reading, but never for more than the profile's gapMin;
 *   the last reading of a sensor that has fallen silent, only for its usual interval: a gap is a gap,
 *   never filled.
 * - Range excursion (per measure): out of [min, max] continuously for delayMin. It starts at the first
 *   reading out of range and ends only when a reading is back inside the range by the clearing
 *   hysteresis; a reading between the bound and the hysteresis band keeps it going.
 * - Cumulative: time out of range within the trailing window reaches limitMin, however short each spell.
 * - Hard limit: a reading at or beyond a hard limit holds at once, until the measure is back in range
 *   with hysteresis.
 * - Data gap: no reading for gapMin. Power loss (units on a smart plug): the latest power reading is off.
 */
import type { EnvironmentProfile, Range } from './environment-profiles';

export interface EnvironmentReading {
  /** Epoch ms. */
  at: number;
  temperatureC: number | null;
  humidityPct: number | null;
  /** Smart-plug state, when the unit has one. */
  powerOn?: boolean | null;
}

export const CONDITION_KINDS = [
  'temperature-excursion',
  'humidity-excursion',
  'cumulative-excursion',
  'hard-limit',
  'sensor-silent',
  'power-loss',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export type Measure = 'temperature' | 'humidity';

export interface ActiveCondition {
  kind: ConditionKind;
  /** Which measure, for excursion kinds (part of the condition's identity). */
  measure: Measure | null;
  severity: 'critical' | 'warning';
  /** When the condition began (epoch ms). */
  since: number;
  detail: string;
}

const MIN_MS = 60_000;

interface MeasureSpec {
  measure: Measure;
  unit: string;
  range: Range;
  hysteresis: number;
  value: (r: EnvironmentReading) => number | null;
}

const outside = (v: number, r: Range) => (r.min !== null && v < r.min) || (r.max !== null && v > r.max);
const insideBy = (v: number, r: Range, h: number) =>
  (r.min === null || v >= r.min + h) && (r.max === null || v <= r.max - h);
const beyondHard = (v: number, r: Range) => (r.min !== null && v <= r.min) || (r.max !== null && v >= r.max);
const rangeText = (r: Range, unit: string) =>
  r.min !== null && r.max !== null
    ? `${r.min}–${r.max} ${unit}`
    : r.min !== null
      ? `≥ ${r.min} ${unit}`
      : `≤ ${r.max} ${unit}`;
const hardText = (r: Range, unit: string) =>
  [
    r.min !== null ? `at or below ${r.min} ${unit}` : null,
    r.max !== null ? `at or above ${r.max} ${unit}` : null,
  ]
    .filter(Boolean)
    .join(' or ');
const minutes = (ms: number) => Math.round(ms / MIN_MS);

export function evaluateUnit(
  profile: EnvironmentProfile,
  readings: readonly EnvironmentReading[],
  now: number,
): ActiveCondition[] {
  const ordered = readings.filter((r) => r.at <= now).sort((a, b) => a.at - b.at);
  const gapMs = profile.gapMin * MIN_MS;
  const conditions: ActiveCondition[] = [];

  const last = ordered.at(-1);
  if (!last || now - last.at >= gapMs) {
    conditions.push({
      kind: 'sensor-silent',
      measure: null,
      severity: 'warning',
      since: last ? last.at + gapMs : now - gapMs,
      detail: last
        ? `no reading for ${minutes(now - last.at)} min (expected at least every ${profile.gapMin} min)`
        : `no reading in the last ${profile.gapMin} min`,
    });
  }

  const specs: MeasureSpec[] = [
    {
      measure: 'temperature',
      unit: '°C',
      range: profile.temperatureC,
      hysteresis: profile.clearHysteresisC,
      value: (r) => r.temperatureC,
    },
  ];
  if (profile.humidityPct) {
    specs.push({
      measure: 'humidity',
      unit: '% RH',
      range: profile.humidityPct,
      hysteresis: profile.clearHysteresisPct,
      value: (r) => r.humidityPct,
    });
  }
  for (const spec of specs) {
    conditions.push(...evaluateMeasure(profile, spec, ordered, now));
  }

  if (profile.powerLossAlert) {
    const power = ordered.filter((r) => r.powerOn === true || r.powerOn === false);
    if (power.at(-1)?.powerOn === false) {
      let since = power[power.length - 1].at;
      for (let i = power.length - 1; i >= 0 && power[i].powerOn === false; i--) {
        since = power[i].at;
      }
      conditions.push({
        kind: 'power-loss',
        measure: null,
        severity: 'critical',
        since,
        detail: `no power for ${minutes(now - since)} min`,
      });
    }
  }
  return conditions;
}

/**
 * Until when a reading taken at `at` vouches for its value: the next reading (or `now`), but never more
 * than `capMs` later, so that a gap is a gap, never filled. The daily compliance figures count time out of
 * range with the same rule, so the report and the alerts agree.
 */
export const coveredUntil = (at: number, nextAt: number, capMs: number): number =>
  Math.min(nextAt, at + capMs);

/** The median time between readings (at most gapMs), or gapMs when there are too few to tell. */
export function typicalIntervalMs(points: readonly { at: number }[], gapMs: number): number {
  const steps = points
    .slice(1)
    .map((p, i) => p.at - points[i].at)
    .filter((d) => d > 0 && d <= gapMs)
    .sort((a, b) => a - b);
  return steps.length > 0 ? steps[Math.floor(steps.length / 2)] : gapMs;
}

function evaluateMeasure(
  profile: EnvironmentProfile,
  spec: MeasureSpec,
  ordered: readonly EnvironmentReading[],
  now: number,
): ActiveCondition[] {
  const points = ordered.flatMap((r) => {
    const v = spec.value(r);
    return v === null || !Number.isFinite(v) ? [] : [{ at: r.at, v }];
  });
  const gapMs = profile.gapMin * MIN_MS;
  const windowStart = now - profile.cumulative.windowH * 3600_000;
  // The last reading of a sensor that has since fallen silent vouches only for its usual interval.
  const lastCover = now - (points.at(-1)?.at ?? now) >= gapMs ? typicalIntervalMs(points, gapMs) : gapMs;
  const coveredEnd = (i: number) =>
    i + 1 < points.length
      ? coveredUntil(points[i].at, points[i + 1].at, gapMs)
      : coveredUntil(points[i].at, now, lastCover);

  let runSince: number | null = null;
  let hardSince: number | null = null;
  let hardValue = 0;
  let outMs = 0;
  for (let i = 0; i < points.length; i++) {
    const { at, v } = points[i];
    const isOut = outside(v, spec.range);
    if (isOut) {
      runSince ??= at;
      const from = Math.max(at, windowStart);
      outMs += Math.max(0, coveredEnd(i) - from);
    } else if (runSince !== null && insideBy(v, spec.range, spec.hysteresis)) {
      runSince = null;
    }
    if (spec.measure === 'temperature' && beyondHard(v, profile.hardLimitsC)) {
      hardSince ??= at;
      hardValue = v;
    } else if (hardSince !== null && insideBy(v, spec.range, spec.hysteresis)) {
      hardSince = null;
    }
  }

  const found: ActiveCondition[] = [];
  const limits = rangeText(spec.range, spec.unit);
  if (runSince !== null && points.length > 0) {
    const lastCovered = coveredEnd(points.length - 1);
    const lasted = lastCovered - runSince;
    if (lasted >= profile.delayMin * MIN_MS) {
      found.push({
        kind: spec.measure === 'temperature' ? 'temperature-excursion' : 'humidity-excursion',
        measure: spec.measure,
        severity: profile.excursionSeverity,
        since: runSince,
        detail: `${spec.measure} out of ${limits} for ${minutes(lasted)} min (latest ${points.at(-1)?.v} ${spec.unit})`,
      });
    }
  }
  if (outMs >= profile.cumulative.limitMin * MIN_MS) {
    found.push({
      kind: 'cumulative-excursion',
      measure: spec.measure,
      severity: profile.excursionSeverity,
      since: windowStart,
      detail: `${spec.measure} out of ${limits} for ${minutes(outMs)} min in the last ${profile.cumulative.windowH} h (limit ${profile.cumulative.limitMin} min)`,
    });
  }
  if (hardSince !== null) {
    found.push({
      kind: 'hard-limit',
      measure: spec.measure,
      severity: 'critical',
      since: hardSince,
      detail: `${spec.measure} reached ${hardValue} ${spec.unit}: ${hardText(profile.hardLimitsC, spec.unit)} alerts at once`,
    });
  }
  return found;
}
