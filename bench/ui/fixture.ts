// The bench's floor, built in Node and served to both pages as JSON so they draw exactly the same thing:
// the demo hospital's biggest ward floor (rooms as the API would send them) and N synthetic assets spread
// over its rooms by area, each with the point our room layout gives it (the bare page draws those points).
import { type AssetStatus, type FloorAssetDto, type RoomDto, type SpaceClass } from '@wardwatch/contracts';
import { generateDemoHospital, type DemoFloor } from '@wardwatch/demo-hospital';
import { polygonCentroid, signedArea } from '@wardwatch/domain';

import { CATEGORY_CODES } from '../../apps/web/src/app/features/floors/asset-markers/category-icons';
import { RoomSlots } from '../../apps/web/src/app/features/floors/asset-markers/room-slot-layout';
import { DEFAULT_ZOOM_POLICY } from '../../apps/web/src/app/features/floors/asset-markers/zoom-policy';
import { seededRandom } from './pages/seeded-random';

export interface Fixture {
  floor: { id: string; name: string; widthM: number; heightM: number; outline: [number, number][] };
  rooms: RoomDto[];
  assets: FloorAssetDto[];
  /** Per asset (same order): where our layout puts it, plan metres [x, y]. */
  points: [number, number][];
  /** Per room (same order as `rooms`): the first slots of its layout, where the bare page puts arrivals. */
  roomSlots: [number, number][][];
  seed: number;
}

/** Rooms nobody leaves equipment in. */
const NO_ASSETS: ReadonlySet<SpaceClass> = new Set(['stair', 'elevator', 'exit']);
/** A plausible mix: most kit available or in use, a tail needing action. */
const STATUS_SHARES: Record<AssetStatus, number> = {
  available: 0.4,
  'in-use': 0.35,
  'needs-cleaning': 0.1,
  'in-maintenance': 0.06,
  'out-of-service': 0.04,
  missing: 0.05,
};
const ARRIVAL_SLOTS = 48;

function biggestWardFloor(): DemoFloor {
  const floors = generateDemoHospital().buildings.flatMap((b) => b.floors);
  const wards = floors.filter((f) => f.rooms.some((r) => r.spaceClass === 'patient-room'));
  const area = (f: DemoFloor) => f.rooms.reduce((sum, r) => sum + Math.abs(signedArea(r.polygon)), 0);
  return wards.reduce((best, f) =>
    f.rooms.length > best.rooms.length || (f.rooms.length === best.rooms.length && area(f) > area(best))
      ? f
      : best,
  );
}

function pick<T extends string>(shares: Record<T, number>, r: number): T {
  const entries = Object.entries(shares) as [T, number][];
  let acc = 0;
  for (const [key, share] of entries) {
    acc += share;
    if (r < acc) {
      return key;
    }
  }
  return entries[entries.length - 1][0];
}

export function buildFixture(markers: number, seed: number): Fixture {
  const floor = biggestWardFloor();
  const rooms: RoomDto[] = floor.rooms.map((r) => ({
    id: r.key,
    floorId: floor.key,
    number: r.number,
    name: r.name,
    spaceClass: r.spaceClass,
    polygon: r.polygon,
    centroid: polygonCentroid(r.polygon),
  }));
  const layout = { spacingM: DEFAULT_ZOOM_POLICY.slotSpacingM, marginM: 0.4 };
  const slots = rooms.map((r) => new RoomSlots(r.polygon, r.centroid, layout));
  const usable = rooms.map((r, i) => i).filter((i) => !NO_ASSETS.has(rooms[i].spaceClass));
  const weights = usable.map((i) => Math.abs(signedArea(rooms[i].polygon)));
  const total = weights.reduce((a, b) => a + b, 0);
  const random = seededRandom(seed);

  const assets: FloorAssetDto[] = [];
  const points: [number, number][] = [];
  for (let n = 0; n < markers; n++) {
    let r = random() * total;
    let k = 0;
    while (k < weights.length - 1 && r >= weights[k]) {
      r -= weights[k++];
    }
    const roomIndex = usable[k];
    const status = pick(STATUS_SHARES, random());
    const mac = n.toString(16).toUpperCase().padStart(6, '0');
    assets.push({
      assetId: `bench-asset-${n}`,
      assetTag: `BN-${String(n).padStart(5, '0')}`,
      categoryCode: CATEGORY_CODES[Math.floor(random() * CATEGORY_CODES.length)],
      status,
      tagMac: `C4:7A:11:${mac.slice(0, 2)}:${mac.slice(2, 4)}:${mac.slice(4, 6)}`,
      roomId: rooms[roomIndex].id,
      confidence: 0.9,
      lastSeenAt: '2026-11-21T10:00:00.000Z',
    });
    const [x, y] = slots[roomIndex].position(slots[roomIndex].acquire());
    points.push([x, y]);
  }
  const fresh = rooms.map((r) => new RoomSlots(r.polygon, r.centroid, layout));
  return {
    floor: {
      id: floor.key,
      name: floor.name,
      widthM: floor.widthM,
      heightM: floor.heightM,
      outline: floor.outline,
    },
    rooms,
    assets,
    points,
    roomSlots: fresh.map((s) => Array.from({ length: ARRIVAL_SLOTS }, (_, i) => s.position(i))),
    seed,
  };
}
