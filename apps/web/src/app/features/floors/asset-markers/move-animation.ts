/**
 * A marker gliding from one place to another, as a pure function of time: the frame loop asks where
 * each moving marker is now, so a dropped frame or a late timer never leaves a marker behind.
 */
export interface Move {
  fromX: number;
  fromY: number;
  toX: number;
  toY: number;
  /** `performance.now()` time the move started, ms. */
  startMs: number;
  durationMs: number;
}

export const MOVE_DURATION_MS = 600;

/** Slow start, slow finish: the eye follows where the marker goes and sees it settle. */
export function easeInOutCubic(t: number): number {
  if (t <= 0) {
    return 0;
  }
  if (t >= 1) {
    return 1;
  }
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** 0 before the start, 1 from the end on. */
export function moveProgress(move: Move, nowMs: number): number {
  if (move.durationMs <= 0) {
    return 1;
  }
  return Math.min(1, Math.max(0, (nowMs - move.startMs) / move.durationMs));
}

export function isMoveDone(move: Move, nowMs: number): boolean {
  return moveProgress(move, nowMs) >= 1;
}

/** Where the marker is at `nowMs`, written into `out` (to spare an allocation per marker per frame). */
export function positionAt(
  move: Move,
  nowMs: number,
  out: { x: number; y: number },
): { x: number; y: number } {
  const k = easeInOutCubic(moveProgress(move, nowMs));
  out.x = move.fromX + (move.toX - move.fromX) * k;
  out.y = move.fromY + (move.toY - move.fromY) * k;
  return out;
}
