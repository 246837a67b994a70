import {
  boundingBox,
  distance,
  nearestPointInBox,
  sharedBoundaryMidpoint,
  type Point,
  type Polygon,
} from './geometry';
import { connectedComponents, shortestPath, type WeightedEdge } from './shortest-path';

/** Shared walls shorter than this are not treated as openings. */
const MIN_OPENING_M = 0.8;

export interface GraphRoom {
  key: string;
  isCorridor: boolean;
  polygon: Polygon;
  centroid: Point;
}

/**
 * How a room is left for the corridors: the points from its own wall out to a corridor's edge (its door,
 * or for an inner room the door into a neighbouring room and that room's door), and the corridor
 * centre-line node in front of the last one.
 */
interface RoomDoor {
  path: Point[];
  node: number;
}

interface Centreline {
  from: Point;
  to: Point;
  length: number;
  stations: { t: number; node: number }[];
}

/**
 * The walkable network of one floor: a node wherever a room door or a corridor junction projects onto a
 * corridor's centre line, edges along each centre line and across each junction. Equipment is pushed from
 * its room's door to the corridor centre line, along centre lines, and in through the target's door; inner
 * rooms (an equipment alcove behind a nurse station) are reached through the neighbouring room.
 */
export class CorridorGraph {
  private readonly nodes: Point[] = [];
  private readonly adjacency: WeightedEdge[][] = [];
  private readonly doors = new Map<string, RoomDoor>();
  private readonly components: Int32Array;

  constructor(rooms: readonly GraphRoom[]) {
    const corridors = rooms.filter((room) => room.isCorridor);
    const lines = corridors.map((corridor) => centreline(corridor.polygon));
    this.linkJunctions(corridors, lines);
    const inner: GraphRoom[] = [];
    for (const room of rooms) {
      const door = this.placeDoor(room, corridors, lines);
      if (door !== null) {
        this.doors.set(room.key, door);
      } else {
        inner.push(room);
      }
    }
    for (const room of inner) {
      const door = this.placeInnerDoor(room, rooms) ?? this.placeNearestDoor(room, corridors, lines);
      if (door !== null) {
        this.doors.set(room.key, door);
      }
    }
    for (const line of lines) {
      line.stations.sort((a, b) => a.t - b.t);
      for (let i = 1; i < line.stations.length; i++) {
        this.link(line.stations[i - 1].node, line.stations[i].node);
      }
    }
    this.components = connectedComponents(this.adjacency);
  }

  get nodeCount(): number {
    return this.nodes.length;
  }

  /** Whether equipment can be pushed from one room to the other along the corridors. */
  connects(fromRoomKey: string, toRoomKey: string): boolean {
    const a = this.doors.get(fromRoomKey);
    const b = this.doors.get(toRoomKey);
    return a !== undefined && b !== undefined && this.components[a.node] === this.components[b.node];
  }

  /**
   * The walking path (a polyline) from a point in one room to a point in another, via the rooms' doors and
   * the corridor centre lines; null when the rooms are not connected.
   */
  route(fromRoomKey: string, from: Point, toRoomKey: string, to: Point): Point[] | null {
    if (fromRoomKey === toRoomKey) {
      return [from, to];
    }
    const a = this.doors.get(fromRoomKey);
    const b = this.doors.get(toRoomKey);
    if (a === undefined || b === undefined) {
      return null;
    }
    const nodePath = shortestPath(this.adjacency, a.node, b.node);
    if (nodePath === null) {
      return null;
    }
    const points: Point[] = [
      from,
      ...a.path,
      ...nodePath.map((node) => this.nodes[node]),
      ...[...b.path].reverse(),
      to,
    ];
    return points.filter((point, i) => i === 0 || distance(point, points[i - 1]) > 1e-6);
  }

  private linkJunctions(corridors: readonly GraphRoom[], lines: readonly Centreline[]): void {
    for (let i = 0; i < corridors.length; i++) {
      for (let j = i + 1; j < corridors.length; j++) {
        const opening = sharedBoundaryMidpoint(corridors[i].polygon, corridors[j].polygon, MIN_OPENING_M);
        if (opening === null) {
          continue;
        }
        const junction = this.addNode(opening);
        this.link(this.addStation(lines[i], opening), junction);
        this.link(junction, this.addStation(lines[j], opening));
      }
    }
  }

  /** A corridor's door is its own centre line; a room's is the middle of the wall it shares with a corridor. */
  private placeDoor(room: GraphRoom, corridors: readonly GraphRoom[], lines: Centreline[]): RoomDoor | null {
    if (room.isCorridor) {
      const node = this.addStation(lines[corridors.indexOf(room)], room.centroid);
      return { path: [this.nodes[node]], node };
    }
    let best: { opening: Point; line: Centreline; distance: number } | null = null;
    for (let i = 0; i < corridors.length; i++) {
      const opening = sharedBoundaryMidpoint(room.polygon, corridors[i].polygon, MIN_OPENING_M);
      if (opening !== null && (best === null || distance(room.centroid, opening) < best.distance)) {
        best = { opening, line: lines[i], distance: distance(room.centroid, opening) };
      }
    }
    return best === null ? null : { path: [best.opening], node: this.addStation(best.line, best.opening) };
  }

  /** An inner room is left through the neighbouring room (with a corridor door) nearest to it. */
  private placeInnerDoor(room: GraphRoom, rooms: readonly GraphRoom[]): RoomDoor | null {
    let best: { door: RoomDoor; distance: number } | null = null;
    for (const neighbour of rooms) {
      const door = this.doors.get(neighbour.key);
      if (neighbour.isCorridor || neighbour === room || door === undefined) {
        continue;
      }
      const opening = sharedBoundaryMidpoint(room.polygon, neighbour.polygon, MIN_OPENING_M);
      if (opening === null) {
        continue;
      }
      const length = distance(room.centroid, opening) + distance(opening, door.path[0]);
      if (best === null || length < best.distance) {
        best = { door: { path: [opening, ...door.path], node: door.node }, distance: length };
      }
    }
    return best === null ? null : best.door;
  }

  /** Last resort for a room that touches neither a corridor nor a room with a door: the nearest corridor point. */
  private placeNearestDoor(
    room: GraphRoom,
    corridors: readonly GraphRoom[],
    lines: Centreline[],
  ): RoomDoor | null {
    let best: { point: Point; line: Centreline; distance: number } | null = null;
    for (let i = 0; i < corridors.length; i++) {
      const point = nearestPointInBox(room.centroid, boundingBox(corridors[i].polygon));
      if (best === null || distance(room.centroid, point) < best.distance) {
        best = { point, line: lines[i], distance: distance(room.centroid, point) };
      }
    }
    return best === null ? null : { path: [best.point], node: this.addStation(best.line, best.point) };
  }

  private addNode(point: Point): number {
    this.nodes.push(point);
    this.adjacency.push([]);
    return this.nodes.length - 1;
  }

  /** A node on the centre line, where `point` projects onto it. */
  private addStation(line: Centreline, point: Point): number {
    const [fx, fy] = line.from;
    const ux = line.length > 0 ? (line.to[0] - fx) / line.length : 0;
    const uy = line.length > 0 ? (line.to[1] - fy) / line.length : 0;
    const t = Math.min(line.length, Math.max(0, (point[0] - fx) * ux + (point[1] - fy) * uy));
    const node = this.addNode([fx + ux * t, fy + uy * t]);
    line.stations.push({ t, node });
    return node;
  }

  private link(a: number, b: number): void {
    const weight = distance(this.nodes[a], this.nodes[b]);
    this.adjacency[a].push({ to: b, weight });
    this.adjacency[b].push({ to: a, weight });
  }
}

/** The long axis through the middle of the corridor's bounding box. */
function centreline(polygon: Polygon): Centreline {
  const box = boundingBox(polygon);
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  const alongX = box.maxX - box.minX >= box.maxY - box.minY;
  const from: Point = alongX ? [box.minX, cy] : [cx, box.minY];
  const to: Point = alongX ? [box.maxX, cy] : [cx, box.maxY];
  return { from, to, length: distance(from, to), stations: [] };
}
