import { ASSET_STATUSES } from '@wardwatch/contracts';
import { CATEGORY_CODES, categoryAt, categoryIcon } from './category-icons';
import { drawMarker, type GlyphPaths } from './marker-drawing';
import { markerExtent } from './marker-geometry';
import { statusStyleAt } from './status-style';

/** A marker pre-drawn at device resolution, copied 1:1 onto the layer's canvas. */
export interface Sprite {
  image: HTMLCanvasElement;
  /** Width and height, device pixels. */
  size: number;
  /** Offset from the marker's centre to the sprite's top-left corner, device pixels. */
  half: number;
}

/** Statuses plus the one for unknown ones. */
const STATUS_SLOTS = ASSET_STATUSES.length + 1;

/**
 * Every (category, status, diameter) marker drawn once, on its own small canvas, the first time it
 * is needed: a frame then costs one `drawImage` per marker, with no path filling at all. The
 * pictograms are parsed into `Path2D` once per category.
 */
export class MarkerSprites {
  private readonly glyphs: GlyphPaths[] = [];
  private readonly bySize = new Map<number, (Sprite | undefined)[]>();

  constructor(readonly dpr: number) {}

  get(categoryIndex: number, statusIndex: number, diameter: number): Sprite {
    let sprites = this.bySize.get(diameter);
    if (!sprites) {
      sprites = [];
      this.bySize.set(diameter, sprites);
    }
    const key = categoryIndex * STATUS_SLOTS + statusIndex;
    return (sprites[key] ??= this.render(categoryIndex, statusIndex, diameter));
  }

  /** How many sprites have been drawn so far (for tests and stats). */
  get count(): number {
    let n = 0;
    for (const sprites of this.bySize.values()) {
      n += sprites.filter(Boolean).length;
    }
    return n;
  }

  private glyph(categoryIndex: number): GlyphPaths {
    const index = Math.min(categoryIndex, CATEGORY_CODES.length);
    if (!this.glyphs[index]) {
      const icon = categoryIcon(categoryAt(index));
      this.glyphs[index] = {
        stroke: icon.stroke ? new Path2D(icon.stroke) : null,
        fill: icon.fill ? new Path2D(icon.fill) : null,
      };
    }
    return this.glyphs[index];
  }

  private render(categoryIndex: number, statusIndex: number, diameter: number): Sprite {
    const style = statusStyleAt(statusIndex);
    const extent = markerExtent(style.ring, diameter / 2) + 1;
    const size = Math.ceil(2 * extent * this.dpr);
    const image = document.createElement('canvas');
    image.width = size;
    image.height = size;
    const ctx = image.getContext('2d');
    if (ctx) {
      ctx.scale(this.dpr, this.dpr);
      const centre = size / 2 / this.dpr;
      drawMarker(ctx, centre, centre, diameter, this.glyph(categoryIndex), style);
    }
    return { image, size, half: size / 2 };
  }
}
