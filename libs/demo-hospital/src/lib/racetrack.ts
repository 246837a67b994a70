import { corridor, row, stack, type Part, type PlanNode, type SplitNode } from './plan-layout';

/**
 * Every floor is a "racetrack": a row of rooms on the south wall, a corridor, a deep core band,
 * a second corridor and a row of rooms on the north wall. Cross corridors in the core band
 * close the loop. All floors share these depths so corridors and cores line up between floors.
 */
export const BAND = {
  perimeterRooms: 7,
  corridor: 2.6,
  core: 18.8,
  /** The core band as rooms off the south corridor, windowless inner rooms, rooms off the north corridor. */
  coreSouth: 7.4,
  coreInner: 4,
  coreNorth: 7.4,
  /** The core band in two halves. */
  coreHalf: 9.4,
} as const;

export const FLOOR_DEPTH_M = 2 * BAND.perimeterRooms + 2 * BAND.corridor + BAND.core;

export interface RacetrackSpec {
  /** Rooms along the south wall, west → east. */
  south: Part[];
  core: PlanNode;
  /** Rooms along the north wall, west → east. */
  north: Part[];
  /** Corridor zone code, e.g. '3W'. */
  zone: string;
  department: string;
}

export function racetrack({ south, core, north, zone, department }: RacetrackSpec): SplitNode {
  return stack(
    [BAND.perimeterRooms, row(...south)],
    [BAND.corridor, corridor(zone, department)],
    [BAND.core, core],
    [BAND.corridor, corridor(zone, department)],
    [BAND.perimeterRooms, row(...north)],
  );
}

/** A core block of three sub-rows, each listed west → east. */
export function coreRows(south: Part[], inner: Part[], north: Part[]): SplitNode {
  return stack(
    [BAND.coreSouth, row(...south)],
    [BAND.coreInner, row(...inner)],
    [BAND.coreNorth, row(...north)],
  );
}

/** Two rooms one above the other filling the core band (south first). */
export function coreHalves(south: PlanNode, north: PlanNode): SplitNode {
  return stack([BAND.coreHalf, south], [BAND.coreHalf, north]);
}
