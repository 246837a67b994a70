/**
 * What the last frame drew where, for clicks and hover: circles in layer pixels, in draw order.
 * A query returns the topmost circle under the point (the one drawn last), like the eye sees it.
 */
export class HitBuffer {
  private xs = new Float64Array(256);
  private ys = new Float64Array(256);
  private radii = new Float64Array(256);
  private ids: string[] = [];
  private length = 0;

  get count(): number {
    return this.length;
  }

  clear(): void {
    this.length = 0;
  }

  push(id: string, x: number, y: number, radius: number): void {
    if (this.length === this.xs.length) {
      this.xs = grow(this.xs);
      this.ys = grow(this.ys);
      this.radii = grow(this.radii);
    }
    this.xs[this.length] = x;
    this.ys[this.length] = y;
    this.radii[this.length] = radius;
    this.ids[this.length] = id;
    this.length++;
  }

  /** The id of the topmost circle containing (x, y), or null. */
  at(x: number, y: number): string | null {
    for (let i = this.length - 1; i >= 0; i--) {
      const dx = x - this.xs[i];
      const dy = y - this.ys[i];
      const r = this.radii[i];
      if (dx * dx + dy * dy <= r * r) {
        return this.ids[i];
      }
    }
    return null;
  }
}

function grow(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const next = new Float64Array(array.length * 2);
  next.set(array);
  return next;
}
