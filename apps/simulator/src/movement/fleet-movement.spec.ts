import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { createRandom } from '../random/seeded-random';
import { buildHospitalWorld } from '../world/hospital-world';
import type { FloorPosition } from '../world/world-types';
import { FleetMovement } from './fleet-movement';

const hospital = generateDemoHospital();
const world = buildHospitalWorld(hospital);
/** 10:00 in Chicago on a weekday: the busy part of the day. */
const TEN_AM_CHICAGO = Date.UTC(2026, 10, 18, 16, 0, 0);

interface HourTrace {
  moved: Set<number>;
  maxStepM: number;
  maxMoving: number;
  outsideRooms: number;
  final: (FloorPosition | null)[];
}

/** Steps the fleet through one simulated hour, a second at a time. */
function simulateHour(seed: string): HourTrace {
  const fleet = new FleetMovement(world, hospital.assets, createRandom(seed), TEN_AM_CHICAGO);
  const start = fleet.all.map((walker) => walker.current);
  let previous = start;
  const trace: HourTrace = { moved: new Set(), maxStepM: 0, maxMoving: 0, outsideRooms: 0, final: [] };
  for (let second = 1; second <= 3600; second++) {
    fleet.advanceTo(TEN_AM_CHICAGO + second * 1000);
    const now = fleet.all.map((walker) => walker.current);
    trace.maxMoving = Math.max(trace.maxMoving, fleet.movingCount);
    now.forEach((position, i) => {
      const before = previous[i];
      if (position === null || before === null) {
        trace.moved.add(i);
        return;
      }
      if (position.floorKey !== before.floorKey) {
        trace.moved.add(i);
        return;
      }
      const step = Math.hypot(position.x - before.x, position.y - before.y);
      if (step > 0) {
        trace.moved.add(i);
        trace.maxStepM = Math.max(trace.maxStepM, step);
        const floor = world.floors.get(position.floorKey);
        if (floor === undefined || floor.grid.roomAt(position.x, position.y) < 0) {
          trace.outsideRooms++;
        }
      }
    });
    previous = now;
  }
  trace.final = previous;
  return trace;
}

describe('fleet movement over a simulated hour', () => {
  const trace = simulateHour('an-hour');

  it('leaves most equipment where it is (at least 80 % never moves)', () => {
    const stayed = hospital.assets.length - trace.moved.size;
    expect(stayed / hospital.assets.length).toBeGreaterThanOrEqual(0.8);
  });

  it('moves some equipment (a hospital morning is not frozen)', () => {
    expect(trace.moved.size).toBeGreaterThan(40);
    expect(trace.maxMoving).toBeGreaterThan(0);
  });

  it('pushes movers at walking pace: never more than 1.5 m in a second', () => {
    expect(trace.maxStepM).toBeGreaterThan(0.8);
    expect(trace.maxStepM).toBeLessThanOrEqual(1.5);
  });

  it('keeps moving equipment inside the building’s rooms and corridors', () => {
    expect(trace.outsideRooms).toBe(0);
  });

  it('never moves fixed units (fridges, freezers, warming cabinets)', () => {
    const fixed = new Set([
      'medication-refrigerator',
      'vaccine-freezer',
      'blood-bank-refrigerator',
      'plasma-freezer',
    ]);
    hospital.assets.forEach((asset, i) => {
      if (fixed.has(asset.categoryCode)) {
        expect(trace.moved.has(i)).toBe(false);
      }
    });
  });

  it('is repeatable for a seed and differs between seeds', () => {
    expect(simulateHour('an-hour').final).toEqual(trace.final);
    expect(simulateHour('another-hour').final).not.toEqual(trace.final);
  });
});
