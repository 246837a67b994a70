import { createRandom } from '../random/seeded-random';
import { DEFAULT_RADIO_MODEL, meanRssi, sampleRssi } from './radio-model';

describe('radio model', () => {
  it('is the measured power at 1 m and falls with distance (n = 2.2)', () => {
    expect(meanRssi(1, 0)).toBeCloseTo(-59, 6);
    expect(meanRssi(10, 0)).toBeCloseTo(-81, 6);
    const byDistance = [1, 2, 4, 8, 12, 15].map((d) => meanRssi(d, 0));
    for (let i = 1; i < byDistance.length; i++) {
      expect(byDistance[i]).toBeLessThan(byDistance[i - 1]);
    }
  });

  it('loses about 5 dB per wall', () => {
    expect(meanRssi(6, 0) - meanRssi(6, 1)).toBeCloseTo(5, 6);
    expect(meanRssi(6, 0) - meanRssi(6, 3)).toBeCloseTo(15, 6);
  });

  it('samples whole dBm around the mean with σ ≈ 3 dB and hears about 90 % of adverts', () => {
    const random = createRandom('rssi');
    const readings: number[] = [];
    const tries = 20_000;
    for (let i = 0; i < tries; i++) {
      const rssi = sampleRssi(5, 1, random);
      if (rssi !== null) {
        readings.push(rssi);
      }
    }
    const mean = readings.reduce((s, r) => s + r, 0) / readings.length;
    const sd = Math.sqrt(readings.reduce((s, r) => s + (r - mean) ** 2, 0) / readings.length);
    expect(readings.every(Number.isInteger)).toBe(true);
    expect(mean).toBeCloseTo(meanRssi(5, 1), 0);
    expect(sd).toBeGreaterThan(2.5);
    expect(sd).toBeLessThan(3.5);
    expect(readings.length / tries).toBeGreaterThan(0.88);
    expect(readings.length / tries).toBeLessThan(0.92);
  });

  it('hears nothing beyond 15 m and drops readings below -95 dBm', () => {
    const random = createRandom('range');
    for (let i = 0; i < 1000; i++) {
      expect(sampleRssi(15.5, 0, random)).toBeNull();
      const weak = sampleRssi(14, 4, random);
      expect(weak === null || weak >= DEFAULT_RADIO_MODEL.sensitivityDbm).toBe(true);
    }
    // 14 m through 4 walls averages about -104 dBm: nearly always lost.
    let heard = 0;
    for (let i = 0; i < 1000; i++) {
      heard += sampleRssi(14, 4, random) === null ? 0 : 1;
    }
    expect(heard).toBeLessThan(20);
  });
});
