import type { MonitoredUnitDto, UnitCondition } from '@wardwatch/contracts';

/** How a condition is drawn. Colour never carries it alone: each has its own fill pattern and outline. */
export interface ConditionStyle {
  label: string;
  /** What the plan shows, for the legend. */
  cue: string;
  /** Outline colour and width on the plan (px), dashed or solid. */
  stroke: string;
  weight: number;
  dashArray: string | null;
  /** Background tint, and the pattern drawn over it (null: plain tint). */
  tint: string;
  /** On the plan, the room keeps its space-class fill (only its outline shows the condition). */
  keepsRoomFill: boolean;
  pattern: { id: string; ink: string } | null;
  /** Text colour for chips and badges on the tint. */
  text: string;
}

/**
 * Okabe–Ito colours (bluish green, vermillion, grey), which stay apart under the common colour-vision
 * deficiencies, plus a cue that needs no colour at all: plain, bold stripes, or dots with a dashed outline.
 */
export const CONDITION_STYLES: Readonly<Record<UnitCondition, ConditionStyle>> = {
  ok: {
    label: 'In range',
    cue: 'solid green outline',
    stroke: '#00795a',
    weight: 3,
    dashArray: null,
    tint: '#e3f4ec',
    keepsRoomFill: true,
    pattern: null,
    text: '#0b5c43',
  },
  alert: {
    label: 'Alert',
    cue: 'red stripes, heavy outline',
    stroke: '#a33f00',
    weight: 4,
    dashArray: null,
    tint: '#fbdcc9',
    keepsRoomFill: false,
    pattern: { id: 'ww-condition-alert', ink: '#d55e00' },
    text: '#8a3200',
  },
  'no-data': {
    label: 'No recent data',
    cue: 'grey dots, dashed outline',
    stroke: '#5b6470',
    weight: 2,
    dashArray: '6 4',
    tint: '#eceef1',
    keepsRoomFill: false,
    pattern: { id: 'ww-condition-no-data', ink: '#7b8592' },
    text: '#3d4550',
  },
};

/** Most urgent first: an alert outranks missing data, which outranks "in range". */
export const CONDITION_ORDER: Readonly<Record<UnitCondition, number>> = { alert: 0, 'no-data': 1, ok: 2 };

/** The condition a room shows when several units are in it: the most urgent one. */
export function worstCondition(units: readonly Pick<MonitoredUnitDto, 'condition'>[]): UnitCondition | null {
  let worst: UnitCondition | null = null;
  for (const { condition } of units) {
    if (worst === null || CONDITION_ORDER[condition] < CONDITION_ORDER[worst]) {
      worst = condition;
    }
  }
  return worst;
}

/**
 * Path fill for the plan: the room's own fill when the condition keeps it, else the pattern (defined in
 * the map's SVG defs) or the tint.
 */
export function conditionFill(condition: UnitCondition, roomFill: string): string {
  const style = CONDITION_STYLES[condition];
  if (style.keepsRoomFill) {
    return roomFill;
  }
  return style.pattern ? `url(#${style.pattern.id})` : style.tint;
}

/** The same cue in CSS, for swatches, chips and table cells. */
export function conditionBackground(condition: UnitCondition): string {
  const { tint, pattern } = CONDITION_STYLES[condition];
  if (!pattern) {
    return tint;
  }
  return condition === 'alert'
    ? `repeating-linear-gradient(135deg, ${pattern.ink} 0 3px, ${tint} 3px 7px)`
    : `radial-gradient(${pattern.ink} 1px, ${tint} 1.5px) 0 0 / 5px 5px`;
}
