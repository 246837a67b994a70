import type { SpaceClass } from '@wardwatch/contracts';
import type { CorridorGraph } from './corridor-graph';
import type { FloorGrid } from './floor-grid';
import type { Box, Point, Polygon } from './geometry';

export interface WorldRoom {
  key: string;
  name: string;
  floorKey: string;
  /** Index of the room in its floor's `rooms` (what the floor grid stores). */
  index: number;
  department: string;
  spaceClass: SpaceClass;
  polygon: Polygon;
  box: Box;
  centroid: Point;
}

export interface WorldFloor {
  key: string;
  buildingKey: string;
  level: number;
  widthM: number;
  heightM: number;
  rooms: WorldRoom[];
  grid: FloorGrid;
  corridors: CorridorGraph;
}

/** Where something is on the plan. */
export interface FloorPosition {
  floorKey: string;
  x: number;
  y: number;
}
