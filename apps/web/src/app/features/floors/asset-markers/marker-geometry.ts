import { RING_COLOUR, type StatusRing } from './status-style';

/**
 * The shape of one marker, shared by the canvas sprites and the SVG used in legends, so that both
 * look the same: a status-coloured disc, a white rim, then a dark outline whose pattern is the
 * status cue. Sizes in CSS pixels, for a disc of radius `r`.
 */
export interface RingStroke {
  radius: number;
  width: number;
  colour: string;
  /** Dash and gap lengths along the circle; null for a solid line. Fitted to a whole number of repeats. */
  dash: [number, number] | null;
}

/** Room the rims need outside the disc, on each side. */
export const RIM_PX = 5;
export const WHITE_RIM_PX = 1.5;
const OUTLINE = 'rgba(29, 39, 49, 0.55)';

/** The pictogram's size inside a disc of `diameter`. */
export function glyphSizePx(diameter: number): number {
  return Math.round(diameter * 0.72);
}

/** Dash and gap stretched so that a whole number of them goes round a circle of `radius`. */
export function fitDash(radius: number, dash: number, gap: number): [number, number] {
  const circumference = 2 * Math.PI * radius;
  const repeats = Math.max(1, Math.round(circumference / (dash + gap)));
  const k = circumference / repeats / (dash + gap);
  return [dash * k, gap * k];
}

/** The white rim and the status outline of a disc of radius `r`, inside out. */
export function markerRings(ring: StatusRing, r: number): RingStroke[] {
  const white: RingStroke = {
    radius: r + WHITE_RIM_PX / 2,
    width: WHITE_RIM_PX,
    colour: '#ffffff',
    dash: null,
  };
  const outer = r + WHITE_RIM_PX;
  switch (ring) {
    case 'none':
      return [white, { radius: outer + 0.5, width: 1, colour: OUTLINE, dash: null }];
    case 'dotted':
      return [
        white,
        { radius: outer + 1, width: 2, colour: RING_COLOUR, dash: fitDash(outer + 1, 1.6, 2.4) },
      ];
    case 'dashed':
      return [white, { radius: outer + 1, width: 2, colour: RING_COLOUR, dash: fitDash(outer + 1, 4.5, 3) }];
    case 'double':
      return [
        white,
        { radius: outer + 0.6, width: 1.2, colour: RING_COLOUR, dash: null },
        { radius: outer + 2.9, width: 1.2, colour: RING_COLOUR, dash: null },
      ];
    case 'heavy':
      return [white, { radius: outer + 1.5, width: 3, colour: RING_COLOUR, dash: null }];
  }
}

/** Outermost painted radius of a marker, for sprite sizes and hit tests. */
export function markerExtent(ring: StatusRing, r: number): number {
  return Math.max(...markerRings(ring, r).map((s) => s.radius + s.width / 2));
}
