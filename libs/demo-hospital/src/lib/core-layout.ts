import { DEPARTMENT } from './departments';
import { elevator, stair } from './circulation';
import { corridor, repeat, row, stack, type PlanNode } from './plan-layout';
import { BAND, racetrack } from './racetrack';

/** Width of the vertical core (lifts, lobby, stair) that stacks through every floor of a building. */
export const CORE_WIDTH_M = 12;

export interface CoreSpec {
  /** Corridor zone code, e.g. '3C'. */
  zone: string;
  passengerElevators: number;
  /** The core stair's label, e.g. '2' for 'Stair 2'. */
  stairLabel: string;
  /** Two rooms on the south wall and two on the north wall, west → east, 6 m each. */
  south: [PlanNode, PlanNode];
  north: [PlanNode, PlanNode];
}

/** Passenger lifts on the west side, the lift lobby in the middle, stair and service lift on the east. */
export function verticalCore(spec: CoreSpec): PlanNode {
  const facilities = DEPARTMENT.facilities;
  const liftDepth = BAND.core / spec.passengerElevators;
  return racetrack({
    zone: spec.zone,
    department: facilities,
    south: [
      [CORE_WIDTH_M / 2, spec.south[0]],
      [CORE_WIDTH_M / 2, spec.south[1]],
    ],
    core: row(
      [4, stack(...repeat(spec.passengerElevators, liftDepth, (i) => elevator(String(i))))],
      [4, corridor(spec.zone, facilities, 'Elevator Lobby')],
      [4, stack([BAND.coreHalf, stair(spec.stairLabel)], [BAND.coreHalf, elevator('S', 'Service Elevator')])],
    ),
    north: [
      [CORE_WIDTH_M / 2, spec.north[0]],
      [CORE_WIDTH_M / 2, spec.north[1]],
    ],
  });
}
