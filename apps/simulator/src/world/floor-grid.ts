import { boundingBox, pointInPolygon, type Polygon } from './geometry';

/** Grid resolution: rooms are metres wide, so a quarter metre puts every point in the right room. */
export const GRID_CELL_M = 0.25;

/**
 * A raster of a floor: which room (by its index on the floor) covers each quarter-metre cell, or -1.
 * Looking a point up is an array read, which makes the per-second wall estimates cheap.
 */
export class FloorGrid {
  private readonly cells: Int16Array;
  readonly cols: number;
  readonly rows: number;

  constructor(widthM: number, heightM: number, roomPolygons: readonly Polygon[]) {
    this.cols = Math.max(1, Math.ceil(widthM / GRID_CELL_M));
    this.rows = Math.max(1, Math.ceil(heightM / GRID_CELL_M));
    this.cells = new Int16Array(this.cols * this.rows).fill(-1);
    roomPolygons.forEach((polygon, index) => this.paint(polygon, index));
  }

  /** The index of the room at (x, y), or -1 outside every room. */
  roomAt(x: number, y: number): number {
    const col = Math.floor(x / GRID_CELL_M);
    const row = Math.floor(y / GRID_CELL_M);
    if (col < 0 || row < 0 || col >= this.cols || row >= this.rows) {
      return -1;
    }
    return this.cells[row * this.cols + col];
  }

  private paint(polygon: Polygon, index: number): void {
    const box = boundingBox(polygon);
    const col0 = Math.max(0, Math.floor(box.minX / GRID_CELL_M));
    const col1 = Math.min(this.cols - 1, Math.ceil(box.maxX / GRID_CELL_M));
    const row0 = Math.max(0, Math.floor(box.minY / GRID_CELL_M));
    const row1 = Math.min(this.rows - 1, Math.ceil(box.maxY / GRID_CELL_M));
    for (let row = row0; row <= row1; row++) {
      for (let col = col0; col <= col1; col++) {
        if (pointInPolygon([(col + 0.5) * GRID_CELL_M, (row + 0.5) * GRID_CELL_M], polygon)) {
          this.cells[row * this.cols + col] = index;
        }
      }
    }
  }
}
