import type { PlanPolygon, SpaceClass } from '@wardwatch/contracts';

/**
 * A tiny slicing ("guillotine") layout: a floor is a tree of splits along x (west → east) or
 * y (south → north); the leaves are rooms or corridor runs. Laying the tree out over the floor
 * rectangle gives rooms that tile the floor exactly, never overlap and stay axis-aligned.
 */

/** Corridor runs longer than this are cut into equal segments, each its own room. */
export const MAX_CORRIDOR_SEGMENT_M = 30;

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface RoomLeaf {
  readonly kind: 'room';
  readonly spaceClass: SpaceClass;
  /** A fixed name, or one made from the room number once it is known (e.g. 'Patient Room 312'). */
  readonly name: string | ((roomNumber: string) => string);
  readonly department: string;
  /** A fixed room number (stairs and lifts keep theirs on every floor: 'ST-2', 'EL-S'). */
  readonly number?: string;
}

export interface CorridorLeaf {
  readonly kind: 'corridor';
  /** Zone code used in corridor numbers and names, e.g. '3E' → '3E-C1', 'Corridor 3E-1'. */
  readonly zone: string;
  readonly department: string;
  /** Overrides the 'Corridor <zone>-<n>' name, e.g. 'Elevator Lobby 3'. */
  readonly name?: string;
}

export interface SplitNode {
  readonly kind: 'split';
  readonly axis: 'x' | 'y';
  readonly parts: readonly Part[];
}

/** A share of the parent along the split axis, in metres (scaled if the shares do not add up). */
export type Part = readonly [size: number, node: PlanNode];
export type PlanNode = RoomLeaf | CorridorLeaf | SplitNode;

export interface PlacedLeaf {
  leaf: RoomLeaf | CorridorLeaf;
  rect: Rect;
}

export function room(
  spaceClass: SpaceClass,
  name: RoomLeaf['name'],
  department: string,
  number?: string,
): RoomLeaf {
  return number === undefined
    ? { kind: 'room', spaceClass, name, department }
    : { kind: 'room', spaceClass, name, department, number };
}

export function corridor(zone: string, department: string, name?: string): CorridorLeaf {
  return name === undefined
    ? { kind: 'corridor', zone, department }
    : { kind: 'corridor', zone, department, name };
}

/** Parts laid out west → east. */
export function row(...parts: Part[]): SplitNode {
  return { kind: 'split', axis: 'x', parts };
}

/** Parts laid out south → north. */
export function stack(...parts: Part[]): SplitNode {
  return { kind: 'split', axis: 'y', parts };
}

/** `count` equal parts of `size` metres; `make` gets 1-based indexes. */
export function repeat(count: number, size: number, make: (index: number) => PlanNode): Part[] {
  return Array.from({ length: count }, (_, i): Part => [size, make(i + 1)]);
}

/** The same tree reflected east ↔ west (for the east wing of a symmetric floor). */
export function mirror(node: PlanNode): PlanNode {
  if (node.kind !== 'split') {
    return node;
  }
  const parts = node.parts.map(([size, child]): Part => [size, mirror(child)]);
  return { kind: 'split', axis: node.axis, parts: node.axis === 'x' ? parts.reverse() : parts };
}

/** Total size of the parts along their axis, in metres. */
export function span(parts: readonly Part[]): number {
  return parts.reduce((sum, [size]) => sum + size, 0);
}

/** Lays the tree out over `rect`; leaves in tree order, corridor runs already cut into segments. */
export function place(node: PlanNode, rect: Rect): PlacedLeaf[] {
  const placed: PlacedLeaf[] = [];
  visit(node, rect, placed);
  return placed;
}

function visit(node: PlanNode, rect: Rect, out: PlacedLeaf[]): void {
  if (node.kind === 'room') {
    out.push({ leaf: node, rect });
    return;
  }
  if (node.kind === 'corridor') {
    const alongX = rect.x1 - rect.x0 >= rect.y1 - rect.y0;
    const length = alongX ? rect.x1 - rect.x0 : rect.y1 - rect.y0;
    const count = Math.max(1, Math.ceil(length / MAX_CORRIDOR_SEGMENT_M - 1e-9));
    const parts = Array.from({ length: count }, (): Part => [1, node]);
    for (const segment of cuts(parts, rect, alongX ? 'x' : 'y')) {
      out.push({ leaf: node, rect: segment });
    }
    return;
  }
  const children = cuts(node.parts, rect, node.axis);
  node.parts.forEach(([, child], i) => visit(child, children[i], out));
}

/** Splits `rect` along `axis` in proportion to the part sizes; shared edges get identical values. */
function cuts(parts: readonly Part[], rect: Rect, axis: 'x' | 'y'): Rect[] {
  const total = span(parts);
  const start = axis === 'x' ? rect.x0 : rect.y0;
  const end = axis === 'x' ? rect.x1 : rect.y1;
  const edges = [start];
  let cumulative = 0;
  for (const [size] of parts.slice(0, -1)) {
    cumulative += size;
    edges.push(round2(start + ((end - start) * cumulative) / total));
  }
  edges.push(end);
  return parts.map((_, i) =>
    axis === 'x'
      ? { x0: edges[i], y0: rect.y0, x1: edges[i + 1], y1: rect.y1 }
      : { x0: rect.x0, y0: edges[i], x1: rect.x1, y1: edges[i + 1] },
  );
}

/** Counter-clockwise ring from the south-west corner, first point not repeated. */
export function rectPolygon({ x0, y0, x1, y1 }: Rect): PlanPolygon {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
