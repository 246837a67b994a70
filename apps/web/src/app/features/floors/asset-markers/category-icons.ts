/**
 * Equipment pictograms, drawn for Wardwatch on a 24 × 24 grid. Each icon has a stroked part (lines of
 * width {@link ICON_STROKE_WIDTH}, round caps and joins) and a filled part (even-odd, so a subpath inside
 * another cuts a hole: the bolt in the defibrillator's heart). The same path data feeds the canvas
 * markers (`Path2D`) and inline SVG for legends and lists. Shapes are kept bold and few so that they
 * still read inside a 20–28 px marker, where the glyph is about 14–19 px.
 */
export interface CategoryIcon {
  /** Fallback name for legends; the API's category name wins where there is one. */
  label: string;
  /** Path data stroked with `currentColor` (SVG) or the glyph colour (canvas). */
  stroke: string;
  /** Path data filled (even-odd) with the same colour; empty when the icon has no solid part. */
  fill: string;
}

export const ICON_GRID = 24;
export const ICON_STROKE_WIDTH = 2;

/** The category codes the demo hospital and the API use, in catalogue order. */
export const CATEGORY_CODES = [
  'infusion-pump',
  'syringe-pump',
  'pca-pump',
  'feeding-pump',
  'patient-monitor',
  'ventilator',
  'defibrillator',
  'scd-pump',
  'bladder-scanner',
  'portable-ultrasound',
  'telemetry-pack',
  'wheelchair',
  'stretcher',
  'bed',
  'iv-pole',
  'medication-refrigerator',
  'vaccine-freezer',
  'blood-bank-refrigerator',
  'plasma-freezer',
  'platelet-incubator',
  'warming-cabinet',
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

export const UNKNOWN_CATEGORY = 'unknown';

/** A refrigerator or freezer cabinet: body and handle; the content symbol says which one. */
const CABINET = 'M6 2h12a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM7.5 4.5v2';
/** A pump body on the left with its screen, shared by the pump family. */
const PUMP_BODY = 'M5 3h7a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z';
/** A blood drop centred near (12, 15) inside the cabinet. */
const DROP = 'M12 8c0 0 4.5 5 4.5 8a4.5 4.5 0 0 1-9 0c0-3 4.5-8 4.5-8z';

export const CATEGORY_ICONS: Readonly<Record<CategoryCode | typeof UNKNOWN_CATEGORY, CategoryIcon>> = {
  'infusion-pump': {
    label: 'Infusion pump',
    // Pump body with screen and keypad line, a fluid drop beside it.
    stroke: `${PUMP_BODY}M6 7h5v3H6zM6 14h5`,
    fill: 'M19 7c0 0 3 3.7 3 5.8a3 3 0 0 1-6 0C16 10.7 19 7 19 7z',
  },
  'syringe-pump': {
    label: 'Syringe pump',
    // A syringe lying on a pump base: barrel, plunger, needle.
    stroke: 'M3 14h18v6H3zM6 5h10v5H6zM16 7.5h3.5M19.5 5v5M6 7.5H2.5',
    fill: 'M6 5h5v5H6z',
  },
  'pca-pump': {
    label: 'PCA pump',
    // Pump body with a patient hand-set on a cord.
    stroke: `${PUMP_BODY}M6 7h5v3H6zM14 13c3 0 3.5 1 3.5 3v1`,
    fill: 'M15.5 17h4a1 1 0 0 1 1 1v3.5a1.5 1.5 0 0 1-1.5 1.5h-3a1.5 1.5 0 0 1-1.5-1.5V18a1 1 0 0 1 1-1z',
  },
  'feeding-pump': {
    label: 'Enteral feeding pump',
    // A feeding bottle over a small pump, joined by the line.
    stroke: 'M12 13v3M4 16h16v6H4zM7 19h4',
    fill: 'M10 1.5h4V4l2 2.5V12a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V6.5L10 4z',
  },
  'patient-monitor': {
    label: 'Patient monitor',
    // Screen with an ECG trace on a stand.
    stroke:
      'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM5 10h3l2-4 3 8 2-4h4M12 17v4M8 21h8',
    fill: '',
  },
  ventilator: {
    label: 'Ventilator',
    // Lungs with the trachea.
    stroke: 'M12 2.5v9M12 11.5l-2.5 2M12 11.5l2.5 2',
    fill:
      'M9.5 7.5C8.6 6.3 7.2 6.4 6.2 7.5 4.2 9.8 2.5 14 2.5 18c0 1.8 1.2 2.9 2.9 2.5l3.2-.8c.9-.2 1.4-1 1.4-1.9z' +
      'M14.5 7.5c.9-1.2 2.3-1.1 3.3 0 2 2.3 3.7 6.5 3.7 10.5 0 1.8-1.2 2.9-2.9 2.5l-3.2-.8c-.9-.2-1.4-1-1.4-1.9z',
  },
  defibrillator: {
    label: 'Defibrillator',
    // A heart with a lightning bolt cut out of it.
    stroke: '',
    fill:
      'M12 21.5S2 15.4 2 8.9A5 5 0 0 1 12 6.6a5 5 0 0 1 10 2.3c0 6.5-10 12.6-10 12.6z' +
      'M13.4 6.5L8.6 13.2h3.2l-1.2 5.3 4.8-6.7h-3.2z',
  },
  'scd-pump': {
    label: 'Sequential compression device',
    // A lower leg and foot wrapped in a compression sleeve.
    stroke: 'M8 2v15a3 3 0 0 0 3 3h8.5a1.5 1.5 0 0 0 0-3H15V2',
    fill: 'M6 5h11v3.5H6zM6 10.5h11V14H6z',
  },
  'bladder-scanner': {
    label: 'Bladder scanner',
    // Scan waves over a bladder.
    stroke: 'M5.5 6.5a9 9 0 0 1 13 0M8.5 9.3a5 5 0 0 1 7 0',
    fill: 'M6.5 15.5c0-2.7 2.2-3.5 5.5-3.5s5.5.8 5.5 3.5c0 3.6-3 6.5-5.5 6.5s-5.5-2.9-5.5-6.5z',
  },
  'portable-ultrasound': {
    label: 'Portable ultrasound',
    // A laptop-style scanner showing the ultrasound fan.
    stroke: 'M4 3h16a1 1 0 0 1 1 1v12H3V4a1 1 0 0 1 1-1zM1.5 20h21',
    fill: 'M12 5.5l-4.5 6.5a6 6 0 0 0 9 0z',
  },
  'telemetry-pack': {
    label: 'Telemetry pack',
    // A small transmitter with its antenna and radio waves.
    stroke:
      'M6 10h9a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1zM13 10V3.5M17 4.5a4 4 0 0 1 0 5.5M19.8 2.3a7.5 7.5 0 0 1 0 9.9',
    fill: 'M7.5 13.5h6v2h-6z',
  },
  wheelchair: {
    label: 'Wheelchair',
    // Seat and push handle over a large wheel.
    stroke: 'M5 2.5h2.5v10h8l3.5 6h2.5M11 8h5M10.5 21.5a5 5 0 1 1 0-10',
    fill: '',
  },
  stretcher: {
    label: 'Stretcher',
    // A flat litter on a scissor undercarriage with castors.
    stroke: 'M2 10.5h20M7 10.5l10 7M17 10.5l-10 7',
    fill: 'M3 6h18v3H3zM5 17.5a2.2 2.2 0 1 1 0 4.4 2.2 2.2 0 0 1 0-4.4zM19 17.5a2.2 2.2 0 1 1 0 4.4 2.2 2.2 0 0 1 0-4.4z',
  },
  bed: {
    label: 'Bed',
    // Headboard, pillow, mattress, footboard.
    stroke: 'M3 4v17M3 13.5h18M21 11v10M3 18h18',
    fill: 'M5 9h5v3.5H5zM11 10.5h10v3H11z',
  },
  'iv-pole': {
    label: 'IV pole',
    // Pole with hook bar, a bag hanging from it, and the wheeled base.
    stroke: 'M14 2v19M9.5 3h9M8 15.5V18M9.5 21h9',
    fill: 'M5.5 4.5h5a1 1 0 0 1 1 1V12a3.5 3.5 0 0 1-7 0V5.5a1 1 0 0 1 1-1z',
  },
  'medication-refrigerator': {
    label: 'Medication refrigerator',
    // Cabinet with a medical cross.
    stroke: CABINET,
    fill: 'M10.5 9h3v3.5H17v3h-3.5V19h-3v-3.5H7v-3h3.5z',
  },
  'vaccine-freezer': {
    label: 'Vaccine freezer',
    // Cabinet with a vaccine vial.
    stroke: CABINET,
    fill: 'M9.5 8.5h5V10H14v1.5l2 2V20a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1v-6.5l2-2V10h-.5z',
  },
  'blood-bank-refrigerator': {
    label: 'Blood bank refrigerator',
    // Cabinet with a blood drop.
    stroke: CABINET,
    fill: DROP,
  },
  'plasma-freezer': {
    label: 'Plasma freezer',
    // Cabinet with a snowflake.
    stroke: `${CABINET}M12 9.5v10M7.7 12l8.6 5M7.7 17l8.6-5`,
    fill: '',
  },
  'platelet-incubator': {
    label: 'Platelet incubator',
    // A wide cabinet with the agitator's waves.
    stroke:
      'M3 5h18a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z' +
      'M5.5 10.5c1.5-1.6 3-1.6 4.5 0s3 1.6 4.5 0 3-1.6 4.5 0M5.5 15c1.5-1.6 3-1.6 4.5 0s3 1.6 4.5 0 3-1.6 4.5 0',
    fill: '',
  },
  'warming-cabinet': {
    label: 'Warming cabinet',
    // Cabinet with rising heat.
    stroke: `${CABINET}M9.5 20c-1.3-1.5 1.3-3 0-4.5s1.3-3 0-4.5M14.5 20c-1.3-1.5 1.3-3 0-4.5s1.3-3 0-4.5`,
    fill: '',
  },
  unknown: {
    label: 'Other equipment',
    // A tag with a question mark.
    stroke:
      'M12 2.5a9.5 9.5 0 1 1 0 19 9.5 9.5 0 0 1 0-19zM9.3 9.5a2.8 2.8 0 1 1 3.9 2.6c-.7.3-1.2 1-1.2 1.8v.6',
    fill: 'M12 16a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6z',
  },
};

/** The icon for a category code; unknown codes get the question-mark tag. */
export function categoryIcon(code: string): CategoryIcon {
  return Object.prototype.hasOwnProperty.call(CATEGORY_ICONS, code)
    ? CATEGORY_ICONS[code as CategoryCode]
    : CATEGORY_ICONS.unknown;
}

/** Index of a code in {@link CATEGORY_CODES}; unknown codes get `CATEGORY_CODES.length`. */
export function categoryIndex(code: string): number {
  const index = (CATEGORY_CODES as readonly string[]).indexOf(code);
  return index < 0 ? CATEGORY_CODES.length : index;
}

/** The code at an index from {@link categoryIndex}. */
export function categoryAt(index: number): CategoryCode | typeof UNKNOWN_CATEGORY {
  return CATEGORY_CODES[index] ?? UNKNOWN_CATEGORY;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The `<path>` elements of an icon, coloured with `colour` (default `currentColor`). */
export function iconPathsSvg(icon: CategoryIcon, colour = 'currentColor'): string {
  const stroke = icon.stroke
    ? `<path d="${icon.stroke}" fill="none" stroke="${colour}" stroke-width="${ICON_STROKE_WIDTH}" ` +
      'stroke-linecap="round" stroke-linejoin="round"/>'
    : '';
  const fill = icon.fill ? `<path d="${icon.fill}" fill="${colour}" fill-rule="evenodd"/>` : '';
  return stroke + fill;
}

export interface IconSvgOptions {
  /** Width and height in CSS pixels (default 24). */
  size?: number;
  /** Accessible name; without it the SVG is `aria-hidden`. */
  title?: string;
  className?: string;
}

/**
 * An inline SVG of a category's pictogram in `currentColor`, for legends and lists. The string only
 * holds this module's own path data and the escaped title, so it is safe to trust as HTML.
 */
export function categoryIconSvg(code: string, options: IconSvgOptions = {}): string {
  const size = options.size ?? ICON_GRID;
  const a11y = options.title ? `role="img" aria-label="${escapeXml(options.title)}"` : 'aria-hidden="true"';
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  const cls = options.className ? ` class="${escapeXml(options.className)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${ICON_GRID} ${ICON_GRID}" width="${size}" ` +
    `height="${size}"${cls} ${a11y}>${title}${iconPathsSvg(categoryIcon(code))}</svg>`
  );
}
