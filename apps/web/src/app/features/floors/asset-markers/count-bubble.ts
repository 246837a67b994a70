import { ASSET_STATUSES } from '@wardwatch/contracts';
import { STATUS_STYLES, UNKNOWN_STATUS_STYLE } from './status-style';

/**
 * The zoomed-out view of a room: one bubble with the number of assets in it, ringed by arcs whose
 * lengths are the shares of each status (so a room full of kit needing cleaning shows orange).
 */
export interface BubbleSegment {
  colour: string;
  /** Radians, clockwise from 12 o'clock. */
  start: number;
  end: number;
}

/** Radius in CSS pixels: grows with the logarithm of the count, within 11–20 px. */
export function bubbleRadiusPx(count: number): number {
  return Math.min(20, 11 + 2 * Math.log2(Math.max(1, count)));
}

/** '7', '999', '1.2k', '12k'. */
export function bubbleLabel(count: number): string {
  if (count < 1000) {
    return String(count);
  }
  if (count < 9950) {
    return `${(count / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  }
  return `${Math.round(count / 1000)}k`;
}

/**
 * Arcs for a tally indexed like `ASSET_STATUSES` (plus one slot for unknown statuses), in that order
 * clockwise from the top; empty statuses get no arc.
 */
export function bubbleSegments(tally: ArrayLike<number>): BubbleSegment[] {
  let total = 0;
  for (let i = 0; i < tally.length; i++) {
    total += tally[i];
  }
  if (total <= 0) {
    return [];
  }
  const segments: BubbleSegment[] = [];
  let start = 0;
  for (let i = 0; i < tally.length; i++) {
    if (tally[i] <= 0) {
      continue;
    }
    const end = start + (2 * Math.PI * tally[i]) / total;
    const status = ASSET_STATUSES[i];
    segments.push({ colour: status ? STATUS_STYLES[status].fill : UNKNOWN_STATUS_STYLE.fill, start, end });
    start = end;
  }
  return segments;
}
