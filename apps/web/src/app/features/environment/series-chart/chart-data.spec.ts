import type { SeriesPointDto } from '@wardwatch/contracts';
import {
  BUCKET_MS,
  DATA_GAP_MS,
  formatDuration,
  gapSpans,
  isolatedIndices,
  summarise,
  toChartColumns,
  valueRange,
} from './chart-data';

const T0 = Date.parse('2026-11-21T08:00:00Z');
const MIN = BUCKET_MS.minute;
const HOUR = BUCKET_MS.hour;
const point = (at: number, mean: number, spread = 0.2): SeriesPointDto => ({
  at: new Date(at).toISOString(),
  n: 6,
  min: mean - spread,
  max: mean + spread,
  mean,
});

describe('toChartColumns', () => {
  it('joins readings a few minutes apart: a silence shorter than a data gap is not a gap', () => {
    const points = [point(T0, 21), point(T0 + 2 * MIN, 21.5), point(T0 + 10 * MIN, 22)];
    const columns = toChartColumns(points, MIN);
    expect(columns.x).toEqual(points.map((p) => Date.parse(p.at) / 1000));
    expect(columns.mean).toEqual([21, 21.5, 22]);
  });

  it('breaks the line where readings stop for longer than a data gap, never drawing across it', () => {
    const after = T0 + DATA_GAP_MS + 2 * MIN;
    const columns = toChartColumns([point(T0, 21), point(T0 + MIN, 22), point(after, 27)], MIN);
    expect(columns.x).toEqual([T0 / 1000, (T0 + MIN) / 1000, (T0 + 2 * MIN) / 1000, after / 1000]);
    expect(columns.mean).toEqual([21, 22, null, 27]);
    expect(columns.min).toEqual([20.8, 21.8, null, 26.8]);
    expect(columns.max).toEqual([21.2, 22.2, null, 27.2]);
  });

  it('breaks at every missing hour of an hourly series', () => {
    const columns = toChartColumns([point(T0, 5), point(T0 + HOUR, 5), point(T0 + 3 * HOUR, 6)], HOUR);
    expect(columns.mean).toEqual([5, 5, null, 6]);
    expect(columns.x[2]).toBe((T0 + 2 * HOUR) / 1000);
  });

  it('gives empty columns for no readings', () => {
    expect(toChartColumns([], MIN)).toEqual({ x: [], mean: [], min: [], max: [] });
  });
});

describe('isolatedIndices', () => {
  it('finds values with no neighbour, which a line cannot show', () => {
    expect(isolatedIndices([1, null, 2, 3, null, 4])).toEqual([0, 5]);
    expect(isolatedIndices([null, 1, null])).toEqual([1]);
    expect(isolatedIndices([1, 2])).toEqual([]);
  });
});

describe('gapSpans', () => {
  it('finds the stretches without readings, including before the first and after the last', () => {
    const from = T0;
    const to = T0 + 4 * HOUR;
    const points = [point(T0 + HOUR, 21), point(T0 + HOUR + 5 * MIN, 21), point(T0 + 2 * HOUR, 21)];
    expect(gapSpans(points, from, to, MIN)).toEqual([
      { from: T0, to: T0 + HOUR },
      { from: T0 + HOUR + 6 * MIN, to: T0 + 2 * HOUR },
      { from: T0 + 2 * HOUR + MIN, to: T0 + 4 * HOUR },
    ]);
  });

  it('does not count the bucket still running, nor short silences', () => {
    const to = T0 + 3 * HOUR + 20 * MIN;
    const points = [point(T0, 5), point(T0 + HOUR, 5), point(T0 + 2 * HOUR, 5)];
    // The 2 h bucket is the last complete one; 3:00–3:20 is still being filled.
    expect(gapSpans(points, T0, to, HOUR)).toEqual([]);
    expect(gapSpans([point(T0, 5), point(T0 + 20 * MIN, 5)], T0, T0 + 25 * MIN, MIN)).toEqual([]);
  });

  it('calls the whole period a gap when there are no readings', () => {
    expect(gapSpans([], T0 + 30_000, T0 + HOUR + 30_000, MIN)).toEqual([{ from: T0, to: T0 + HOUR }]);
  });
});

describe('summarise', () => {
  it('gives the extremes, the buckets outside the limits and the total gap time', () => {
    const points = [point(T0, 21), point(T0 + MIN, 25), point(T0 + 2 * MIN, 19)];
    const summary = summarise(points, [{ from: 0, to: 47 * MIN }], { min: 20, max: 24 });
    expect(summary).toEqual({ min: 18.8, max: 25.2, bucketsOutside: 2, gaps: 1, gapMs: 47 * MIN });
  });

  it('has no extremes without readings and nothing outside without limits', () => {
    expect(summarise([], [], null)).toEqual({ min: null, max: null, bucketsOutside: 0, gaps: 0, gapMs: 0 });
    expect(summarise([point(T0, 99)], [], null).bucketsOutside).toBe(0);
  });
});

describe('valueRange', () => {
  it('spans the data and the limits with a margin', () => {
    const [low, high] = valueRange({ min: [21, 22], max: [27, 23] }, { min: 20, max: 24 }) ?? [0, 0];
    expect(low).toBeLessThan(20);
    expect(high).toBeGreaterThan(27);
  });

  it('shows the limits even without data, and nothing without either', () => {
    expect(valueRange({ min: [], max: [] }, { min: 2, max: 8 })).toEqual([1.5, 8.5]);
    expect(valueRange({ min: [null], max: [null] }, null)).toBeNull();
  });
});

describe('formatDuration', () => {
  it('reads as people say it', () => {
    expect(formatDuration(47 * MIN)).toBe('47 min');
    expect(formatDuration(3 * HOUR + 5 * MIN)).toBe('3 h 5 min');
    expect(formatDuration(2 * HOUR)).toBe('2 h');
    expect(formatDuration(52 * HOUR)).toBe('2 days 4 h');
    expect(formatDuration(72 * HOUR)).toBe('3 days');
  });
});
