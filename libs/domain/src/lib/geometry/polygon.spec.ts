import type { PlanPolygon } from '@wardwatch/contracts';

import { findContaining, isValidPolygon, pointInPolygon, polygonCentroid, signedArea } from './polygon';

const square: PlanPolygon = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
];
const lShape: PlanPolygon = [
  [0, 0],
  [6, 0],
  [6, 2],
  [2, 2],
  [2, 6],
  [0, 6],
];

describe('pointInPolygon', () => {
  it('finds points inside, outside and on edges', () => {
    expect(pointInPolygon([2, 2], square)).toBe(true);
    expect(pointInPolygon([5, 2], square)).toBe(false);
    expect(pointInPolygon([4, 2], square)).toBe(true);
    expect(pointInPolygon([0, 0], square)).toBe(true);
  });

  it('handles concave polygons', () => {
    expect(pointInPolygon([1, 5], lShape)).toBe(true);
    expect(pointInPolygon([4, 4], lShape)).toBe(false);
    expect(pointInPolygon([5, 1], lShape)).toBe(true);
  });
});

describe('area and centroid', () => {
  it('signs area by orientation', () => {
    expect(signedArea(square)).toBe(16);
    expect(signedArea([...square].reverse())).toBe(-16);
  });

  it('computes the area centroid', () => {
    expect(polygonCentroid(square)).toEqual([2, 2]);
    const [cx, cy] = polygonCentroid(lShape);
    // L = 6x2 bar (centroid 3,1; area 12) + 2x4 bar (centroid 1,4; area 8)
    expect(cx).toBeCloseTo((3 * 12 + 1 * 8) / 20, 10);
    expect(cy).toBeCloseTo((1 * 12 + 4 * 8) / 20, 10);
  });
});

describe('findContaining', () => {
  it('prefers the smallest polygon that contains the point', () => {
    const rooms = [
      {
        id: 'floor',
        polygon: [
          [0, 0],
          [100, 0],
          [100, 100],
          [0, 100],
        ] as PlanPolygon,
      },
      { id: 'room', polygon: square },
    ];
    expect(findContaining([1, 1], rooms)?.id).toBe('room');
    expect(findContaining([50, 50], rooms)?.id).toBe('floor');
    expect(findContaining([150, 50], rooms)).toBeNull();
  });
});

describe('isValidPolygon', () => {
  it('rejects short, degenerate and non-finite rings', () => {
    expect(isValidPolygon(square)).toBe(true);
    expect(
      isValidPolygon([
        [0, 0],
        [1, 1],
      ]),
    ).toBe(false);
    expect(
      isValidPolygon([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toBe(false);
    expect(
      isValidPolygon([
        [0, 0],
        [1, NaN],
        [2, 0],
      ]),
    ).toBe(false);
  });
});
