import type { Random } from '../random/seeded-random';
import { pointInPolygon, type Point } from './geometry';
import type { WorldRoom } from './world-types';

/** Keep equipment this far from the walls when parking it. */
const WALL_MARGIN_M = 0.6;

/** A random spot inside the room, clear of the walls; the centre when the room is too small for that. */
export function randomPointInRoom(room: WorldRoom, random: Random): Point {
  const { minX, minY, maxX, maxY } = room.box;
  const margin = Math.min(WALL_MARGIN_M, (maxX - minX) / 4, (maxY - minY) / 4);
  for (let attempt = 0; attempt < 20; attempt++) {
    const point: Point = [
      random.range(minX + margin, maxX - margin),
      random.range(minY + margin, maxY - margin),
    ];
    if (pointInPolygon(point, room.polygon)) {
      return point;
    }
  }
  return room.centroid;
}
