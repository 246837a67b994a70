import { easeInOutCubic, isMoveDone, type Move, moveProgress, positionAt } from './move-animation';

describe('move animation', () => {
  const move: Move = { fromX: 0, fromY: 10, toX: 8, toY: 2, startMs: 1000, durationMs: 600 };

  it('eases from 0 to 1, monotonically, symmetric about the middle', () => {
    expect(easeInOutCubic(-1)).toBe(0);
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(2)).toBe(1);
    let previous = 0;
    for (let t = 0.01; t <= 1; t += 0.01) {
      const k = easeInOutCubic(t);
      expect(k).toBeGreaterThanOrEqual(previous);
      expect(k + easeInOutCubic(1 - t)).toBeCloseTo(1);
      previous = k;
    }
    // Slow at both ends.
    expect(easeInOutCubic(0.1)).toBeLessThan(0.1);
    expect(easeInOutCubic(0.9)).toBeGreaterThan(0.9);
  });

  it('is a pure function of time: start, middle, end and after', () => {
    const out = { x: NaN, y: NaN };
    expect(positionAt(move, 900, out)).toEqual({ x: 0, y: 10 });
    expect(positionAt(move, 1000, out)).toEqual({ x: 0, y: 10 });
    expect(positionAt(move, 1300, out)).toEqual({ x: 4, y: 6 });
    expect(positionAt(move, 1600, out)).toEqual({ x: 8, y: 2 });
    expect(positionAt(move, 5000, out)).toEqual({ x: 8, y: 2 });
    expect(positionAt(move, 1150, { x: 0, y: 0 })).toEqual(positionAt(move, 1150, { x: 0, y: 0 }));
  });

  it('reports progress and completion', () => {
    expect(moveProgress(move, 1150)).toBeCloseTo(0.25);
    expect(isMoveDone(move, 1599)).toBe(false);
    expect(isMoveDone(move, 1600)).toBe(true);
    expect(isMoveDone({ ...move, durationMs: 0 }, 0)).toBe(true);
  });
});
