import type { PlanPolygon } from '@wardwatch/contracts';
import { normalizeMac } from '@wardwatch/ble';
import { isValidPolygon, pointInPolygon, signedArea } from '@wardwatch/domain';
import { generateDemoHospital } from './generate-demo-hospital';

const hospital = generateDemoHospital();
const floors = hospital.buildings.flatMap((b) => b.floors);
const rooms = floors.flatMap((f) => f.rooms);
const roomsByKey = new Map(rooms.map((r) => [r.key, r]));
const EPS = 1e-6;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function box(polygon: PlanPolygon): Box {
  const xs = polygon.map(([x]) => x);
  const ys = polygon.map(([, y]) => y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > EPS && h > EPS ? w * h : 0;
}

describe('demo hospital geometry', () => {
  it.each(floors.map((f) => [f.key, f] as const))(
    'floor %s is a 100-140 m x 30-50 m rectangle',
    (_, floor) => {
      expect(floor.outline).toEqual([
        [0, 0],
        [floor.widthM, 0],
        [floor.widthM, floor.heightM],
        [0, floor.heightM],
      ]);
      expect(floor.widthM).toBeGreaterThanOrEqual(90);
      expect(floor.widthM).toBeLessThanOrEqual(140);
      expect(floor.heightM).toBeGreaterThanOrEqual(30);
      expect(floor.heightM).toBeLessThanOrEqual(50);
    },
  );

  it('draws every room as a counter-clockwise axis-aligned rectangle', () => {
    for (const room of rooms) {
      expect(room.polygon).toHaveLength(4);
      expect(isValidPolygon(room.polygon)).toBe(true);
      expect(signedArea(room.polygon)).toBeGreaterThan(0);
      const { x0, y0, x1, y1 } = box(room.polygon);
      expect(room.polygon).toEqual([
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ]);
    }
  });

  it.each(floors.map((f) => [f.key, f] as const))(
    'floor %s: rooms lie inside the outline and tile it without overlap',
    (_, floor) => {
      const boxes = floor.rooms.map((r) => box(r.polygon));
      for (const b of boxes) {
        expect(b.x0).toBeGreaterThanOrEqual(0);
        expect(b.y0).toBeGreaterThanOrEqual(0);
        expect(b.x1).toBeLessThanOrEqual(floor.widthM);
        expect(b.y1).toBeLessThanOrEqual(floor.heightM);
      }
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          if (overlapArea(boxes[i], boxes[j]) > 0) {
            overlaps.push(`${floor.rooms[i].key} × ${floor.rooms[j].key}`);
          }
        }
      }
      expect(overlaps).toEqual([]);
      const covered = floor.rooms.reduce((sum, r) => sum + signedArea(r.polygon), 0);
      expect(covered).toBeCloseTo(floor.widthM * floor.heightM, 3);
    },
  );

  it('keeps patient rooms about 4-5 m wide and 6-7 m deep', () => {
    for (const room of rooms.filter((r) => r.spaceClass === 'patient-room')) {
      const { x0, y0, x1, y1 } = box(room.polygon);
      expect(x1 - x0).toBeGreaterThanOrEqual(4);
      expect(x1 - x0).toBeLessThanOrEqual(5);
      expect(y1 - y0).toBeGreaterThanOrEqual(6);
      expect(y1 - y0).toBeLessThanOrEqual(7);
    }
  });

  it('cuts corridors into segments at most 30 m long and 2.4-3 m wide', () => {
    for (const room of rooms.filter((r) => r.spaceClass === 'corridor' && r.name.startsWith('Corridor'))) {
      const { x0, y0, x1, y1 } = box(room.polygon);
      const [length, width] = [Math.max(x1 - x0, y1 - y0), Math.min(x1 - x0, y1 - y0)];
      expect(length).toBeLessThanOrEqual(30);
      expect(width).toBeGreaterThanOrEqual(2.4);
      expect(width).toBeLessThanOrEqual(3);
    }
  });
});

describe('demo hospital gateways', () => {
  it('puts every gateway strictly inside its room, on its floor', () => {
    const floorOf = new Map(floors.flatMap((f) => f.rooms.map((r) => [r.key, f.key] as const)));
    for (const gateway of hospital.gateways) {
      const room = roomsByKey.get(gateway.roomKey);
      expect(room).toBeDefined();
      if (room === undefined) {
        continue;
      }
      expect(gateway.floorKey).toBe(floorOf.get(room.key));
      expect(pointInPolygon(gateway.point, room.polygon)).toBe(true);
      const { x0, y0, x1, y1 } = box(room.polygon);
      const [x, y] = gateway.point;
      expect(x > x0 && x < x1 && y > y0 && y < y1).toBe(true);
    }
  });

  it('has a gateway in every room', () => {
    const covered = new Set(hospital.gateways.map((g) => g.roomKey));
    expect(rooms.filter((r) => !covered.has(r.key)).map((r) => r.key)).toEqual([]);
  });

  it('has a corridor gateway about every 10-12 m', () => {
    for (const room of rooms.filter((r) => r.spaceClass === 'corridor')) {
      const { x0, y0, x1, y1 } = box(room.polygon);
      const length = Math.max(x1 - x0, y1 - y0);
      const count = hospital.gateways.filter((g) => g.roomKey === room.key).length;
      expect(count).toBe(Math.max(1, Math.round(length / 11)));
      if (count > 1) {
        expect(length / count).toBeGreaterThanOrEqual(8);
        expect(length / count).toBeLessThanOrEqual(15);
      }
    }
  });

  it('gives gateways upper-case MACs under their own OUI, and readable names', () => {
    for (const gateway of hospital.gateways) {
      expect(normalizeMac(gateway.mac)).toBe(gateway.mac);
      expect(gateway.mac.startsWith('F2:A0:0C:')).toBe(true);
      expect(gateway.name).toMatch(/^GW [AB]\d[ -]/);
    }
    expect(hospital.gateways.map((g) => g.name)).toEqual(
      expect.arrayContaining(['GW A3-312', 'GW A3 corridor 3E-1 #2']),
    );
  });
});
