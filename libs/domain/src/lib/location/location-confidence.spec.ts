import { DEFAULT_LOCATION_CONFIG } from './location-config';
import { locationConfidence } from './location-confidence';

const config = DEFAULT_LOCATION_CONFIG;

describe('locationConfidence', () => {
  it('rises strictly with the margin over the best other room, within 0..1', () => {
    let previous = -1;
    for (let margin = -30; margin <= 30; margin += 0.5) {
      const c = locationConfidence(-70 + margin, -70, 3, config);
      expect(c).toBeGreaterThan(previous);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
      previous = c;
    }
  });

  it('is half the coverage at a tie, about 0.88 of it one switch margin ahead', () => {
    expect(locationConfidence(-70, -70, 3, config)).toBeCloseTo(0.5, 12);
    expect(locationConfidence(-70 + config.switchMarginDb, -70, 3, config)).toBeCloseTo(
      1 / (1 + Math.exp(-2)),
      12,
    );
  });

  it('is the coverage when no other room is heard, and grows with the gateways heard up to the cap', () => {
    const n = config.maxGatewaysPerScore;
    expect(locationConfidence(-70, -Infinity, 1, config)).toBeCloseTo(0.5 + 0.5 / n, 12);
    const byCount = [1, 2, 3, 4, 5].map((heard) => locationConfidence(-70, -76, heard, config));
    expect(byCount[1]).toBeGreaterThan(byCount[0]);
    expect(byCount[2]).toBeGreaterThan(byCount[1]);
    expect(byCount[3]).toBe(byCount[2]);
    expect(locationConfidence(-70, -Infinity, 3, config)).toBe(1);
  });

  it('is 0 when the current room is no longer heard or nothing is heard', () => {
    expect(locationConfidence(-Infinity, -60, 2, config)).toBe(0);
    expect(locationConfidence(-70, -80, 0, config)).toBe(0);
  });
});
