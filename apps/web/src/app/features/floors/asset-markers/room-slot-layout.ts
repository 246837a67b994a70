import type { PlanPoint, PlanPolygon } from '@wardwatch/contracts';
import { pointInPolygon } from '@wardwatch/domain';

/**
 * Where the markers of one room go. Slots are grid points over the room's bounding box, aligned on
 * its centroid, kept when inside the polygon and clear of the walls, and numbered nearest the centroid
 * first. A marker takes the lowest free slot and keeps it while it stays in the room; a marker that
 * leaves frees its slot for the next arrival, so nobody else moves. Rooms too small for the grid (or
 * fuller than it) continue with a deterministic sunflower spiral around the centroid, inside the room.
 */
export interface SlotLayoutOptions {
  /** Distance between neighbouring slots, plan metres. */
  spacingM: number;
  /** Smallest distance from a grid slot to a wall, plan metres. */
  marginM: number;
}

/** 1.2 m: about a pump's or a wheelchair's footprint; a 4 × 5 m patient room holds 12 slots. */
export const DEFAULT_SLOT_LAYOUT: SlotLayoutOptions = { spacingM: 1.2, marginM: 0.4 };

/** Grid slots beyond this are not generated (a huge hall at a tiny spacing); the spiral takes over. */
const MAX_GRID_SLOTS = 4096;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

function distanceToSegment(px: number, py: number, a: PlanPoint, b: PlanPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / lengthSq));
  return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

function distanceToWalls(point: PlanPoint, polygon: PlanPolygon): number {
  let best = Infinity;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    best = Math.min(best, distanceToSegment(point[0], point[1], polygon[j], polygon[i]));
  }
  return best;
}

/**
 * The room's grid slots, nearest the centroid first. The grid is aligned on the centroid, so the
 * order is by whole grid steps (i² + j²), then row (north first), then column (west first): exact,
 * with no floating-point ties.
 */
export function gridSlots(
  polygon: PlanPolygon,
  centroid: PlanPoint,
  options: SlotLayoutOptions = DEFAULT_SLOT_LAYOUT,
): PlanPoint[] {
  if (polygon.length < 3 || !(options.spacingM > 0)) {
    return [];
  }
  const s = options.spacingM;
  const [cx, cy] = centroid;
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  const iMin = Math.ceil((Math.min(...xs) - cx) / s);
  const iMax = Math.floor((Math.max(...xs) - cx) / s);
  const jMin = Math.ceil((Math.min(...ys) - cy) / s);
  const jMax = Math.floor((Math.max(...ys) - cy) / s);
  const candidates: { i: number; j: number; point: PlanPoint }[] = [];
  for (let j = jMin; j <= jMax; j++) {
    for (let i = iMin; i <= iMax; i++) {
      const point: PlanPoint = [cx + i * s, cy + j * s];
      if (pointInPolygon(point, polygon) && distanceToWalls(point, polygon) >= options.marginM) {
        candidates.push({ i, j, point });
      }
    }
  }
  candidates.sort((a, b) => a.i * a.i + a.j * a.j - (b.i * b.i + b.j * b.j) || b.j - a.j || a.i - b.i);
  return candidates.slice(0, MAX_GRID_SLOTS).map((c) => c.point);
}

/**
 * The k-th slot past the grid: a sunflower spiral around `anchor` at half the spacing, each point
 * pulled towards the anchor until it is inside the room. Deterministic in k.
 */
export function overflowSlot(
  polygon: PlanPolygon,
  anchor: PlanPoint,
  k: number,
  options: SlotLayoutOptions = DEFAULT_SLOT_LAYOUT,
): PlanPoint {
  const radius = 0.5 * options.spacingM * Math.sqrt(k + 0.5);
  const angle = k * GOLDEN_ANGLE;
  let dx = radius * Math.cos(angle);
  let dy = radius * Math.sin(angle);
  for (let attempt = 0; attempt < 12; attempt++) {
    const point: PlanPoint = [anchor[0] + dx, anchor[1] + dy];
    if (polygon.length < 3 || pointInPolygon(point, polygon)) {
      return point;
    }
    dx *= 0.6;
    dy *= 0.6;
  }
  return [anchor[0], anchor[1]];
}

/** Slot positions and occupancy of one room. */
export class RoomSlots {
  /** Where a count bubble goes: the centroid when it lies inside the room, else the nearest slot. */
  readonly anchor: PlanPoint;
  private readonly grid: PlanPoint[];
  private readonly overflow: PlanPoint[] = [];
  /** Freed slot numbers, kept as a binary min-heap so the slot nearest the centroid goes first. */
  private readonly free: number[] = [];
  private readonly taken = new Set<number>();
  private nextFresh = 0;

  constructor(
    private readonly polygon: PlanPolygon,
    centroid: PlanPoint,
    private readonly options: SlotLayoutOptions = DEFAULT_SLOT_LAYOUT,
  ) {
    this.grid = gridSlots(polygon, centroid, options);
    const centroidInside = polygon.length < 3 || pointInPolygon(centroid, polygon);
    this.anchor = centroidInside || this.grid.length === 0 ? centroid : this.grid[0];
  }

  /** Grid slots before the spiral starts. */
  get gridSize(): number {
    return this.grid.length;
  }

  /** Slots taken now. */
  get size(): number {
    return this.taken.size;
  }

  /** Position of slot `index`, plan metres. */
  position(index: number): PlanPoint {
    if (index < this.grid.length) {
      return this.grid[index];
    }
    const k = index - this.grid.length;
    while (this.overflow.length <= k) {
      this.overflow.push(overflowSlot(this.polygon, this.anchor, this.overflow.length, this.options));
    }
    return this.overflow[k];
  }

  /** Takes the free slot nearest the centroid and returns its number. */
  acquire(): number {
    const index = this.free.length > 0 ? popMin(this.free) : this.nextFresh++;
    this.taken.add(index);
    return index;
  }

  /** Gives a slot back. Releasing a slot that is not taken is a bug in the caller and throws. */
  release(index: number): void {
    if (!this.taken.delete(index)) {
      throw new Error(`slot ${index} is not taken`);
    }
    pushHeap(this.free, index);
  }
}

function pushHeap(heap: number[], value: number): void {
  heap.push(value);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent] <= heap[i]) {
      break;
    }
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

function popMin(heap: number[]): number {
  const top = heap[0];
  const last = heap.pop() as number;
  if (heap.length > 0) {
    heap[0] = last;
    siftDown(heap, 0);
  }
  return top;
}

function siftDown(heap: number[], start: number): void {
  let i = start;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let smallest = i;
    if (left < heap.length && heap[left] < heap[smallest]) {
      smallest = left;
    }
    if (right < heap.length && heap[right] < heap[smallest]) {
      smallest = right;
    }
    if (smallest === i) {
      return;
    }
    [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
    i = smallest;
  }
}
