import type { SpaceClass } from '@wardwatch/contracts';
import type { Random } from '../random/seeded-random';
import { distance, type Point } from '../world/geometry';
import { requireFloor, requireRoom, type HospitalWorld } from '../world/hospital-world';
import { randomPointInRoom } from '../world/room-point';
import type { WorldRoom } from '../world/world-types';
import { ELEVATOR_TRANSIT_S, WALKING_SPEED } from './mobility-profiles';
import { Polyline } from './polyline';

/** A piece of a trip: pushed along a path on one floor, or out of sight in an elevator. */
export type Leg =
  | { kind: 'walk'; floorKey: string; toRoomKey: string; path: Polyline; speedMps: number }
  | { kind: 'transit'; toFloorKey: string; durationS: number };

/** Where a unit is parked. */
export interface Place {
  floorKey: string;
  roomKey: string;
  point: Point;
}

/** Same-department rooms are this much likelier as destinations. */
const OWN_DEPARTMENT_WEIGHT = 4;

/** Chooses destinations and turns a trip into legs along the corridors, by elevator between floors. */
export class TripPlanner {
  private readonly elevators = new Map<string, WorldRoom[]>();

  constructor(
    private readonly world: HospitalWorld,
    private readonly random: Random,
  ) {
    for (const floor of world.floors.values()) {
      this.elevators.set(
        floor.key,
        floor.rooms.filter((room) => room.spaceClass === 'elevator'),
      );
    }
  }

  homeRoom(key: string): WorldRoom {
    return requireRoom(this.world, key);
  }

  /** A room of one of these classes, on this floor or (offFloor) another, that can be reached from `from`. */
  pickDestination(
    from: Place,
    classes: readonly SpaceClass[],
    homeDepartment: string,
    offFloor: boolean,
  ): WorldRoom | null {
    const wanted = new Set(classes);
    const floor = requireFloor(this.world, from.floorKey);
    const candidates: WorldRoom[] = [];
    if (offFloor) {
      if (this.elevatorFrom(from) === null) {
        return null;
      }
      for (const other of this.world.floors.values()) {
        if (other.key !== from.floorKey) {
          candidates.push(...other.rooms.filter((room) => wanted.has(room.spaceClass)));
        }
      }
    } else {
      candidates.push(
        ...floor.rooms.filter(
          (room) =>
            wanted.has(room.spaceClass) &&
            room.key !== from.roomKey &&
            floor.corridors.connects(from.roomKey, room.key),
        ),
      );
    }
    if (candidates.length === 0) {
      return null;
    }
    return this.random.weighted(candidates, (room) =>
      room.department === homeDepartment ? OWN_DEPARTMENT_WEIGHT : 1,
    );
  }

  /** The legs from `from` to a fresh spot in `target`; null when no way there is known. */
  planTrip(from: Place, target: WorldRoom): Leg[] | null {
    const destination = randomPointInRoom(target, this.random);
    if (target.floorKey === from.floorKey) {
      const walk = this.walk(from, target, destination);
      return walk === null ? null : [walk];
    }
    const exit = this.elevatorFrom(from);
    const arrival = this.elevatorTowards(target);
    if (exit === null || arrival === null) {
      return null;
    }
    const toLift = this.walk(from, exit, exit.centroid);
    const fromLift = this.walk(
      { floorKey: arrival.floorKey, roomKey: arrival.key, point: arrival.centroid },
      target,
      destination,
    );
    if (toLift === null || fromLift === null) {
      return null;
    }
    const [minS, maxS] = ELEVATOR_TRANSIT_S;
    return [
      toLift,
      { kind: 'transit', toFloorKey: target.floorKey, durationS: this.random.range(minS, maxS) },
      fromLift,
    ];
  }

  private walk(from: Place, target: WorldRoom, to: Point): Leg | null {
    const floor = requireFloor(this.world, from.floorKey);
    const points = floor.corridors.route(from.roomKey, from.point, target.key, to);
    if (points === null) {
      return null;
    }
    const { meanMps, sigmaMps, minMps, maxMps } = WALKING_SPEED;
    const speedMps = Math.min(maxMps, Math.max(minMps, meanMps + sigmaMps * this.random.gaussian()));
    return {
      kind: 'walk',
      floorKey: from.floorKey,
      toRoomKey: target.key,
      path: new Polyline(points),
      speedMps,
    };
  }

  /** The reachable elevator nearest to where the unit is. */
  private elevatorFrom(from: Place): WorldRoom | null {
    const floor = requireFloor(this.world, from.floorKey);
    return nearest(
      (this.elevators.get(from.floorKey) ?? []).filter((lift) =>
        floor.corridors.connects(from.roomKey, lift.key),
      ),
      from.point,
    );
  }

  /** The elevator on the target's floor nearest to it that connects to it. */
  private elevatorTowards(target: WorldRoom): WorldRoom | null {
    const floor = requireFloor(this.world, target.floorKey);
    return nearest(
      (this.elevators.get(target.floorKey) ?? []).filter((lift) =>
        floor.corridors.connects(lift.key, target.key),
      ),
      target.centroid,
    );
  }
}

function nearest(rooms: readonly WorldRoom[], point: Point): WorldRoom | null {
  let best: WorldRoom | null = null;
  for (const room of rooms) {
    if (best === null || distance(room.centroid, point) < distance(best.centroid, point)) {
      best = room;
    }
  }
  return best;
}
