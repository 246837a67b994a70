import {
  applySamples,
  type GatewayPlacement,
  type LocationConfig,
  type RoomChange,
  type RssiSample,
  type TagLocationState,
} from '@wardwatch/domain';

/** Sample time the engine is fed at once, as a gateway's one-second scan window would. */
export const REPLAY_WINDOW_MS = 1000;

/**
 * Feeds a tag's samples to the engine one window of sample time at a time. Normally a cycle holds about a
 * second of samples and this is one call; when a worker catches up on a backlog it holds minutes, and
 * replaying them window by window keeps every room change (the engine reports one net change per call)
 * and makes the first placement from the first window, not from the whole backlog.
 */
export function replayInWindows(
  start: TagLocationState,
  samples: readonly RssiSample[],
  placements: ReadonlyMap<string, GatewayPlacement>,
  config: LocationConfig,
): { state: TagLocationState; changes: RoomChange[] } {
  const sorted = [...samples].sort((a, b) => a.at - b.at);
  const changes: RoomChange[] = [];
  let state = start;
  let i = 0;
  while (i < sorted.length) {
    const windowEnd = sorted[i].at + REPLAY_WINDOW_MS;
    let j = i;
    while (j < sorted.length && sorted[j].at < windowEnd) {
      j++;
    }
    const result = applySamples(state, sorted.slice(i, j), placements, config);
    state = result.state;
    if (result.change) {
      changes.push(result.change);
    }
    i = j;
  }
  return { state, changes };
}
