import { smoothReading, smoothReadingInPlace, smoothingAlpha } from './rssi-smoothing';

describe('smoothingAlpha', () => {
  it('absorbs half a step after one half-life, three quarters after two, nothing after zero time', () => {
    expect(smoothingAlpha(2000, 2000)).toBeCloseTo(0.5, 12);
    expect(smoothingAlpha(4000, 2000)).toBeCloseTo(0.75, 12);
    expect(smoothingAlpha(0, 2000)).toBe(0);
  });

  it('takes the sample as is with no half-life, and never goes negative for a backwards dt', () => {
    expect(smoothingAlpha(100, 0)).toBe(1);
    expect(smoothingAlpha(-500, 1000)).toBe(0);
  });
});

describe('smoothReading', () => {
  it('takes a first sample as is', () => {
    expect(smoothReading(undefined, -71, 1000, 500)).toEqual({ rssi: -71, lastAt: 1000, count: 1 });
  });

  it('moves halfway to a step after one half-life, whatever the sample spacing', () => {
    const once = smoothReading({ rssi: -80, lastAt: 0, count: 3 }, -60, 1000, 1000);
    expect(once).toEqual({ rssi: -70, lastAt: 1000, count: 4 });
    let twice = smoothReading({ rssi: -80, lastAt: 0, count: 3 }, -60, 500, 1000);
    twice = smoothReading(twice, -60, 1000, 1000);
    expect(twice.rssi).toBeCloseTo(-70, 10);
  });

  it('does the same in place', () => {
    const reading = { rssi: -80, lastAt: 0, count: 1 };
    smoothReadingInPlace(reading, -60, 1000, 1000);
    expect(reading).toEqual({ rssi: -70, lastAt: 1000, count: 2 });
  });
});
