import type { PlanPoint, RoomDto } from '@wardwatch/contracts';
import * as L from 'leaflet';
import { CONDITION_STYLES } from '../../environment/unit-condition/condition-style';
import type { RoomConditionView } from './room-conditions';

/**
 * What the plan draws over a room for its monitored units, besides the room's own fill and outline:
 * the latest reading in its label, and a badge for the fridges and freezers in it.
 */

/** Writes the room's latest reading into its label, with a halo in the colour the room is drawn in. */
export function showLabelReading(label: HTMLElement, roomFill: string, view: RoomConditionView | null): void {
  const condition = view?.condition ?? null;
  const keepsFill = !condition || CONDITION_STYLES[condition].keepsRoomFill;
  label.style.setProperty('--ww-label-halo', keepsFill ? roomFill : CONDITION_STYLES[condition].tint);
  const reading = label.querySelector<HTMLElement>('.ww-room-label__reading');
  if (reading) {
    reading.textContent = condition ? (view?.reading ?? '') : '';
    reading.className = condition
      ? `ww-room-label__reading ww-room-label__reading--${condition}`
      : 'ww-room-label__reading';
  }
}

/**
 * A small badge hung inside the room's top-right corner: "❄ 2" in the most urgent condition's style
 * ("! ❄ 2" for an alert). It is in the tab order; a click, Enter or Space calls `select`.
 */
export function unitBadge(
  room: Pick<RoomDto, 'number' | 'name' | 'polygon'>,
  equipment: NonNullable<RoomConditionView['equipment']>,
  pane: string,
  select: () => void,
): L.Marker {
  const corner: PlanPoint = [
    Math.max(...room.polygon.map((p) => p[0])),
    Math.max(...room.polygon.map((p) => p[1])),
  ];
  const style = CONDITION_STYLES[equipment.condition];
  const element = document.createElement('span');
  element.className = `ww-unit-badge__inner ww-unit-badge__inner--${equipment.condition}`;
  element.style.setProperty('--ww-badge-colour', style.stroke);
  element.textContent = `${equipment.condition === 'alert' ? '! ' : ''}❄ ${equipment.count}`;
  const title = `${room.number} ${room.name}: ${equipment.text}`;
  // Sized to its text and hung just inside the corner (Leaflet places an icon by its size and anchor).
  const width = 14 + 7 * element.textContent.length;
  const badge = L.marker([corner[1], corner[0]], {
    pane,
    keyboard: true,
    title,
    alt: title,
    icon: L.divIcon({
      className: `ww-unit-badge ww-unit-badge--${equipment.condition}`,
      html: element,
      iconSize: [width, 18],
      iconAnchor: [width + 2, -2],
    }),
  });
  badge.on('click', select);
  badge.on('keypress', (e) => {
    const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
    if (key === 'Enter' || key === ' ') {
      select();
    }
  });
  return badge;
}
