import type { MarkerState } from './asset-marker-store';
import type { Sprite } from './marker-sprites';

/**
 * The markers at rest, painted into an offscreen canvas that the layer copies each frame, and kept up
 * to date piece by piece: a marker that leaves (starts gliding, changes status, goes away) is cleared
 * and the markers it overlapped are redrawn inside its square only; a marker that comes to rest is drawn
 * on top. A grid index over the canvas finds the overlapping markers and answers hit tests. A live
 * batch then costs a few sprites per moved marker instead of a redraw of thousands.
 */
interface Entry {
  marker: MarkerState;
  image: HTMLCanvasElement;
  /** Sprite top-left and size, device pixels. */
  x: number;
  y: number;
  size: number;
  /** Paint order: higher is on top. */
  order: number;
}

const CELL = 64;
/** Cell keys stay positive for sprites that stick out left of or above the canvas. */
const CELL_OFFSET = 1024;
const CELL_ROW = 4096;

export class RestingMarkers {
  private canvas: HTMLCanvasElement | null = null;
  private ctx: CanvasRenderingContext2D | null = null;
  private readonly entries = new Map<MarkerState, Entry>();
  private readonly grid = new Map<number, Entry[]>();
  private nextOrder = 0;
  private width = 0;
  private height = 0;

  get size(): number {
    return this.entries.size;
  }

  get image(): HTMLCanvasElement | null {
    return this.canvas;
  }

  has(marker: MarkerState): boolean {
    return this.entries.has(marker);
  }

  /** Empties the canvas (sized `width` × `height` device pixels) and the index. */
  reset(width: number, height: number): void {
    if (!this.canvas) {
      this.canvas = document.createElement('canvas');
    }
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.ctx = null;
    }
    this.ctx ??= this.canvas.getContext('2d');
    this.ctx?.clearRect(0, 0, width, height);
    this.width = width;
    this.height = height;
    this.entries.clear();
    this.grid.clear();
    this.nextOrder = 0;
  }

  /** Draws a marker on top of the others, its sprite's top-left at (x, y) device pixels. */
  add(marker: MarkerState, sprite: Sprite, x: number, y: number): void {
    if (this.entries.has(marker)) {
      this.remove(marker);
    }
    const entry: Entry = { marker, image: sprite.image, x, y, size: sprite.size, order: this.nextOrder++ };
    this.entries.set(marker, entry);
    this.forCells(entry.x, entry.y, entry.size, (key) => {
      const cell = this.grid.get(key);
      if (cell) {
        cell.push(entry);
      } else {
        this.grid.set(key, [entry]);
      }
    });
    this.ctx?.drawImage(entry.image, x, y);
  }

  /** Clears a marker's square and redraws, inside it, the markers it overlapped, in their order. */
  remove(marker: MarkerState): void {
    const entry = this.entries.get(marker);
    if (!entry) {
      return;
    }
    this.entries.delete(marker);
    const below = new Set<Entry>();
    this.forCells(entry.x, entry.y, entry.size, (key) => {
      const cell = this.grid.get(key);
      if (!cell) {
        return;
      }
      const index = cell.indexOf(entry);
      if (index >= 0) {
        cell.splice(index, 1);
      }
      for (const other of cell) {
        if (overlaps(entry, other)) {
          below.add(other);
        }
      }
    });
    const ctx = this.ctx;
    if (!ctx) {
      return;
    }
    ctx.clearRect(entry.x, entry.y, entry.size, entry.size);
    if (below.size === 0) {
      return;
    }
    ctx.save();
    ctx.beginPath();
    ctx.rect(entry.x, entry.y, entry.size, entry.size);
    ctx.clip();
    for (const other of [...below].sort((a, b) => a.order - b.order)) {
      ctx.drawImage(other.image, other.x, other.y);
    }
    ctx.restore();
  }

  /** The topmost marker within `radius` of (x, y), all in device pixels; null when none. */
  at(x: number, y: number, radius: number): MarkerState | null {
    const cell = this.grid.get(cellKey(Math.floor(x / CELL), Math.floor(y / CELL)));
    let best: Entry | null = null;
    for (const entry of cell ?? []) {
      const dx = x - (entry.x + entry.size / 2);
      const dy = y - (entry.y + entry.size / 2);
      if (dx * dx + dy * dy <= radius * radius && (!best || entry.order > best.order)) {
        best = entry;
      }
    }
    return best?.marker ?? null;
  }

  /** Whether a sprite at (x, y) of `size` would show on the canvas at all. */
  onCanvas(x: number, y: number, size: number): boolean {
    return x + size > 0 && y + size > 0 && x < this.width && y < this.height;
  }

  private forCells(x: number, y: number, size: number, fn: (key: number) => void): void {
    const x0 = Math.floor(x / CELL);
    const y0 = Math.floor(y / CELL);
    const x1 = Math.floor((x + size - 1) / CELL);
    const y1 = Math.floor((y + size - 1) / CELL);
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        fn(cellKey(cx, cy));
      }
    }
  }
}

function cellKey(cx: number, cy: number): number {
  return (cy + CELL_OFFSET) * CELL_ROW + (cx + CELL_OFFSET);
}

function overlaps(a: Entry, b: Entry): boolean {
  return a.x < b.x + b.size && b.x < a.x + a.size && a.y < b.y + b.size && b.y < a.y + a.size;
}
