import { HOUR_MS, MINUTE_MS, rollupIncrements, type RollupReading } from './telemetry-rollup-increments';

const T0 = Date.UTC(2026, 10, 21, 10, 0, 0);
const reading = (over: Partial<RollupReading>): RollupReading => ({
  tagId: 'b',
  at: T0,
  temperatureC: null,
  humidityPct: null,
  powerW: null,
  powerOn: null,
  ...over,
});

describe('rollupIncrements', () => {
  it('adds up each tag and minute: counts, extremes and sums per measure, nulls ignored', () => {
    const rows = rollupIncrements(
      [
        reading({ at: T0 + 5_000, temperatureC: 4.5, humidityPct: 40 }),
        reading({ at: T0 + 55_000, temperatureC: 3.5 }),
        reading({ at: T0 + 61_000, temperatureC: 9 }),
        reading({ at: T0 + 2_000, powerW: 120, powerOn: true }),
        reading({ at: T0 + 3_000, powerW: 2, powerOn: false }),
      ],
      MINUTE_MS,
    );
    expect(rows).toEqual([
      {
        tagId: 'b',
        bucket: T0,
        tempN: 2,
        tempMin: 3.5,
        tempMax: 4.5,
        tempSum: 8,
        humN: 1,
        humMin: 40,
        humMax: 40,
        humSum: 40,
        powerN: 2,
        powerSum: 122,
        powerMax: 120,
        onN: 1,
      },
      expect.objectContaining({
        tagId: 'b',
        bucket: T0 + MINUTE_MS,
        tempN: 1,
        tempSum: 9,
        humN: 0,
        humSum: null,
      }),
    ]);
  });

  it('buckets by UTC hour and orders rows by tag then time (the lock order of concurrent writers)', () => {
    const rows = rollupIncrements(
      [
        reading({ tagId: 'z', at: T0 + HOUR_MS + 1, temperatureC: 1 }),
        reading({ tagId: 'a', at: T0 + HOUR_MS - 1, temperatureC: 2 }),
        reading({ tagId: 'z', at: T0, temperatureC: 3 }),
        reading({ tagId: 'a', at: T0 + HOUR_MS, temperatureC: 4 }),
      ],
      HOUR_MS,
    );
    expect(rows.map((r) => [r.tagId, r.bucket - T0, r.tempSum])).toEqual([
      ['a', 0, 2],
      ['a', HOUR_MS, 4],
      ['z', 0, 3],
      ['z', HOUR_MS, 1],
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(rollupIncrements([], MINUTE_MS)).toEqual([]);
  });
});
