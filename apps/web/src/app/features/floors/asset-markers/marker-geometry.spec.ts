import { fitDash, glyphSizePx, markerExtent, markerRings, RIM_PX } from './marker-geometry';
import type { StatusRing } from './status-style';

const RINGS: StatusRing[] = ['none', 'dotted', 'double', 'heavy', 'dashed'];

describe('marker geometry', () => {
  it('fits a whole number of dashes round the circle', () => {
    for (const r of [10, 11.5, 14, 17]) {
      const [dash, gap] = fitDash(r, 4.5, 3);
      const repeats = (2 * Math.PI * r) / (dash + gap);
      expect(repeats).toBeCloseTo(Math.round(repeats), 9);
      expect(dash / gap).toBeCloseTo(1.5);
    }
  });

  it('draws each status cue differently', () => {
    const shapes = RINGS.map((ring) => JSON.stringify(markerRings(ring, 12)));
    expect(new Set(shapes).size).toBe(RINGS.length);
    expect(markerRings('double', 12).filter((s) => s.colour !== '#ffffff')).toHaveLength(2);
    expect(markerRings('dashed', 12).some((s) => s.dash !== null)).toBe(true);
  });

  it('stays within the rim allowance that sprites and culling assume', () => {
    for (const ring of RINGS) {
      for (const r of [10, 12, 14]) {
        expect(markerExtent(ring, r)).toBeLessThanOrEqual(r + RIM_PX);
        expect(markerExtent(ring, r)).toBeGreaterThan(r);
      }
    }
  });

  it('sizes the pictogram to about two thirds of the disc', () => {
    expect(glyphSizePx(20)).toBe(14);
    expect(glyphSizePx(28)).toBe(20);
  });
});
