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

  describe('minutes out of range: each reading holds until the next', () => {
    /** One reading every `stepMin` minutes over the day, at 9 °C (out of 2–8) where `warm(minute)`. */
    const every = (stepMin: number, warm: (m: number) => boolean) =>
      Array.from({ length: 1440 / stepMin }, (_, i) => i * stepMin).map((m) => ({
        at: DAY + m * MIN,
        temperatureC: warm(m) ? 9 : 5,
      }));

    it('counts a whole hour for a logger reporting every 5 minutes, out of range for an hour', () => {
      const day = dailyCompliance({ ...base, readings: every(5, (m) => m >= 60 && m < 120) });
      expect(day.minutesOutOfRange).toBe(60);
    });

    it('gives the same as counting minutes for a reading a minute', () => {
      const warm = (m: number) => m % 7 === 0 || (m >= 300 && m < 345);
      const readings = every(1, warm);
      const day = dailyCompliance({ ...base, readings });
      expect(day.minutesOutOfRange).toBe(readings.filter((r) => r.temperatureC > 8).length);
      expect(day.minutesOutOfRange).toBe(206 + 45 - 7); // multiples of 7 below 1440, the spell, overlap
    });

    it('rounds to the nearest minute', () => {
      const readings = [
        { at: DAY + 60 * MIN, temperatureC: 9 },
        { at: DAY + 62 * MIN + 31_000, temperatureC: 5 },
        { at: DAY + 70 * MIN, temperatureC: 9 },
        { at: DAY + 71 * MIN + 29_000, temperatureC: 5 },
        { at: DAY + 80 * MIN, temperatureC: 5 },
      ];
      const day = dailyCompliance({ ...base, readings, previousAt: DAY + 50 * MIN, nextAt: DAY + 90 * MIN });
      expect(day.minutesOutOfRange).toBe(4); // 2 min 31 s + 1 min 29 s
    });

    it('counts a reading before a data gap only up to gapMin, and still reports the gap', () => {
      const readings = [
        { at: DAY + 50 * MIN, temperatureC: 5 },
        { at: DAY + 60 * MIN, temperatureC: 9 },
        { at: DAY + 180 * MIN, temperatureC: 5 },
      ];
      const day = dailyCompliance({ ...base, readings, previousAt: DAY - 10 * MIN, nextAt: DAY + 190 * MIN });
      expect(day.minutesOutOfRange).toBe(30);
      expect(day.gaps).toContainEqual({ from: DAY + 60 * MIN, to: DAY + 180 * MIN });
    });

    it('splits the interval that crosses midnight between the two days', () => {
      const lastOfDay = { at: DAY + 1430 * MIN, temperatureC: 9 };
      const firstOfNext = DAY + 1450 * MIN;
      const today = dailyCompliance({
        ...base,
        readings: [{ at: DAY + 1425 * MIN, temperatureC: 5 }, lastOfDay],
        previousAt: DAY - 5 * MIN,
        nextAt: firstOfNext,
      });
      const tomorrow = dailyCompliance({
        ...base,
        dayStart: DAY + 1440 * MIN,
        dayEnd: DAY + 2880 * MIN,
        readings: [{ at: firstOfNext, temperatureC: 5 }],
        previousAt: lastOfDay.at,
        previousTemperatureC: lastOfDay.temperatureC,
        nextAt: DAY + 2880 * MIN,
      });
      expect(today.minutesOutOfRange).toBe(10);
      expect(tomorrow.minutesOutOfRange).toBe(10);
    });

    it("lets the previous day's last reading cover the start of the day, up to gapMin", () => {
      const readings = [{ at: DAY + 10 * MIN, temperatureC: 5 }];
      const covered = dailyCompliance({
        ...base,
        readings,
        previousAt: DAY - 5 * MIN,
        previousTemperatureC: 9,
      });
      expect(covered.minutesOutOfRange).toBe(10);
      const late = [{ at: DAY + 40 * MIN, temperatureC: 5 }];
      const capped = dailyCompliance({
        ...base,
        readings: late,
        previousAt: DAY - 20 * MIN,
        previousTemperatureC: 9,
      });
      expect(capped.minutesOutOfRange).toBe(10); // 30 min from 23:40, 10 of them in the day
      expect(capped.gaps[0]).toEqual({ from: DAY, to: DAY + 40 * MIN });
      const unknown = dailyCompliance({ ...base, readings, previousAt: DAY - 5 * MIN });
      expect(unknown.minutesOutOfRange).toBe(0);
    });

    it('lets the last reading of a sensor that fell silent hold only for its usual interval', () => {
      const readings = every(5, (m) => m >= 1300).filter((r) => r.at <= DAY + 1400 * MIN);
      const day = dailyCompliance({ ...base, readings, nextAt: null });
      expect(day.minutesOutOfRange).toBe(100 + 5);
      expect(day.gaps).toEqual([{ from: DAY + 1400 * MIN, to: DAY + 1440 * MIN }]);
    });
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
