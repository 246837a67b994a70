import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { Polyline } from '../movement/polyline';
import { TripPlanner } from '../movement/trip-planner';
import { WALKING_SPEED } from '../movement/mobility-profiles';
import { createRandom } from '../random/seeded-random';
import { distance, pointInPolygon, sharedBoundaryMidpoint, type Point } from './geometry';
import { buildHospitalWorld, requireFloor, requireRoom } from './hospital-world';
import type { WorldRoom } from './world-types';

const world = buildHospitalWorld(generateDemoHospital());

/** Inside or on the edge (within 5 cm) of the polygon. */
function within(room: WorldRoom, [x, y]: Point): boolean {
  const { minX, minY, maxX, maxY } = room.box;
  const onEdge = x >= minX - 0.05 && x <= maxX + 0.05 && y >= minY - 0.05 && y <= maxY + 0.05;
  return pointInPolygon([x, y], room.polygon) || (room.polygon.length === 4 && onEdge);
}

/** Every 0.2 m along the path. */
function samples(points: readonly Point[]): Point[] {
  const line = new Polyline(points);
  const out: Point[] = [];
  for (let along = 0; along <= line.length; along += 0.2) {
    out.push(line.pointAt(along));
  }
  return [...out, line.end];
}

function roomsHolding(point: Point, rooms: readonly WorldRoom[]): WorldRoom[] {
  return rooms.filter((room) => within(room, point));
}

describe('corridor graph', () => {
  it('routes between two patient rooms through their doors and along corridors only', () => {
    const floor = requireFloor(world, 'A/3');
    const from = requireRoom(world, 'A/3/301');
    const to = requireRoom(world, 'A/3/330');
    const path = floor.corridors.route(from.key, from.centroid, to.key, to.centroid);
    expect(path).not.toBeNull();
    if (path === null) {
      return;
    }
    expect(path[0]).toEqual(from.centroid);
    expect(path[path.length - 1]).toEqual(to.centroid);
    for (const point of samples(path)) {
      const holders = roomsHolding(point, floor.rooms);
      const allowed = holders.some((room) => room === from || room === to || room.spaceClass === 'corridor');
      expect({ point, allowed }).toEqual({ point, allowed: true });
    }
    // Not absurdly longer than the straight line (corridors are straight here).
    const length = new Polyline(path).length;
    expect(length).toBeGreaterThan(distance(from.centroid, to.centroid));
    expect(length).toBeLessThan(distance(from.centroid, to.centroid) + 15);
  });

  it('reaches an inner room (an equipment alcove) through a neighbouring room only', () => {
    const floor = requireFloor(world, 'A/3');
    const alcove = requireRoom(world, 'A/3/359');
    const patientRoom = requireRoom(world, 'A/3/318');
    const neighbours = floor.rooms.filter(
      (room) => sharedBoundaryMidpoint(room.polygon, alcove.polygon, 0.8) !== null,
    );
    const path = floor.corridors.route(alcove.key, alcove.centroid, patientRoom.key, patientRoom.centroid);
    expect(path).not.toBeNull();
    for (const point of samples(path ?? [])) {
      const holders = roomsHolding(point, floor.rooms);
      const allowed = holders.some(
        (room) =>
          room === alcove ||
          room === patientRoom ||
          room.spaceClass === 'corridor' ||
          neighbours.includes(room),
      );
      expect({ point, allowed }).toEqual({ point, allowed: true });
    }
  });

  it('connects every clinical room of every floor to an elevator', () => {
    for (const floor of world.floors.values()) {
      const lifts = floor.rooms.filter((room) => room.spaceClass === 'elevator');
      expect(lifts.length).toBeGreaterThan(0);
      const clinical = floor.rooms.filter((room) =>
        ['patient-room', 'icu-room', 'ed-bay', 'clean-utility', 'supply-room'].includes(room.spaceClass),
      );
      for (const room of clinical) {
        expect({
          room: room.key,
          connected: lifts.some((lift) => floor.corridors.connects(room.key, lift.key)),
        }).toEqual({
          room: room.key,
          connected: true,
        });
      }
    }
  });

  it('plans a same-floor trip at walking pace: about 1.2 m/s, never above 1.4 m/s', () => {
    const planner = new TripPlanner(world, createRandom('trip'));
    const from = requireRoom(world, 'A/4/401');
    const to = requireRoom(world, 'A/4/430');
    for (let i = 0; i < 50; i++) {
      const legs = planner.planTrip({ floorKey: from.floorKey, roomKey: from.key, point: from.centroid }, to);
      expect(legs).not.toBeNull();
      const [leg] = legs ?? [];
      expect(legs).toHaveLength(1);
      if (leg === undefined || leg.kind !== 'walk') {
        throw new Error('expected one walking leg');
      }
      expect(leg.speedMps).toBeGreaterThanOrEqual(WALKING_SPEED.minMps);
      expect(leg.speedMps).toBeLessThanOrEqual(WALKING_SPEED.maxMps);
      const minutes = leg.path.length / leg.speedMps / 60;
      // 401 to 430 is across the floor: a 60–100 m push takes about one to two minutes.
      expect(leg.path.length).toBeGreaterThan(50);
      expect(minutes).toBeGreaterThan(0.5);
      expect(minutes).toBeLessThan(2.5);
      expect(within(to, leg.path.end)).toBe(true);
    }
  });

  it('takes the elevator for a trip to another floor, out of sight in between', () => {
    const planner = new TripPlanner(world, createRandom('lift'));
    const from = requireRoom(world, 'A/3/350');
    const biomed = [...world.rooms.values()].find((room) => room.spaceClass === 'biomed-shop');
    expect(biomed).toBeDefined();
    if (biomed === undefined) {
      return;
    }
    const legs = planner.planTrip(
      { floorKey: from.floorKey, roomKey: from.key, point: from.centroid },
      biomed,
    );
    expect(legs?.map((leg) => leg.kind)).toEqual(['walk', 'transit', 'walk']);
    const [toLift, ride, fromLift] = legs ?? [];
    if (toLift?.kind !== 'walk' || ride?.kind !== 'transit' || fromLift?.kind !== 'walk') {
      throw new Error('unexpected legs');
    }
    expect(requireRoom(world, toLift.toRoomKey).spaceClass).toBe('elevator');
    expect(toLift.floorKey).toBe('A/3');
    expect(fromLift.floorKey).toBe(biomed.floorKey);
    expect(fromLift.toRoomKey).toBe(biomed.key);
    expect(ride.durationS).toBeGreaterThanOrEqual(60);
  });
});
