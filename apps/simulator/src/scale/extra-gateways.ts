import type { SpaceClass } from '@wardwatch/contracts';
import type { DemoFloor, DemoGateway, DemoHospital, DemoRoom } from '@wardwatch/demo-hospital';
import { createRandom, type Random } from '../random/seeded-random';
import { boundingBox, distance, pointInPolygon, type Point } from '../world/geometry';
import { EXTRA_MAC_PREFIX, extraMac } from './extra-macs';

/** No gateways in lift cars and stairwells. */
const NOT_IN: ReadonlySet<SpaceClass> = new Set<SpaceClass>(['elevator', 'stair']);
/** Ceiling gateways keep this far from the walls (less in rooms too small for it). */
const WALL_MARGIN_M = 0.5;
/** Spots tried per gateway; the one farthest from the room's other gateways wins. */
const CANDIDATES = 32;
/**
 * Fixed, not the run's --seed: an extra gateway stays registered between runs, so it must be simulated
 * where it was registered whatever seed the next run uses.
 */
const PLACEMENT_SEED = 'wardwatch-simulator/extra-gateways';

/**
 * `count` gateways beyond the demo's: second, third… gateways in the demo's rooms and corridors, handed out
 * round-robin over the floors (and in a shuffled order within each floor) so any count is spread over the
 * whole hospital, each at a spot inside its room as far as possible from the room's other gateways.
 * Extra gateway i depends only on i, so a larger count keeps the smaller count's gateways.
 */
export function planExtraGateways(hospital: DemoHospital, count: number): DemoGateway[] {
  const random = createRandom(PLACEMENT_SEED);
  const floors = hospital.buildings.flatMap((building) => building.floors);
  const order = roundRobin(floors.map((floor) => shuffled(roomsForGateways(floor), random.fork(floor.key))));
  if (count > 0 && order.length === 0) {
    throw new Error('The demo hospital has no room to put extra gateways in');
  }
  const floorOfRoom = new Map(floors.flatMap((floor) => floor.rooms.map((room) => [room.key, floor])));
  const taken = new Map<string, Point[]>();
  for (const gateway of hospital.gateways) {
    taken.set(gateway.roomKey, [...(taken.get(gateway.roomKey) ?? []), gateway.point]);
  }
  const extra: DemoGateway[] = [];
  for (let i = 0; i < count; i++) {
    const room = order[i % order.length];
    const floor = floorOfRoom.get(room.key) as DemoFloor;
    const mac = extraMac(EXTRA_MAC_PREFIX.gateway, i + 1);
    const others = taken.get(room.key) ?? [];
    const point = farthestSpot(room, others, random.fork(mac));
    taken.set(room.key, [...others, point]);
    const round = Math.floor(i / order.length) + 1;
    extra.push({
      key: `${room.key}/gw-x${round}`,
      mac,
      name: `GW ${floor.key.replace('/', '')}-${room.number} extra #${round}`,
      floorKey: floor.key,
      roomKey: room.key,
      point,
    });
  }
  return extra;
}

function roomsForGateways(floor: DemoFloor): DemoRoom[] {
  return floor.rooms.filter((room) => !NOT_IN.has(room.spaceClass));
}

/** First room of each floor, then the second of each, and so on. */
function roundRobin<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      if (i < list.length) {
        out.push(list[i]);
      }
    }
  }
  return out;
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Best-candidate sampling: of a few random spots inside the room (clear of the walls, on a 1 cm grid as
 * the demo's gateways are), the one farthest from the gateways already there.
 */
function farthestSpot(room: DemoRoom, others: readonly Point[], random: Random): [number, number] {
  const { minX, minY, maxX, maxY } = boundingBox(room.polygon);
  const margin = Math.min(WALL_MARGIN_M, (maxX - minX) / 4, (maxY - minY) / 4);
  let best: { point: [number, number]; clearance: number } | null = null;
  for (let attempt = 0; attempt < CANDIDATES * 4 && (best === null || attempt < CANDIDATES); attempt++) {
    const point: [number, number] = [
      round2(random.range(minX + margin, maxX - margin)),
      round2(random.range(minY + margin, maxY - margin)),
    ];
    if (!pointInPolygon(point, room.polygon)) {
      continue;
    }
    const clearance = Math.min(Infinity, ...others.map((other) => distance(point, other)));
    if (best === null || clearance > best.clearance) {
      best = { point, clearance };
    }
  }
  if (best === null) {
    throw new Error(`No spot for a gateway inside room '${room.key}'`);
  }
  return best.point;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
