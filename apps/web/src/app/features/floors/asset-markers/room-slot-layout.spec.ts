import type { PlanPoint, PlanPolygon } from '@wardwatch/contracts';
import { pointInPolygon, polygonCentroid } from '@wardwatch/domain';
import { gridSlots, overflowSlot, RoomSlots } from './room-slot-layout';

const OPTIONS = { spacingM: 1, marginM: 0.4 };

function rect(x: number, y: number, w: number, h: number): PlanPolygon {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

/** An L: a 6 × 2 bar along the bottom and a 2 × 6 bar up the left side; its centroid is outside. */
const L_ROOM: PlanPolygon = [
  [0, 0],
  [6, 0],
  [6, 2],
  [2, 2],
  [2, 6],
  [0, 6],
];

const distance = (a: PlanPoint, b: PlanPoint) => Math.hypot(a[0] - b[0], a[1] - b[1]);

function minDistanceToWalls(p: PlanPoint, polygon: PlanPolygon): number {
  let best = Infinity;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [ax, ay] = polygon[j];
    const [bx, by] = polygon[i];
    const t = Math.max(
      0,
      Math.min(1, ((p[0] - ax) * (bx - ax) + (p[1] - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    best = Math.min(best, Math.hypot(p[0] - (ax + t * (bx - ax)), p[1] - (ay + t * (by - ay))));
  }
  return best;
}

describe('gridSlots', () => {
  const room = rect(10, 20, 5, 4);
  const centroid: PlanPoint = [12.5, 22];

  it('puts the first slot on the centroid and orders the rest by distance from it', () => {
    const slots = gridSlots(room, centroid, OPTIONS);
    expect(slots[0]).toEqual(centroid);
    for (let i = 1; i < slots.length; i++) {
      expect(distance(slots[i], centroid)).toBeGreaterThanOrEqual(distance(slots[i - 1], centroid) - 1e-9);
    }
  });

  it('keeps every slot inside the room and clear of the walls, one spacing apart', () => {
    const slots = gridSlots(room, centroid, OPTIONS);
    // Columns at x = 10.5 … 14.5 (0.5 m from the walls); rows at y = 21 … 23 (y = 20 and 24 are on the walls).
    expect(slots).toHaveLength(15);
    for (const slot of slots) {
      expect(pointInPolygon(slot, room)).toBe(true);
      expect(minDistanceToWalls(slot, room)).toBeGreaterThanOrEqual(OPTIONS.marginM);
    }
    const keys = new Set(slots.map(([x, y]) => `${x},${y}`));
    expect(keys.size).toBe(slots.length);
  });

  it('is deterministic: ties are broken by row (north first), then column (west first)', () => {
    const slots = gridSlots(room, centroid, OPTIONS);
    expect(gridSlots(room, centroid, OPTIONS)).toEqual(slots);
    // The four neighbours at distance 1: north, west, east, south.
    expect(slots.slice(1, 5)).toEqual([
      [12.5, 23],
      [11.5, 22],
      [13.5, 22],
      [12.5, 21],
    ]);
  });

  it('finds slots in an L-shaped room whose centroid lies outside it', () => {
    const centroidL = polygonCentroid(L_ROOM);
    expect(pointInPolygon(centroidL, L_ROOM)).toBe(false);
    const slots = gridSlots(L_ROOM, centroidL, OPTIONS);
    expect(slots.length).toBeGreaterThan(4);
    slots.forEach((slot) => expect(pointInPolygon(slot, L_ROOM)).toBe(true));
  });

  it('has no grid slots for a room smaller than the wall margins', () => {
    expect(gridSlots(rect(0, 0, 0.7, 0.7), [0.35, 0.35], OPTIONS)).toEqual([]);
    expect(gridSlots([], [0, 0], OPTIONS)).toEqual([]);
  });
});

describe('overflowSlot', () => {
  it('spirals round the anchor inside the room, the same way every time', () => {
    const room = rect(0, 0, 1.2, 1.2);
    const anchor: PlanPoint = [0.6, 0.6];
    const points = Array.from({ length: 40 }, (_, k) => overflowSlot(room, anchor, k, OPTIONS));
    points.forEach((p) => expect(pointInPolygon(p, room)).toBe(true));
    expect(new Set(points.map(([x, y]) => `${x.toFixed(6)},${y.toFixed(6)}`)).size).toBeGreaterThan(30);
    expect(overflowSlot(room, anchor, 17, OPTIONS)).toEqual(points[17]);
  });
});

describe('RoomSlots', () => {
  it('places the bubble anchor on the centroid, or on the first slot when the centroid is outside', () => {
    expect(new RoomSlots(rect(0, 0, 4, 4), [2, 2], OPTIONS).anchor).toEqual([2, 2]);
    const l = new RoomSlots(L_ROOM, polygonCentroid(L_ROOM), OPTIONS);
    expect(pointInPolygon(l.anchor, L_ROOM)).toBe(true);
    expect(l.anchor).toEqual(l.position(0));
  });

  it('hands out the free slot nearest the centroid, and markers that stay keep theirs', () => {
    const slots = new RoomSlots(rect(0, 0, 4, 4), [2, 2], OPTIONS);
    const [a, b, c, d] = [slots.acquire(), slots.acquire(), slots.acquire(), slots.acquire()];
    expect([a, b, c, d]).toEqual([0, 1, 2, 3]);
    const kept = [slots.position(a), slots.position(c)];

    slots.release(b);
    slots.release(d);
    expect(slots.size).toBe(2);
    expect(slots.acquire()).toBe(1);
    expect(slots.acquire()).toBe(3);
    expect(slots.acquire()).toBe(4);
    expect([slots.position(a), slots.position(c)]).toEqual(kept);
    expect(slots.size).toBe(5);
  });

  it('refuses to release a slot that is not taken', () => {
    const slots = new RoomSlots(rect(0, 0, 4, 4), [2, 2], OPTIONS);
    const a = slots.acquire();
    slots.release(a);
    expect(() => slots.release(a)).toThrow(/not taken/);
    expect(() => slots.release(7)).toThrow(/not taken/);
  });

  it('keeps placing markers past the grid, inside a room that is too small for it', () => {
    const closet = rect(3, 3, 0.8, 0.8);
    const slots = new RoomSlots(closet, [3.4, 3.4], OPTIONS);
    expect(slots.gridSize).toBe(0);
    for (let i = 0; i < 25; i++) {
      const slot = slots.acquire();
      expect(pointInPolygon(slots.position(slot), closet)).toBe(true);
    }
    expect(slots.position(3)).toEqual(new RoomSlots(closet, [3.4, 3.4], OPTIONS).position(3));
  });
});
