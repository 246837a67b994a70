import type { SpaceClass } from '@wardwatch/contracts';

export interface SpaceClassStyle {
  /** Room fill on the plan and swatch in the legend. */
  fill: string;
  /** Text colour for labels drawn on that fill (dark on light fills, white on dark ones). */
  text: string;
  /** Whether rooms of this class get a number/name label (corridors do not: they would clutter). */
  labelled: boolean;
}

const DARK_TEXT = '#1d2731';
const LIGHT_TEXT = '#ffffff';

/**
 * The floor plan palette, grouped the way clinical staff read a plan: care spaces in blues,
 * procedure spaces in teal/green, emergency in orange, utility in greys, supply in violets,
 * medication in pinks, circulation near-white, vertical circulation and exits dark grey.
 */
export const SPACE_CLASS_STYLES: Record<SpaceClass, SpaceClassStyle> = {
  'patient-room': { fill: '#cfe2f6', text: DARK_TEXT, labelled: true },
  'icu-room': { fill: '#86b3e3', text: DARK_TEXT, labelled: true },
  'operating-room': { fill: '#8fd3c1', text: DARK_TEXT, labelled: true },
  recovery: { fill: '#c3e9d6', text: DARK_TEXT, labelled: true },
  'ed-bay': { fill: '#f7c08a', text: DARK_TEXT, labelled: true },
  'nurse-station': { fill: '#f5e09a', text: DARK_TEXT, labelled: true },
  'clean-utility': { fill: '#dde1e6', text: DARK_TEXT, labelled: true },
  'soiled-utility': { fill: '#b4bcc5', text: DARK_TEXT, labelled: true },
  'supply-room': { fill: '#d9cff2', text: DARK_TEXT, labelled: true },
  'sterile-storage': { fill: '#b9a8e6', text: DARK_TEXT, labelled: true },
  'medication-room': { fill: '#f5c4d8', text: DARK_TEXT, labelled: true },
  pharmacy: { fill: '#e79fc0', text: DARK_TEXT, labelled: true },
  'blood-bank': { fill: '#e39a9a', text: DARK_TEXT, labelled: true },
  'biomed-shop': { fill: '#e3d2ae', text: DARK_TEXT, labelled: true },
  imaging: { fill: '#a6d4df', text: DARK_TEXT, labelled: true },
  office: { fill: '#efe9dc', text: DARK_TEXT, labelled: true },
  'staff-room': { fill: '#e4dac3', text: DARK_TEXT, labelled: true },
  waiting: { fill: '#f6eed6', text: DARK_TEXT, labelled: true },
  corridor: { fill: '#f5f6f7', text: DARK_TEXT, labelled: false },
  stair: { fill: '#626b75', text: LIGHT_TEXT, labelled: true },
  elevator: { fill: '#4b535c', text: LIGHT_TEXT, labelled: true },
  exit: { fill: '#353c44', text: LIGHT_TEXT, labelled: true },
};

/** Walls: the stroke drawn round every room. */
export const WALL_COLOUR = '#3a434d';
/** The building envelope. */
export const OUTLINE_STROKE = '#1b2229';
export const OUTLINE_FILL = '#fbfbf9';
