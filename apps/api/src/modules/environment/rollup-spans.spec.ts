import { bucketSpans, HOUR_MS, MINUTE_MS, readingSpans } from './rollup-spans';

const T0 = Date.UTC(2026, 10, 21, 10, 0, 0);

describe('readingSpans', () => {
  it('gives each tag the first and last instant of its readings', () => {
    expect(
      readingSpans([
        { tagId: 'a', at: T0 + 30_000 },
        { tagId: 'b', at: T0 },
        { tagId: 'a', at: T0 + 5_000 },
        { tagId: 'a', at: T0 + 90_000 },
      ]),
    ).toEqual([
      { tagId: 'a', from: T0 + 5_000, to: T0 + 90_000 },
      { tagId: 'b', from: T0, to: T0 },
    ]);
  });
});

describe('bucketSpans', () => {
  it('widens to whole minutes and merges spans of a tag that share or touch a minute', () => {
    expect(
      bucketSpans(
        [
          { tagId: 'a', from: T0 + 5_000, to: T0 + 40_000 },
          { tagId: 'a', from: T0 + 50_000, to: T0 + 70_000 }, // shares minute 10:00
          { tagId: 'a', from: T0 + 120_000, to: T0 + 130_000 }, // touches 10:01's end
          { tagId: 'a', from: T0 + 300_000, to: T0 + 300_000 }, // apart
          { tagId: 'b', from: T0 + 10_000, to: T0 + 10_000 },
        ],
        MINUTE_MS,
      ),
    ).toEqual([
      { tagId: 'a', from: T0, to: T0 + 3 * MINUTE_MS },
      { tagId: 'a', from: T0 + 5 * MINUTE_MS, to: T0 + 6 * MINUTE_MS },
      { tagId: 'b', from: T0, to: T0 + MINUTE_MS },
    ]);
  });

  it('widens to whole UTC hours, out of order input included', () => {
    expect(
      bucketSpans(
        [
          { tagId: 'a', from: T0 + 2 * HOUR_MS + 1, to: T0 + 2 * HOUR_MS + 2 },
          { tagId: 'a', from: T0 + 59 * MINUTE_MS, to: T0 + 61 * MINUTE_MS },
        ],
        HOUR_MS,
      ),
    ).toEqual([{ tagId: 'a', from: T0, to: T0 + 3 * HOUR_MS }]);
  });
});
