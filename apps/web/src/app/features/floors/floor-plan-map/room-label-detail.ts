import type { RoomDto } from '@wardwatch/contracts';

/** How much of a room's label to show: nothing, its number, or number and name. */
export type LabelDetail = 'hidden' | 'number' | 'full';

/** Rough widths of label text in pixels (12 px number, 11 px name in the system font). */
const NUMBER_CHAR_PX = 7.2;
const NAME_CHAR_PX = 6.2;
const LABEL_PADDING_PX = 8;
const NUMBER_LINE_PX = 16;
const FULL_LABEL_PX = 32;

/**
 * Picks the label detail that fits inside a room drawn `widthPx` × `heightPx` on screen, so the
 * plan stays readable: at low zoom labels disappear instead of piling on top of each other.
 */
export function chooseLabelDetail(
  room: Pick<RoomDto, 'number' | 'name'>,
  widthPx: number,
  heightPx: number,
): LabelDetail {
  const numberWidth = room.number.length * NUMBER_CHAR_PX + LABEL_PADDING_PX;
  const nameWidth = room.name.length * NAME_CHAR_PX + LABEL_PADDING_PX;
  if (widthPx >= Math.max(numberWidth, nameWidth) && heightPx >= FULL_LABEL_PX) {
    return 'full';
  }
  if (widthPx >= numberWidth && heightPx >= NUMBER_LINE_PX) {
    return 'number';
  }
  return 'hidden';
}

/** Rough width of a reading ("27.0 °C", 11 px semibold) and the height of number plus reading. */
const READING_CHAR_PX = 6.8;
const NUMBER_AND_READING_PX = 30;
const FULL_AND_READING_PX = 44;

/**
 * The label of a monitored room also shows its latest reading when that fits. The reading matters more
 * than the room's name: when only two lines fit, the name gives way to it.
 */
export function chooseLabelLayout(
  room: Pick<RoomDto, 'number' | 'name'>,
  reading: string | null,
  widthPx: number,
  heightPx: number,
): { detail: LabelDetail; reading: boolean } {
  const detail = chooseLabelDetail(room, widthPx, heightPx);
  if (!reading || detail === 'hidden' || widthPx < reading.length * READING_CHAR_PX + LABEL_PADDING_PX) {
    return { detail, reading: false };
  }
  if (detail === 'full' && heightPx >= FULL_AND_READING_PX) {
    return { detail, reading: true };
  }
  return heightPx >= NUMBER_AND_READING_PX ? { detail: 'number', reading: true } : { detail, reading: false };
}
