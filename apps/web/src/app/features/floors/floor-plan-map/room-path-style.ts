import type { UnitCondition } from '@wardwatch/contracts';
import { CONDITION_STYLES, conditionFill } from '../../environment/unit-condition/condition-style';
import { WALL_COLOUR } from '../space-class-style';

export const SELECTED_ROOM_COLOUR = '#0a58a8';

export interface RoomPathStyle {
  color: string;
  weight: number;
  fillColor: string;
  dashArray: string | undefined;
}

/**
 * How a room's outline and fill are drawn: its space-class fill with thin walls; a monitored room takes
 * its condition's fill and outline instead; the selected room gets a thick blue outline on top.
 */
export function roomPathStyle(
  spaceFill: string,
  condition: UnitCondition | null,
  selected: boolean,
): RoomPathStyle {
  const base: RoomPathStyle = condition
    ? {
        color: CONDITION_STYLES[condition].stroke,
        weight: CONDITION_STYLES[condition].weight,
        fillColor: conditionFill(condition, spaceFill),
        dashArray: CONDITION_STYLES[condition].dashArray ?? undefined,
      }
    : { color: WALL_COLOUR, weight: 1, fillColor: spaceFill, dashArray: undefined };
  return selected
    ? { ...base, color: SELECTED_ROOM_COLOUR, weight: Math.max(3, base.weight), dashArray: undefined }
    : base;
}
