import { categoryIcon, escapeXml, ICON_GRID, iconPathsSvg } from './category-icons';
import { glyphSizePx, markerExtent, markerRings } from './marker-geometry';
import { statusStyle } from './status-style';

export interface MarkerSvgOptions {
  /** Disc diameter in CSS pixels (default 24); the SVG is a little larger for the rims. */
  diameter?: number;
  /** Accessible name; without it the SVG is `aria-hidden`. */
  title?: string;
  className?: string;
}

/**
 * A map marker as inline SVG (disc, rims and pictogram, exactly as the canvas draws it), for the
 * legend and for asset lists. Holds only this module's path data and the escaped title.
 */
export function assetMarkerSvg(categoryCode: string, status: string, options: MarkerSvgOptions = {}): string {
  const diameter = options.diameter ?? 24;
  const style = statusStyle(status);
  const r = diameter / 2;
  const half = Math.ceil(markerExtent(style.ring, r));
  const size = 2 * half;
  const rings = markerRings(style.ring, r)
    .map(
      (ring) =>
        `<circle cx="${half}" cy="${half}" r="${ring.radius}" fill="none" stroke="${ring.colour}" ` +
        `stroke-width="${ring.width}"${ring.dash ? ` stroke-dasharray="${ring.dash.join(' ')}" stroke-linecap="round"` : ''}/>`,
    )
    .join('');
  const glyph = glyphSizePx(diameter);
  const scale = glyph / ICON_GRID;
  const offset = half - glyph / 2;
  const paths = iconPathsSvg(categoryIcon(categoryCode), style.glyph);
  const a11y = options.title ? `role="img" aria-label="${escapeXml(options.title)}"` : 'aria-hidden="true"';
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  const cls = options.className ? ` class="${escapeXml(options.className)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}"${cls} ${a11y}>` +
    `${title}<circle cx="${half}" cy="${half}" r="${r}" fill="${style.fill}"/>${rings}` +
    `<g transform="translate(${offset} ${offset}) scale(${scale})">${paths}</g></svg>`
  );
}
