import type { Point } from '../world/geometry';
import type { WorldFloor } from '../world/world-types';

/** Step along the line of sight; smaller than the narrowest room, so no room is skipped. */
const STEP_M = 0.5;

/**
 * Approximates the walls between two points on a floor by walking the straight line through the floor grid
 * and counting changes of room. Corridor segments open into each other, so moving between two corridors is
 * not a wall; points in different rooms are at least one wall apart otherwise.
 */
export function estimateWalls(floor: WorldFloor, from: Point, to: Point): number {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const steps = Math.max(1, Math.ceil(Math.hypot(dx, dy) / STEP_M));
  let walls = 0;
  let previous = floor.grid.roomAt(from[0], from[1]);
  for (let i = 1; i <= steps; i++) {
    const room = floor.grid.roomAt(from[0] + (dx * i) / steps, from[1] + (dy * i) / steps);
    if (room < 0 || room === previous) {
      continue;
    }
    if (previous >= 0 && !(isOpen(floor, previous) && isOpen(floor, room))) {
      walls++;
    }
    previous = room;
  }
  const start = floor.grid.roomAt(from[0], from[1]);
  const end = floor.grid.roomAt(to[0], to[1]);
  const separated = start !== end && !(start >= 0 && end >= 0 && isOpen(floor, start) && isOpen(floor, end));
  return separated ? Math.max(1, walls) : walls;
}

function isOpen(floor: WorldFloor, roomIndex: number): boolean {
  return floor.rooms[roomIndex].spaceClass === 'corridor';
}
