import {
  DEFAULT_LOCATION_CONFIG,
  initialTagLocationState,
  type GatewayPlacement,
  type RssiSample,
} from '@wardwatch/domain';

import { replayInWindows } from './replay-in-windows';

const placements = new Map<string, GatewayPlacement>([
  ['gA', { gatewayId: 'gA', roomId: 'A', floorId: 'f1', x: 0, y: 0 }],
  ['gB', { gatewayId: 'gB', roomId: 'B', floorId: 'f1', x: 10, y: 0 }],
]);

/** A tag in A for 20 s, in B for 20 s, back in A for 20 s: one reading per gateway per second. */
function journey(): RssiSample[] {
  const samples: RssiSample[] = [];
  for (let s = 0; s < 60; s++) {
    const inA = s < 20 || s >= 40;
    samples.push({ gatewayId: 'gA', rssi: inA ? -55 : -88, at: 1_000_000 + s * 1000 });
    samples.push({ gatewayId: 'gB', rssi: inA ? -88 : -55, at: 1_000_000 + s * 1000 + 10 });
  }
  return samples;
}

describe('replayInWindows', () => {
  it('keeps every room change of a backlog handed over at once', () => {
    const { state, changes } = replayInWindows(
      initialTagLocationState(),
      journey(),
      placements,
      DEFAULT_LOCATION_CONFIG,
    );
    expect(changes.map((c) => [c.fromRoomId, c.toRoomId])).toEqual([
      [null, 'A'],
      ['A', 'B'],
      ['B', 'A'],
    ]);
    expect(changes[0].at).toBeLessThan(1_002_000);
    expect(changes[1].at).toBeGreaterThanOrEqual(1_020_000);
    expect(changes[1].at).toBeLessThanOrEqual(1_023_000);
    expect(changes[2].at).toBeGreaterThanOrEqual(1_040_000);
    expect(state.roomId).toBe('A');
  });

  it('gives the same changes whether the samples come at once, shuffled, or second by second', () => {
    const all = journey();
    const atOnce = replayInWindows(
      initialTagLocationState(),
      [...all].reverse(),
      placements,
      DEFAULT_LOCATION_CONFIG,
    ).changes;
    let state = initialTagLocationState();
    const stepwise = [];
    for (let s = 0; s < 60; s++) {
      const second = all.filter((x) => x.at >= 1_000_000 + s * 1000 && x.at < 1_000_000 + (s + 1) * 1000);
      const r = replayInWindows(state, second, placements, DEFAULT_LOCATION_CONFIG);
      state = r.state;
      stepwise.push(...r.changes);
    }
    expect(atOnce.map((c) => [c.toRoomId, c.at])).toEqual(stepwise.map((c) => [c.toRoomId, c.at]));
  });
});
