import { ASSET_STATUS_LABELS, ASSET_STATUSES, type AssetStatus } from '@wardwatch/contracts';

/**
 * How a marker's rim shows its status, so that status never rests on colour alone:
 * ready-to-use kit has a plain rim; the states that need someone's attention each have their own.
 */
export type StatusRing = 'none' | 'dotted' | 'double' | 'heavy' | 'dashed';

export interface StatusStyle {
  /** Disc colour. */
  fill: string;
  /** Pictogram colour on that disc (contrast ≥ 3:1, the WCAG figure for graphics). */
  glyph: string;
  ring: StatusRing;
  /** What the rim means, for the legend. */
  cue: string;
}

/** Colour of the status rings and of the thin outline that lifts every marker off the plan. */
export const RING_COLOUR = '#1d2731';
const DARK_GLYPH = '#1a1a1a';
const LIGHT_GLYPH = '#ffffff';

/**
 * Okabe–Ito colours (chosen to stay apart under the common colour-vision deficiencies), each with a
 * glyph colour that keeps the pictogram legible, plus a rim cue for the four states that need action.
 */
export const STATUS_STYLES: Readonly<Record<AssetStatus, StatusStyle>> = {
  available: { fill: '#009e73', glyph: LIGHT_GLYPH, ring: 'none', cue: 'plain rim' },
  'in-use': { fill: '#0072b2', glyph: LIGHT_GLYPH, ring: 'none', cue: 'plain rim' },
  'needs-cleaning': { fill: '#e69f00', glyph: DARK_GLYPH, ring: 'dotted', cue: 'dotted rim' },
  'in-maintenance': { fill: '#cc79a7', glyph: DARK_GLYPH, ring: 'double', cue: 'double rim' },
  'out-of-service': { fill: '#d55e00', glyph: LIGHT_GLYPH, ring: 'heavy', cue: 'heavy dark rim' },
  missing: { fill: '#6b7280', glyph: LIGHT_GLYPH, ring: 'dashed', cue: 'dashed rim' },
};

/** Fallback for a status string the client does not know yet (a newer server). */
export const UNKNOWN_STATUS_STYLE: StatusStyle = {
  fill: '#9aa3ad',
  glyph: DARK_GLYPH,
  ring: 'dashed',
  cue: 'dashed rim',
};

export function statusStyle(status: string): StatusStyle {
  return Object.prototype.hasOwnProperty.call(STATUS_STYLES, status)
    ? STATUS_STYLES[status as AssetStatus]
    : UNKNOWN_STATUS_STYLE;
}

/** Index of a status in `ASSET_STATUSES`; unknown ones get `ASSET_STATUSES.length`. */
export function statusIndex(status: string): number {
  const index = (ASSET_STATUSES as readonly string[]).indexOf(status);
  return index < 0 ? ASSET_STATUSES.length : index;
}

/** The style at an index from {@link statusIndex}. */
export function statusStyleAt(index: number): StatusStyle {
  const status = ASSET_STATUSES[index];
  return status ? STATUS_STYLES[status] : UNKNOWN_STATUS_STYLE;
}

export interface StatusLegendEntry extends StatusStyle {
  status: AssetStatus;
  label: string;
}

/** One row per status, in the contracts' order, for a map legend. */
export const STATUS_LEGEND: readonly StatusLegendEntry[] = ASSET_STATUSES.map((status) => ({
  status,
  label: ASSET_STATUS_LABELS[status],
  ...STATUS_STYLES[status],
}));
