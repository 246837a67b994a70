import { ICON_GRID, ICON_STROKE_WIDTH } from './category-icons';
import { bubbleLabel, bubbleRadiusPx, bubbleSegments } from './count-bubble';
import { glyphSizePx, markerRings, type RingStroke } from './marker-geometry';
import type { StatusStyle } from './status-style';

/** Canvas drawing of markers, bubbles and the selection ring. Coordinates and sizes in CSS pixels. */

export interface GlyphPaths {
  stroke: Path2D | null;
  fill: Path2D | null;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Colour of the selection ring, the same blue as a selected room on the plan. */
export const HIGHLIGHT_COLOUR = '#0a58a8';
const TEXT_COLOUR = '#1d2731';

function strokeRing(ctx: Context2D, x: number, y: number, ring: RingStroke): void {
  ctx.beginPath();
  ctx.arc(x, y, ring.radius, 0, 2 * Math.PI);
  ctx.lineWidth = ring.width;
  ctx.strokeStyle = ring.colour;
  ctx.setLineDash(ring.dash ?? []);
  ctx.lineCap = ring.dash ? 'round' : 'butt';
  ctx.stroke();
}

/** A status disc with its rims and the category pictogram, centred on (x, y). */
export function drawMarker(
  ctx: Context2D,
  x: number,
  y: number,
  diameter: number,
  glyph: GlyphPaths,
  style: StatusStyle,
): void {
  const r = diameter / 2;
  ctx.save();
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = style.fill;
  ctx.fill();
  for (const ring of markerRings(style.ring, r)) {
    strokeRing(ctx, x, y, ring);
  }
  ctx.setLineDash([]);

  const size = glyphSizePx(diameter);
  ctx.translate(x - size / 2, y - size / 2);
  ctx.scale(size / ICON_GRID, size / ICON_GRID);
  ctx.fillStyle = style.glyph;
  ctx.strokeStyle = style.glyph;
  ctx.lineWidth = ICON_STROKE_WIDTH;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  if (glyph.stroke) {
    ctx.stroke(glyph.stroke);
  }
  if (glyph.fill) {
    ctx.fill(glyph.fill, 'evenodd');
  }
  ctx.restore();
}

/** A room's count bubble: white disc, status arcs round it, the count in the middle. */
export function drawCountBubble(
  ctx: Context2D,
  x: number,
  y: number,
  count: number,
  tally: ArrayLike<number>,
): void {
  const r = bubbleRadiusPx(count);
  ctx.beginPath();
  ctx.arc(x, y, r + 0.5, 0, 2 * Math.PI);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = 'rgba(29, 39, 49, 0.55)';
  ctx.stroke();

  ctx.lineWidth = 4;
  ctx.lineCap = 'butt';
  for (const segment of bubbleSegments(tally)) {
    ctx.beginPath();
    ctx.arc(x, y, r - 2.5, segment.start - Math.PI / 2, segment.end - Math.PI / 2);
    ctx.strokeStyle = segment.colour;
    ctx.stroke();
  }

  const label = bubbleLabel(count);
  ctx.fillStyle = TEXT_COLOUR;
  ctx.font = `600 ${label.length > 2 ? 10 : 12}px system-ui, -apple-system, 'Segoe UI', sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, x, y + 0.5);
}

/**
 * The selection ring round a marker of `diameter`, plus a pulse that grows and fades while
 * `pulse` (0..1 through one pulse) is not null.
 */
export function drawHighlight(
  ctx: Context2D,
  x: number,
  y: number,
  diameter: number,
  pulse: number | null,
): void {
  const r = diameter / 2 + 7;
  ctx.save();
  if (pulse !== null) {
    ctx.beginPath();
    ctx.arc(x, y, r + pulse * 14, 0, 2 * Math.PI);
    ctx.lineWidth = 3;
    ctx.strokeStyle = HIGHLIGHT_COLOUR;
    ctx.globalAlpha = 0.6 * (1 - pulse);
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.lineWidth = 6;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.lineWidth = 3;
  ctx.strokeStyle = HIGHLIGHT_COLOUR;
  ctx.stroke();
  ctx.restore();
}
