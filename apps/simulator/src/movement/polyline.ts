import { distance, type Point } from '../world/geometry';

/** A walking path with its cumulative lengths, so a position along it is a binary search away. */
export class Polyline {
  private readonly cumulative: number[];
  readonly length: number;

  constructor(readonly points: readonly Point[]) {
    if (points.length === 0) {
      throw new Error('A polyline needs at least one point');
    }
    this.cumulative = [0];
    for (let i = 1; i < points.length; i++) {
      this.cumulative.push(this.cumulative[i - 1] + distance(points[i - 1], points[i]));
    }
    this.length = this.cumulative[this.cumulative.length - 1];
  }

  get end(): Point {
    return this.points[this.points.length - 1];
  }

  /** The point `along` metres from the start (clamped to the ends). */
  pointAt(along: number): Point {
    if (along <= 0) {
      return this.points[0];
    }
    if (along >= this.length) {
      return this.end;
    }
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] <= along) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    const segment = this.cumulative[hi] - this.cumulative[lo];
    const t = segment > 0 ? (along - this.cumulative[lo]) / segment : 0;
    const [x0, y0] = this.points[lo];
    const [x1, y1] = this.points[hi];
    return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
  }
}
