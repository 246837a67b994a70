import { minuteDeltas } from './minute-deltas';
import type { StoredReading } from './stored-reading';

const T0 = Date.UTC(2026, 10, 21, 10, 0, 0);
const reading = (tagId: string, at: number, values: Partial<StoredReading> = {}): StoredReading => ({
  tagId,
  at,
  temperatureC: null,
  humidityPct: null,
  powerW: null,
  powerOn: null,
  ...values,
});

describe('minuteDeltas', () => {
  it('folds readings per tag and UTC minute, sorted by tag then minute', () => {
    const deltas = minuteDeltas([
      reading('b', T0 + 10_000, { temperatureC: 5 }),
      reading('a', T0 + 60_000, { temperatureC: 7 }),
      reading('a', T0 + 59_999, { temperatureC: 3, humidityPct: 40 }),
      reading('a', T0, { temperatureC: 4, humidityPct: 50 }),
    ]);
    expect(deltas.map((d) => [d.tagId, d.bucket - T0, d.tempN])).toEqual([
      ['a', 0, 2],
      ['a', 60_000, 1],
      ['b', 0, 1],
    ]);
    expect(deltas[0]).toMatchObject({ tempMin: 3, tempMax: 4, tempSum: 7, humN: 2, humMin: 40, humMax: 50 });
    expect(deltas[0].humSum).toBe(90);
  });

  it('leaves extremes and sums empty (null) where a quantity had no value, and counts zero', () => {
    const [d] = minuteDeltas([reading('a', T0, { powerW: 12.5, powerOn: true })]);
    expect(d).toMatchObject({ tempN: 0, tempMin: null, tempMax: null, tempSum: null, humN: 0, humSum: null });
    expect(d).toMatchObject({ powerN: 1, powerSum: 12.5, powerMax: 12.5, onN: 1 });
  });

  it('counts a plug that is off without counting it as on', () => {
    const [d] = minuteDeltas([
      reading('a', T0, { powerW: 0, powerOn: false }),
      reading('a', T0 + 1, { powerW: 30, powerOn: true }),
      reading('a', T0 + 2, { powerOn: null }),
    ]);
    expect(d).toMatchObject({ powerN: 2, powerSum: 30, powerMax: 30, onN: 1 });
  });

  it('adds values as the single-precision numbers that are stored, not the decimals that were sent', () => {
    const [d] = minuteDeltas([
      reading('a', T0, { temperatureC: 4.12 }),
      reading('a', T0 + 1, { temperatureC: 4.12 }),
    ]);
    expect(d.tempMin).toBe(Math.fround(4.12));
    expect(d.tempSum).toBe(2 * Math.fround(4.12));
    expect(d.tempSum).not.toBe(8.24);
  });

  it('gives nothing for nothing', () => {
    expect(minuteDeltas([])).toEqual([]);
  });
});
