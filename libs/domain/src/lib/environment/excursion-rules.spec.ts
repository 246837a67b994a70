import { DEFAULT_PROFILES, PROFILE_CODES, withOverrides } from './environment-profiles';
import { evaluateUnit, type EnvironmentReading } from './excursion-rules';

const MIN = 60_000;
const T0 = Date.parse('2026-11-21T00:00:00Z');

/** One reading a minute from `fromMin` to `toMin` (exclusive), temperature from `temp(minute)`. */
function series(
  fromMin: number,
  toMin: number,
  temp: (m: number) => number,
  humidity: (m: number) => number | null = () => null,
): EnvironmentReading[] {
  const out: EnvironmentReading[] = [];
  for (let m = fromMin; m < toMin; m++) {
    out.push({ at: T0 + m * MIN, temperatureC: temp(m), humidityPct: humidity(m) });
  }
  return out;
}
const kinds = (readings: EnvironmentReading[], code: keyof typeof DEFAULT_PROFILES, nowMin: number) =>
  evaluateUnit(DEFAULT_PROFILES[code], readings, T0 + nowMin * MIN).map(
    (c) => `${c.kind}${c.measure ? `:${c.measure}` : ''}`,
  );

describe('excursion rules', () => {
  const fridge = 'vaccine-fridge' as const;

  it('raises nothing for a fridge steady at 5 °C', () => {
    expect(
      kinds(
        series(0, 24 * 60, () => 5),
        fridge,
        24 * 60,
      ),
    ).toEqual([]);
  });

  it.each(PROFILE_CODES)('%s: readings exactly at the limits are in range', (code) => {
    const p = DEFAULT_PROFILES[code];
    const { min, max } = p.temperatureC;
    const low = min ?? max ?? 0;
    const high = max ?? min ?? 0;
    const humidity = p.humidityPct;
    const at = (m: number) => (m % 2 === 0 ? low : high);
    const hum = humidity
      ? (m: number) => (m % 2 === 0 ? (humidity.min ?? 40) : (humidity.max ?? 40))
      : () => null;
    expect(kinds(series(0, 600, at, hum), code, 600)).toEqual([]);
  });

  it.each(PROFILE_CODES)('%s: just past a limit for longer than the delay is an excursion', (code) => {
    const p = DEFAULT_PROFILES[code];
    const past = p.temperatureC.max !== null ? p.temperatureC.max + 0.1 : (p.temperatureC.min ?? 0) - 0.1;
    const minutes = p.delayMin + 1;
    const found = kinds(
      series(0, minutes, () => past),
      code,
      minutes,
    );
    expect(found).toContain('temperature-excursion:temperature');
  });

  it('a 15-minute door opening (fridge at 11 °C) raises nothing', () => {
    const readings = series(0, 120, (m) => (m >= 30 && m < 45 ? 11 : 5));
    for (let now = 30; now <= 120; now += 5) {
      expect(
        kinds(
          readings.filter((r) => r.at <= T0 + now * MIN),
          fridge,
          now,
        ),
      ).toEqual([]);
    }
  });

  it('21 minutes out of range (past the 20-minute delay) is an excursion, cleared only with hysteresis', () => {
    const open = series(0, 61, (m) => (m >= 30 && m < 51 ? 9 : 5));
    expect(
      kinds(
        open.filter((r) => r.at < T0 + 51 * MIN),
        fridge,
        51,
      ),
    ).toEqual(['temperature-excursion:temperature']);
    // Back to 7.8 °C: inside 2–8 but not by the 0.5 °C hysteresis, so the excursion goes on.
    const hovering = series(0, 60, (m) => (m >= 30 && m < 51 ? 9 : m >= 51 ? 7.8 : 5));
    expect(kinds(hovering, fridge, 60)).toEqual(['temperature-excursion:temperature']);
    // 7.4 °C is inside by more than the hysteresis: cleared.
    const back = series(0, 60, (m) => (m >= 30 && m < 51 ? 9 : m >= 51 ? 7.4 : 5));
    expect(kinds(back, fridge, 60)).toEqual([]);
  });

  it('65 cumulative minutes out of range in 24 hours (five 13-minute spells) raises the cumulative alert only', () => {
    const spells = [60, 300, 600, 900, 1200];
    const readings = series(0, 24 * 60, (m) => (spells.some((s) => m >= s && m < s + 13) ? 9 : 5));
    const found = evaluateUnit(DEFAULT_PROFILES[fridge], readings, T0 + 24 * 60 * MIN);
    expect(found.map((c) => c.kind)).toEqual(['cumulative-excursion']);
    expect(found[0].detail).toContain('65 min in the last 24 h');
    // Four spells (52 min) stay under the 60-minute limit.
    const four = series(0, 24 * 60, (m) => (spells.slice(1).some((s) => m >= s && m < s + 13) ? 9 : 5));
    expect(kinds(four, fridge, 24 * 60)).toEqual([]);
  });

  it('a single fridge reading at 0.5 °C alerts at once (hard limit), and not at 0.6 °C', () => {
    const readings = series(0, 10, (m) => (m === 9 ? 0.5 : 5));
    const found = evaluateUnit(DEFAULT_PROFILES[fridge], readings, T0 + 9 * MIN);
    expect(found.map((c) => c.kind)).toEqual(['hard-limit']);
    expect(found[0]).toMatchObject({ severity: 'critical', since: T0 + 9 * MIN });
    expect(found[0].detail).toContain('at or below 0.5 °C');
    expect(
      kinds(
        series(0, 10, (m) => (m === 9 ? 0.6 : 5)),
        fridge,
        9,
      ),
    ).toEqual([]);
  });

  it('a silent sensor is a data gap, and a gap is never filled by the last reading', () => {
    const readings = series(0, 60, () => 9); // out of range for the first hour, then silent
    const found = kinds(readings, fridge, 180);
    expect(found).toContain('sensor-silent');
    // The excursion counts only the 60 covered minutes, not the 2 silent hours after them.
    const cumulative = evaluateUnit(DEFAULT_PROFILES[fridge], readings, T0 + 180 * MIN).find(
      (c) => c.kind === 'cumulative-excursion',
    );
    expect(cumulative?.detail).toContain('60 min in the last 24 h');
    expect(kinds([], fridge, 10)).toEqual(['sensor-silent']);
  });

  it('judges OR humidity too, with its own range', () => {
    const readings = series(
      0,
      45,
      () => 21,
      () => 65,
    );
    expect(kinds(readings, 'operating-room', 45)).toEqual(['humidity-excursion:humidity']);
  });

  it('reports a power loss for units on a smart plug, from the first reading off', () => {
    const readings = [
      ...series(0, 5, () => 5),
      { at: T0 + 5 * MIN, temperatureC: 5, humidityPct: null, powerOn: true },
      { at: T0 + 6 * MIN, temperatureC: 5, humidityPct: null, powerOn: false },
      { at: T0 + 7 * MIN, temperatureC: 5.2, humidityPct: null, powerOn: false },
    ];
    const found = evaluateUnit(DEFAULT_PROFILES[fridge], readings, T0 + 7 * MIN);
    expect(found).toEqual([expect.objectContaining({ kind: 'power-loss', since: T0 + 6 * MIN })]);
  });

  it('applies site and unit overrides (a surgeon asks for 18 °C)', () => {
    const or = withOverrides(
      DEFAULT_PROFILES['operating-room'],
      { delayMin: 15 },
      { temperatureC: { min: 17, max: 24 } },
    );
    expect(or).toMatchObject({ delayMin: 15, temperatureC: { min: 17, max: 24 }, code: 'operating-room' });
    expect(
      evaluateUnit(
        or,
        series(
          0,
          40,
          () => 18,
          () => 40,
        ),
        T0 + 40 * MIN,
      ),
    ).toEqual([]);
  });

  it('gives the same answer however often it is asked (evaluation is a pure function of the readings)', () => {
    const readings = series(0, 90, (m) => (m >= 30 ? 9 : 5));
    const once = evaluateUnit(DEFAULT_PROFILES[fridge], readings, T0 + 90 * MIN);
    expect(evaluateUnit(DEFAULT_PROFILES[fridge], [...readings].reverse(), T0 + 90 * MIN)).toEqual(once);
  });
});
