import type { SeriesPointDto, ValueRange } from '@wardwatch/contracts';

export const BUCKET_MS = { minute: 60_000, hour: 3_600_000 } as const;

/**
 * No reading for this long is a data gap: the monitoring profiles' `gapMin` (30 minutes for every
 * profile), the same rule the compliance report counts gaps by. A shorter silence between buckets (a
 * logger that reports every few minutes) is not a gap; a longer one breaks the line and is hatched.
 */
export const DATA_GAP_MS = 30 * 60_000;

/**
 * Columns for the chart, x in seconds (the chart library's time unit). Where readings stop for longer
 * than a gap, a null row is put in, so the lines break there instead of being drawn across the gap.
 */
export interface ChartColumns {
  x: number[];
  mean: (number | null)[];
  min: (number | null)[];
  max: (number | null)[];
}

/** A stretch without readings, epoch ms, `to` exclusive. */
export interface GapSpan {
  from: number;
  to: number;
}

export function toChartColumns(
  points: readonly SeriesPointDto[],
  bucketMs: number,
  gapMs = DATA_GAP_MS,
): ChartColumns {
  const columns: ChartColumns = { x: [], mean: [], min: [], max: [] };
  const longest = Math.max(bucketMs, gapMs);
  let previous: number | null = null;
  for (const point of points) {
    const at = Date.parse(point.at);
    if (previous !== null && at - previous > longest) {
      // The first missing bucket: nothing is known from here until this point.
      columns.x.push((previous + bucketMs) / 1000);
      columns.mean.push(null);
      columns.min.push(null);
      columns.max.push(null);
    }
    columns.x.push(at / 1000);
    columns.mean.push(point.mean);
    columns.min.push(point.min);
    columns.max.push(point.max);
    previous = at;
  }
  return columns;
}

/** Indices of values with no neighbour on either side: drawn as dots, since a line needs two points. */
export function isolatedIndices(values: readonly (number | null)[]): number[] {
  const isolated: number[] = [];
  values.forEach((v, i) => {
    if (v !== null && (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null) {
      isolated.push(i);
    }
  });
  return isolated;
}

const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step;

/**
 * The stretches of [from, to) without readings for longer than a gap (and at least a whole bucket),
 * judged like the lines' breaks: by the time between bucket starts. The bucket still running at `to` is
 * not missing yet (its readings may still come).
 */
export function gapSpans(
  points: readonly SeriesPointDto[],
  from: number,
  to: number,
  bucketMs: number,
  gapMs = DATA_GAP_MS,
): GapSpan[] {
  const start = floorTo(from, bucketMs);
  const end = floorTo(to, bucketMs);
  const longest = Math.max(bucketMs, gapMs);
  const buckets = points.map((p) => Date.parse(p.at)).filter((at) => at >= start && at < end + bucketMs);
  if (buckets.length === 0) {
    return end > start ? [{ from: start, to: end }] : [];
  }
  const gaps: GapSpan[] = [];
  // Before the first reading, as if the last one had been just before the period.
  let previous = start - bucketMs;
  for (const at of buckets) {
    if (at - previous > longest) {
      gaps.push({ from: previous + bucketMs, to: at });
    }
    previous = Math.max(previous, at);
  }
  if (end - previous > longest) {
    gaps.push({ from: previous + bucketMs, to: end });
  }
  return gaps;
}

export interface SeriesSummary {
  min: number | null;
  max: number | null;
  /** Buckets with a mean outside the limits. */
  bucketsOutside: number;
  gaps: number;
  gapMs: number;
}

export function summarise(
  points: readonly SeriesPointDto[],
  gaps: readonly GapSpan[],
  limits: ValueRange | null,
): SeriesSummary {
  const mins = points.map((p) => p.min).filter((v): v is number => v !== null);
  const maxs = points.map((p) => p.max).filter((v): v is number => v !== null);
  const outside = (v: number | null) =>
    v !== null &&
    limits !== null &&
    ((limits.min !== null && v < limits.min) || (limits.max !== null && v > limits.max));
  return {
    min: mins.length > 0 ? Math.min(...mins) : null,
    max: maxs.length > 0 ? Math.max(...maxs) : null,
    bucketsOutside: points.filter((p) => outside(p.mean)).length,
    gaps: gaps.length,
    gapMs: gaps.reduce((sum, g) => sum + (g.to - g.from), 0),
  };
}

/** The y range to show: the data and the limits, with a little room above and below. */
export function valueRange(
  columns: Pick<ChartColumns, 'min' | 'max'>,
  limits: ValueRange | null,
): [number, number] | null {
  const values = [...columns.min, ...columns.max, limits?.min ?? null, limits?.max ?? null].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  if (values.length === 0) {
    return null;
  }
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max((high - low) * 0.08, 0.5);
  return [low - pad, high + pad];
}

/** "3 h 5 min", "47 min", "2 days 4 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const restH = hours % 24;
  return restH > 0 ? `${days} days ${restH} h` : `${days} days`;
}
