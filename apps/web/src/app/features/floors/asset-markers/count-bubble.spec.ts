import { ASSET_STATUSES } from '@wardwatch/contracts';
import { bubbleLabel, bubbleRadiusPx, bubbleSegments } from './count-bubble';
import { STATUS_STYLES, UNKNOWN_STATUS_STYLE } from './status-style';

describe('count bubble', () => {
  it('grows with the count within 11–20 px', () => {
    expect(bubbleRadiusPx(0)).toBe(11);
    expect(bubbleRadiusPx(1)).toBe(11);
    expect(bubbleRadiusPx(8)).toBe(17);
    expect(bubbleRadiusPx(10_000)).toBe(20);
    expect(bubbleRadiusPx(9)).toBeGreaterThan(bubbleRadiusPx(8));
  });

  it('shortens large counts', () => {
    expect(bubbleLabel(7)).toBe('7');
    expect(bubbleLabel(999)).toBe('999');
    expect(bubbleLabel(1000)).toBe('1k');
    expect(bubbleLabel(1250)).toBe('1.3k');
    expect(bubbleLabel(9949)).toBe('9.9k');
    expect(bubbleLabel(9950)).toBe('10k');
    expect(bubbleLabel(12_345)).toBe('12k');
  });

  it('splits the rim by status share, clockwise in the contracts order, skipping empty ones', () => {
    const tally = new Int32Array(ASSET_STATUSES.length + 1);
    tally[0] = 2; // available
    tally[2] = 1; // needs cleaning
    tally[ASSET_STATUSES.length] = 1; // unknown status
    const segments = bubbleSegments(tally);
    expect(segments.map((s) => s.colour)).toEqual([
      STATUS_STYLES.available.fill,
      STATUS_STYLES['needs-cleaning'].fill,
      UNKNOWN_STATUS_STYLE.fill,
    ]);
    expect(segments[0].start).toBe(0);
    expect(segments[0].end).toBeCloseTo(Math.PI);
    expect(segments[1].start).toBe(segments[0].end);
    expect(segments[2].end).toBeCloseTo(2 * Math.PI);
  });

  it('draws no arcs for an empty room', () => {
    expect(bubbleSegments(new Int32Array(7))).toEqual([]);
  });
});
