import { dailyCompliance, mktFromSum } from './daily-compliance';

const MIN = 60_000;
const DAY = Date.parse('2026-11-20T00:00:00Z');
const base = {
  dayStart: DAY,
  dayEnd: DAY + 1440 * MIN,
  previousAt: DAY - MIN,
  nextAt: DAY + 1440 * MIN,
  range: { min: 2, max: 8 },
  gapMin: 30,
};

describe('daily compliance', () => {
  it('gives min, max, mean and a mean kinetic temperature equal to a steady temperature', () => {
    const readings = Array.from({ length: 1440 }, (_, m) => ({ at: DAY + m * MIN, temperatureC: 5 }));
    const day = dailyCompliance({ ...base, readings });
    expect(day).toMatchObject({
      readings: 1440,
      minC: 5,
      maxC: 5,
      meanC: 5,
      minutesOutOfRange: 0,
      gaps: [],
      gapMinutes: 0,
    });
    expect(day.mktC).toBeCloseTo(5, 9);
  });

  it('weights warm spells in the mean kinetic temperature (USP <1079>): above the arithmetic mean', () => {
    const readings = Array.from({ length: 1440 }, (_, m) => ({
      at: DAY + m * MIN,
      temperatureC: m < 720 ? 2 : 12,
    }));
    const day = dailyCompliance({ ...base, readings });
    expect(day.meanC).toBe(7);
    // By hand: 10000 / -ln((e^(-10000/275.15) + e^(-10000/285.15)) / 2) - 273.15
    const expected = 10000 / -Math.log((Math.exp(-10000 / 275.15) + Math.exp(-10000 / 285.15)) / 2) - 273.15;
    expect(day.mktC).toBeCloseTo(expected, 9);
    expect(day.mktC ?? 0).toBeGreaterThan(7.5);
    expect(day.minutesOutOfRange).toBe(720);
  });

  it('counts a minute out of range once however many of its readings are out', () => {
    const readings = [0, 10, 20, 30, 40, 50].map((s) => ({ at: DAY + 60 * MIN + s * 1000, temperatureC: 9 }));
    const day = dailyCompliance({ ...base, readings, previousAt: DAY, nextAt: DAY + 61 * MIN });
    expect(day.minutesOutOfRange).toBe(1);
  });

  it('records gaps longer than gapMin, across midnight too, and never fills them', () => {
    const readings = [
      { at: DAY + 10 * MIN, temperatureC: 5 },
      { at: DAY + 20 * MIN, temperatureC: 5 },
      { at: DAY + 100 * MIN, temperatureC: 5 },
    ];
    const day = dailyCompliance({ ...base, readings, previousAt: DAY - 15 * MIN, nextAt: DAY + 1500 * MIN });
    expect(day.gaps).toEqual([
      { from: DAY + 20 * MIN, to: DAY + 100 * MIN },
      { from: DAY + 100 * MIN, to: DAY + 1440 * MIN },
    ]);
    expect(day.gapMinutes).toBe(80 + 1340);
    const empty = dailyCompliance({ ...base, readings: [], previousAt: null, nextAt: null });
    expect(empty).toMatchObject({ readings: 0, minC: null, mktC: null, gapMinutes: 1440 });
  });

  it('combines days exactly through the kept sum', () => {
    expect(mktFromSum(2 * Math.exp(-10000 / 278.15), 2)).toBeCloseTo(5, 9);
    expect(mktFromSum(0, 0)).toBeNull();
  });
});
