import type { PlanPoint, PlanPolygon } from '@wardwatch/contracts';

/** Even-odd ray casting; points on an edge count as inside. */
export function pointInPolygon([x, y]: PlanPoint, polygon: PlanPolygon): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (onSegment([x, y], [xi, yi], [xj, yj])) {
      return true;
    }
    const crosses = yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi;
    if (crosses) {
      inside = !inside;
    }
  }
  return inside;
}

function onSegment([px, py]: PlanPoint, [ax, ay]: PlanPoint, [bx, by]: PlanPoint): boolean {
  const cross = (px - ax) * (by - ay) - (py - ay) * (bx - ax);
  if (Math.abs(cross) > 1e-9) {
    return false;
  }
  return px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);
}

/** Signed area (shoelace): positive for counter-clockwise rings. */
export function signedArea(polygon: PlanPolygon): number {
  let sum = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    sum += polygon[j][0] * polygon[i][1] - polygon[i][0] * polygon[j][1];
  }
  return sum / 2;
}

/** Area centroid of a simple polygon; the vertex mean for a degenerate one. */
export function polygonCentroid(polygon: PlanPolygon): PlanPoint {
  const area = signedArea(polygon);
  if (Math.abs(area) < 1e-12) {
    const n = polygon.length;
    return [polygon.reduce((s, p) => s + p[0], 0) / n, polygon.reduce((s, p) => s + p[1], 0) / n];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const f = polygon[j][0] * polygon[i][1] - polygon[i][0] * polygon[j][1];
    cx += (polygon[j][0] + polygon[i][0]) * f;
    cy += (polygon[j][1] + polygon[i][1]) * f;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

/** The first item whose polygon contains the point, preferring the smallest such polygon. */
export function findContaining<T extends { polygon: PlanPolygon }>(
  point: PlanPoint,
  items: readonly T[],
): T | null {
  let best: T | null = null;
  let bestArea = Infinity;
  for (const item of items) {
    if (pointInPolygon(point, item.polygon)) {
      const area = Math.abs(signedArea(item.polygon));
      if (area < bestArea) {
        best = item;
        bestArea = area;
      }
    }
  }
  return best;
}

/** A ring is usable when it has at least 3 distinct finite points and a non-zero area. */
export function isValidPolygon(polygon: PlanPolygon): boolean {
  return (
    polygon.length >= 3 &&
    polygon.every((p) => p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])) &&
    Math.abs(signedArea(polygon)) > 1e-9
  );
}
