/** Plan geometry in metres (x east, y north), as the demo hospital's floor plans use. */
export type Point = readonly [x: number, y: number];
export type Polygon = readonly Point[];

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundingBox(polygon: Polygon): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of polygon) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Even–odd ray casting; points exactly on an edge may fall either way. */
export function pointInPolygon(point: Point, polygon: Polygon): boolean {
  const [px, py] = point;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** Area centroid (shoelace); the vertex mean for a degenerate polygon. */
export function polygonCentroid(polygon: Polygon): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    const cross = xj * yi - xi * yj;
    area += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (Math.abs(area) < 1e-9) {
    const n = polygon.length;
    return [polygon.reduce((s, [x]) => s + x, 0) / n, polygon.reduce((s, [, y]) => s + y, 0) / n];
  }
  return [cx / (3 * area), cy / (3 * area)];
}

/**
 * The midpoint of the longest stretch of boundary two polygons share (collinear, overlapping edges), if it is
 * at least `minLength` long: where a doorway between two touching rooms would be.
 */
export function sharedBoundaryMidpoint(a: Polygon, b: Polygon, minLength: number): Point | null {
  let best: { length: number; mid: Point } | null = null;
  for (let i = 0; i < a.length; i++) {
    const a0 = a[i];
    const a1 = a[(i + 1) % a.length];
    const length = distance(a0, a1);
    if (length < 1e-9) {
      continue;
    }
    const ux = (a1[0] - a0[0]) / length;
    const uy = (a1[1] - a0[1]) / length;
    for (let j = 0; j < b.length; j++) {
      const b0 = b[j];
      const b1 = b[(j + 1) % b.length];
      // Both ends of b's edge must lie on a's edge line.
      const off0 = (b0[0] - a0[0]) * uy - (b0[1] - a0[1]) * ux;
      const off1 = (b1[0] - a0[0]) * uy - (b1[1] - a0[1]) * ux;
      if (Math.abs(off0) > 1e-6 || Math.abs(off1) > 1e-6) {
        continue;
      }
      const t0 = (b0[0] - a0[0]) * ux + (b0[1] - a0[1]) * uy;
      const t1 = (b1[0] - a0[0]) * ux + (b1[1] - a0[1]) * uy;
      const from = Math.max(0, Math.min(t0, t1));
      const to = Math.min(length, Math.max(t0, t1));
      if (to - from >= minLength && (best === null || to - from > best.length)) {
        const t = (from + to) / 2;
        best = { length: to - from, mid: [a0[0] + ux * t, a0[1] + uy * t] };
      }
    }
  }
  return best === null ? null : best.mid;
}

/** The point of the box nearest to `point` (the point itself when inside). */
export function nearestPointInBox(point: Point, box: Box): Point {
  return [Math.min(Math.max(point[0], box.minX), box.maxX), Math.min(Math.max(point[1], box.minY), box.maxY)];
}
