import type { SpaceClass } from '@wardwatch/contracts';
import type { DemoFloor, DemoRoom } from './demo-hospital.types';
import { floorNumber, type FloorPlan } from './floor-layouts';
import { place, rectPolygon, row, span, type PlacedLeaf } from './plan-layout';
import { FLOOR_DEPTH_M } from './racetrack';

/** Rooms patients are treated in get the first numbers on a floor, as on a real ward. */
const CARE_SPACES: ReadonlySet<SpaceClass> = new Set<SpaceClass>([
  'patient-room',
  'icu-room',
  'ed-bay',
  'operating-room',
  'recovery',
]);

/** Stairs, lifts and exits are numbered apart from the rooms: 'ST-1', 'EL-3', 'EX-2' (stairs and lifts usually fix theirs). */
const CIRCULATION_PREFIX: Partial<Record<SpaceClass, string>> = { stair: 'ST', elevator: 'EL', exit: 'EX' };

/** Lays the floor out and numbers its rooms: '312' is room 12 on floor 3; corridors are '3W-C1'. */
export function buildFloor(buildingCode: string, plan: FloorPlan): DemoFloor {
  const number = floorNumber(plan.level);
  const key = `${buildingCode}/${number}`;
  const widthM = span(plan.wings);
  const heightM = FLOOR_DEPTH_M;
  const outline = rectPolygon({ x0: 0, y0: 0, x1: widthM, y1: heightM });
  const placed = place(row(...plan.wings), { x0: 0, y0: 0, x1: widthM, y1: heightM });
  const numbers = roomNumbers(placed, number);
  const rooms = placed.map((item, i): DemoRoom => {
    const roomNumber = numbers[i];
    const { leaf } = item;
    const name =
      leaf.kind === 'corridor'
        ? (leaf.name ?? `Corridor ${roomNumber.replace('-C', '-')}`)
        : typeof leaf.name === 'string'
          ? leaf.name
          : leaf.name(roomNumber);
    return {
      key: `${key}/${roomNumber}`,
      number: roomNumber,
      name,
      spaceClass: leaf.kind === 'corridor' ? 'corridor' : leaf.spaceClass,
      polygon: rectPolygon(item.rect),
      department: leaf.department,
    };
  });
  return { key, name: `Floor ${number} – ${plan.label}`, level: plan.level, outline, widthM, heightM, rooms };
}

function roomNumbers(placed: readonly PlacedLeaf[], floor: number): string[] {
  const numbers: string[] = new Array<string>(placed.length);
  const counters = new Map<string, number>();
  const next = (counter: string): number => {
    const value = (counters.get(counter) ?? 0) + 1;
    counters.set(counter, value);
    return value;
  };
  const careFirst = [...placed.keys()].sort(
    (a, b) => Number(!isCare(placed[a])) - Number(!isCare(placed[b])),
  );
  for (const i of careFirst) {
    const { leaf } = placed[i];
    if (leaf.kind === 'room' && leaf.number !== undefined) {
      numbers[i] = leaf.number;
      continue;
    }
    if (leaf.kind === 'corridor') {
      numbers[i] = `${leaf.zone}-C${next(`corridor:${leaf.zone}`)}`;
      continue;
    }
    const prefix = CIRCULATION_PREFIX[leaf.spaceClass];
    if (prefix !== undefined) {
      numbers[i] = `${prefix}-${next(prefix)}`;
      continue;
    }
    const index = next('room');
    if (index > 99) {
      throw new Error(`Floor ${floor} has more than 99 numbered rooms`);
    }
    numbers[i] = `${floor}${String(index).padStart(2, '0')}`;
  }
  return numbers;
}

function isCare({ leaf }: PlacedLeaf): boolean {
  return leaf.kind === 'room' && CARE_SPACES.has(leaf.spaceClass);
}
