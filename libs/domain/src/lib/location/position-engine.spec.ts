import { DEFAULT_LOCATION_CONFIG, type LocationConfig } from './location-config';
import type { GatewayPlacement, RoomChange, RssiSample, TagLocationState } from './location-types';
import { applySamples, initialTagLocationState, pruneState } from './position-engine';

/* ---------- scenario kit: seeded PRNG, Gaussian-ish noise, batching ---------- */

/** mulberry32: small, seeded, good enough for noise. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sum of four uniforms, scaled to standard deviation 1 (bounded at ±3.46). */
function gaussian(random: () => number): number {
  return (random() + random() + random() + random() - 2) * Math.sqrt(3);
}

function placementsOf(
  rows: [gatewayId: string, roomId: string, floorId?: string][],
): Map<string, GatewayPlacement> {
  return new Map(
    rows.map(([gatewayId, roomId, floorId = 'F1']) => [
      gatewayId,
      { gatewayId, roomId, floorId, x: 0, y: 0 },
    ]),
  );
}

const T = 1_700_000_000_000; // epoch ms origin of the scenarios
const config: LocationConfig = DEFAULT_LOCATION_CONFIG;

interface Track {
  gatewayId: string;
  /** Mean RSSI at a time offset from T. */
  mean: (offsetMs: number) => number;
  /** Offset of this gateway's 1 s scan within the second. */
  phaseMs: number;
}

/** One sample per gateway per second for `seconds`, with Gaussian-ish noise of the given σ. */
function samplesOf(tracks: Track[], seconds: number, sigma: number, random: () => number): RssiSample[] {
  const samples: RssiSample[] = [];
  for (let s = 0; s < seconds; s++) {
    for (const track of tracks) {
      const offset = s * 1000 + track.phaseMs;
      samples.push({
        gatewayId: track.gatewayId,
        at: T + offset,
        rssi: track.mean(offset) + sigma * gaussian(random),
      });
    }
  }
  return samples.sort((a, b) => a.at - b.at);
}

/** Cuts a time-ordered stream into batches of `batchMs` (a gateway's scan window). */
function batchesOf(samples: readonly RssiSample[], batchMs: number): RssiSample[][] {
  const batches: RssiSample[][] = [];
  let key: number | null = null;
  for (const sample of samples) {
    const k = Math.floor((sample.at - T) / batchMs);
    if (k !== key) {
      batches.push([]);
      key = k;
    }
    batches[batches.length - 1].push(sample);
  }
  return batches;
}

interface Run {
  state: TagLocationState;
  changes: RoomChange[];
  states: TagLocationState[];
}

function run(
  batches: readonly (readonly RssiSample[])[],
  placements: ReadonlyMap<string, GatewayPlacement>,
  options: { config?: LocationConfig; start?: TagLocationState; handOver?: boolean } = {},
): Run {
  let state = options.start ?? initialTagLocationState();
  const changes: RoomChange[] = [];
  const states: TagLocationState[] = [];
  for (const batch of batches) {
    const result = applySamples(state, batch, placements, options.config ?? config);
    // handOver: every batch goes to "another worker" through JSON, as via Redis.
    state = options.handOver ? (JSON.parse(JSON.stringify(result.state)) as TagLocationState) : result.state;
    states.push(state);
    if (result.change !== null) {
      changes.push(result.change);
    }
  }
  return { state, changes, states };
}

const moves = (changes: RoomChange[]) => changes.filter((c) => c.fromRoomId !== null);

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/* ---------- 1. Wall ---------- */

describe('a tag at the wall between A and B', () => {
  const placements = placementsOf([
    ['GA', 'A'],
    ['GB', 'B'],
    ['GC', 'CORRIDOR'],
  ]);
  function wall(seed: number, sigma: number): RssiSample[] {
    const random = prng(seed);
    const phase = () => Math.floor(random() * 1000);
    const tracks: Track[] = [
      { gatewayId: 'GA', mean: () => -70, phaseMs: phase() },
      { gatewayId: 'GB', mean: () => -70, phaseMs: phase() },
      { gatewayId: 'GC', mean: () => -85, phaseMs: phase() },
    ];
    return samplesOf(tracks, 300, sigma, random);
  }

  // "±6 dB" read as the ±2σ band: σ = 3 dB; σ = 4 dB as a margin of safety.
  it.each([3, 4])('changes room at most once in 5 minutes, σ = %d dB, for 20 seeds', (sigma) => {
    const offenders: { seed: number; rooms: string[] }[] = [];
    for (const seed of SEEDS) {
      const { changes } = run(batchesOf(wall(seed, sigma), 1000), placements);
      const rooms = changes.map((c) => c.toRoomId);
      const placedFirst = changes[0]?.fromRoomId === null && moves(changes).length === changes.length - 1;
      if (!placedFirst || moves(changes).length > 1 || rooms.some((room) => room !== 'A' && room !== 'B')) {
        offenders.push({ seed, rooms });
      }
    }
    expect(offenders).toEqual([]);
  });

  it('would flap without hysteresis (the scenario is a real test)', () => {
    const noHysteresis = { ...config, switchMarginDb: 0, switchDwellMs: 0 };
    const { changes } = run(batchesOf(wall(1, 3), 1000), placements, { config: noHysteresis });
    expect(moves(changes).length).toBeGreaterThan(30);
  });
});

/* ---------- 2. Push ---------- */

describe('a tag pushed from A into B', () => {
  const placements = placementsOf([
    ['GA', 'A'],
    ['GB', 'B'],
  ]);
  function push(seed: number) {
    const random = prng(1000 + seed);
    const moveAt = 30_000 + Math.floor(random() * 1000); // offset from T
    const tracks: Track[] = [
      { gatewayId: 'GA', mean: (o) => (o >= moveAt ? -85 : -60), phaseMs: Math.floor(random() * 1000) },
      { gatewayId: 'GB', mean: (o) => (o >= moveAt ? -60 : -85), phaseMs: Math.floor(random() * 1000) },
    ];
    const samples = samplesOf(tracks, 60, 3, random);
    const firstDecisive = samples.find((s) => s.at >= T + moveAt)?.at ?? Number.NaN;
    return { samples, firstDecisive };
  }

  it.each(SEEDS)('shows it in B within 3 s of the first decisive reading (seed %d)', (seed) => {
    const { samples, firstDecisive } = push(seed);
    const { changes, state } = run(batchesOf(samples, 1000), placements);
    expect(changes.map((c) => [c.fromRoomId, c.toRoomId])).toEqual([
      [null, 'A'],
      ['A', 'B'],
    ]);
    const move = changes[1];
    expect(move.at).toBeGreaterThanOrEqual(firstDecisive);
    expect(move.at).toBeLessThanOrEqual(firstDecisive + 3000);
    expect(state).toMatchObject({ roomId: 'B', floorId: 'F1', since: move.at });
    // The reason: both gateways with their smoothed RSSI, scores and margin.
    expect(move.reason.gateways.map((g) => [g.gatewayId, g.roomId])).toEqual([
      ['GB', 'B'],
      ['GA', 'A'],
    ]);
    expect(move.reason.winnerScore).toBe(move.reason.gateways[0].rssi);
    expect(move.reason.previousScore).toBe(move.reason.gateways[1].rssi);
    expect(move.reason.marginDb).toBeCloseTo(move.reason.winnerScore - (move.reason.previousScore ?? 0), 12);
    expect(move.reason.marginDb).toBeGreaterThan(config.switchMarginDb);
    expect(move.reason.leadingSince).toBeGreaterThanOrEqual(firstDecisive);
    expect(move.confidence).toBeGreaterThan(0.5);
  });
});

/* ---------- 3. Order, lateness, retries ---------- */

describe('order and retries', () => {
  const placements = placementsOf([
    ['GA', 'A'],
    ['GB', 'B'],
    ['GC', 'C'],
  ]);
  const random = prng(42);
  const stream = samplesOf(
    [
      { gatewayId: 'GA', mean: (o) => (o >= 20_000 ? -84 : -62), phaseMs: 100 },
      { gatewayId: 'GB', mean: (o) => (o >= 20_000 ? -61 : -83), phaseMs: 450 },
      { gatewayId: 'GC', mean: () => -88, phaseMs: 800 },
    ],
    40,
    3,
    random,
  );

  it('gives the sorted result for batches in shuffled order', () => {
    const sorted = run(batchesOf(stream, 3000), placements);
    const mixed = run(
      batchesOf(stream, 3000).map((batch) => shuffled(batch, random)),
      placements,
    );
    expect(moves(sorted.changes)).toHaveLength(1);
    expect(mixed.changes).toEqual(sorted.changes);
    expect(mixed.state).toEqual(sorted.state);
  });

  it('moves a tag whose two gateways send their seconds apart by the next second, however they are taken', () => {
    // Wheeled from A into B: each gateway sends its own batch of one second (four scans), as in the
    // browser test. Taken together (one worker cycle) the first second moves the tag; taken one after the
    // other, B's samples are older than the clock A's batch advanced, so they prove no time and the move
    // waits for the next second. Either way it shows within two seconds of the first batch.
    const start = run([[{ gatewayId: 'GA', at: T, rssi: -48 }]], placements).state;
    const second = (k: number, gatewayId: string, rssi: number): RssiSample[] =>
      [100, 400, 700, 1000].map((ms) => ({
        gatewayId,
        rssi,
        at: T + 5000 + k * 1000 + ms - (gatewayId === 'GB' ? 20 : 0),
      }));
    const together = run([[...second(0, 'GA', -95), ...second(0, 'GB', -48)]], placements, { start });
    expect(together.changes).toHaveLength(1);
    expect(together.changes[0]).toMatchObject({ toRoomId: 'B' });
    expect(together.changes[0].at).toBeLessThan(T + 6000);

    const apart = run([second(0, 'GA', -95), second(0, 'GB', -48)], placements, { start });
    expect(apart.changes).toEqual([]);
    expect(apart.state.challenger).toMatchObject({ roomId: 'B' });
    const next = run([second(1, 'GA', -95), second(1, 'GB', -48)], placements, { start: apart.state });
    expect(next.changes).toHaveLength(1);
    expect(next.changes[0]).toMatchObject({ fromRoomId: 'A', toRoomId: 'B' });
    expect(next.changes[0].at).toBeLessThan(T + 7000);
  });

  it('gives the same changes however the stream is cut into batches', () => {
    const bySecond = run(batchesOf(stream, 1000), placements);
    const byFive = run(batchesOf(stream, 5000), placements);
    const bySample = run(
      stream.map((s) => [s]),
      placements,
    );
    // Moves are identical; only the first placement is made once per batch, from the whole batch.
    expect(moves(byFive.changes)).toEqual(moves(bySecond.changes));
    expect(moves(bySample.changes)).toEqual(moves(bySecond.changes));
    expect(moves(bySecond.changes)).toHaveLength(1);
    expect(byFive.state).toEqual(bySecond.state);
    expect(bySample.state).toEqual(bySecond.state);
  });

  it('applies the strongest of two samples with the same gateway and time, in either order', () => {
    const a = { gatewayId: 'GA', at: T, rssi: -70 };
    const b = { gatewayId: 'GA', at: T, rssi: -64 };
    const one = applySamples(initialTagLocationState(), [a, b], placements, config);
    const two = applySamples(initialTagLocationState(), [b, a], placements, config);
    expect(one).toEqual(two);
    expect(one.state.readings['GA']).toEqual({ rssi: -64, lastAt: T, count: 1 });
  });

  it('ignores a late sample older than its gateway reading: same state, no change', () => {
    const { state } = run(batchesOf(stream, 1000).slice(0, 10), placements);
    const late = { gatewayId: 'GB', at: state.readings['GB'].lastAt - 1, rssi: -30 };
    const result = applySamples(state, [late], placements, config);
    expect(result.state).toBe(state);
    expect(result.change).toBeNull();
  });

  it('applies a late sample still newer than its gateway reading without moving time backwards', () => {
    const { state } = run(batchesOf(stream, 1000).slice(0, 10), placements);
    const gaLast = state.readings['GA'].lastAt;
    expect(state.lastSampleAt).toBeGreaterThan(gaLast + 1);
    const result = applySamples(state, [{ gatewayId: 'GA', at: gaLast + 1, rssi: -60 }], placements, config);
    expect(result.state.readings['GA'].lastAt).toBe(gaLast + 1);
    expect(result.state.lastSampleAt).toBe(state.lastSampleAt);
    expect(result.state.roomId).toBe('A');
  });

  it('is idempotent: re-applying the batch that moved the tag changes nothing and emits no second change', () => {
    const batches = batchesOf(stream, 1000);
    let state = initialTagLocationState();
    let retried = 0;
    for (const batch of batches) {
      const first = applySamples(state, batch, placements, config);
      const again = applySamples(first.state, batch, placements, config);
      expect(again.change).toBeNull();
      expect(again.state).toEqual(first.state);
      if (first.change?.fromRoomId === 'A') {
        retried += 1;
      }
      state = first.state;
    }
    expect(retried).toBe(1);
    expect(state.roomId).toBe('B');
  });

  it('does not mutate the state or samples it is given', () => {
    const { state } = run(batchesOf(stream, 1000).slice(0, 19), placements);
    const before = JSON.stringify(state);
    const batch = batchesOf(stream, 1000)[19];
    const batchBefore = JSON.stringify(batch);
    applySamples(state, shuffled(batch, random), placements, config);
    expect(JSON.stringify(state)).toBe(before);
    expect(JSON.stringify(batch)).toBe(batchBefore);
  });
});

/* ---------- 4. Unknown gateways, silence ---------- */

describe('unknown gateways and silence', () => {
  const placements = placementsOf([
    ['GA', 'A'],
    ['GB', 'B'],
  ]);
  const inA = (from: number, seconds: number): RssiSample[] =>
    Array.from({ length: seconds }, (_, s) => [
      { gatewayId: 'GA', at: from + s * 1000, rssi: -60 },
      { gatewayId: 'GB', at: from + s * 1000 + 500, rssi: -82 },
    ]).flat();

  it('ignores samples from unknown gateways and below minRssiDbm', () => {
    const { state } = run(batchesOf(inA(T, 5), 1000), placements);
    const junk = [
      { gatewayId: 'NOPE', at: T + 6000, rssi: -30 },
      { gatewayId: 'GB', at: T + 6100, rssi: config.minRssiDbm - 1 },
    ];
    const result = applySamples(state, junk, placements, config);
    expect(result.state).toBe(state);
    expect(result.change).toBeNull();

    const withJunk = run(
      batchesOf(inA(T, 10), 1000).map((b) => [...b, { gatewayId: 'NOPE', at: b[0].at, rssi: -20 }]),
      placements,
    );
    expect(withJunk.state).toEqual(run(batchesOf(inA(T, 10), 1000), placements).state);
    expect(withJunk.state.readings['NOPE']).toBeUndefined();
  });

  it('keeps the last room with confidence 0 once every gateway has been silent longer than the TTL', () => {
    const { state } = run(batchesOf(inA(T, 10), 1000), placements);
    expect(state).toMatchObject({ roomId: 'A', floorId: 'F1' });
    expect(state.confidence).toBeGreaterThan(0.8);
    const silentFor = config.readingTtlMs + 1;
    for (const pruned of [
      pruneState(state, state.lastSampleAt + silentFor, config, placements),
      pruneState(state, state.lastSampleAt + silentFor, config),
    ]) {
      expect(pruned).toMatchObject({
        roomId: 'A',
        floorId: 'F1',
        since: state.since,
        confidence: 0,
        challenger: null,
      });
      expect(pruned.readings).toEqual({});
      expect(pruned.lastSampleAt).toBe(state.lastSampleAt);
    }
  });

  it('keeps fresh readings when pruning and lowers confidence once only the other room is heard', () => {
    const { state } = run(batchesOf(inA(T, 10), 1000), placements);
    const onlyB = applySamples(
      pruneState(state, state.lastSampleAt, config, placements),
      [],
      placements,
      config,
    ).state;
    expect(onlyB.readings).toEqual(state.readings);
    // GA's reading is stale at this `now`, GB's is not: the current room is no longer heard.
    const gaLast = state.readings['GA'].lastAt;
    const pruned = pruneState(state, gaLast + config.readingTtlMs + 1, config, placements);
    expect(Object.keys(pruned.readings)).toEqual(['GB']);
    expect(pruned.confidence).toBe(0);
  });

  it('never re-applies a sample whose reading was pruned (a retried job after a prune)', () => {
    const batches = batchesOf(inA(T, 10), 1000);
    const { state } = run(batches, placements);
    const pruned = pruneState(state, state.lastSampleAt + config.readingTtlMs + 1, config, placements);
    const retried = applySamples(pruned, batches[batches.length - 1], placements, config);
    expect(retried.state).toBe(pruned);
    expect(retried.change).toBeNull();
  });

  it('after silence, a newly heard room takes the tag like any challenger: not on one glimpse, after dwell / 4', () => {
    const { state } = run(batchesOf(inA(T, 10), 1000), placements);
    const silentUntil = state.lastSampleAt + config.readingTtlMs + 1;
    const pruned = pruneState(state, silentUntil, config, placements);
    const inB = (k: number) => ({ gatewayId: 'GB', at: silentUntil + k * 250, rssi: -75 });

    const glimpse = applySamples(pruned, [inB(0)], placements, config);
    expect(glimpse.change).toBeNull();
    expect(glimpse.state).toMatchObject({
      roomId: 'A',
      confidence: 0,
      challenger: { roomId: 'B', since: inB(0).at },
    });

    const { changes } = run([[inB(1)], [inB(2)], [inB(3)], [inB(4)]], placements, { start: glimpse.state });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      fromRoomId: 'A',
      toRoomId: 'B',
      at: inB(0).at + config.switchDwellMs / 4,
    });
    expect(changes[0].reason.previousScore).toBeNull();
    expect(changes[0].reason.marginDb).toBeNull();
  });

  it('does the same without a prune: readings older than the TTL stop counting for the current room', () => {
    const { state } = run(batchesOf(inA(T, 10), 1000), placements);
    const later = state.lastSampleAt + config.readingTtlMs + 1;
    const first = applySamples(state, [{ gatewayId: 'GB', at: later, rssi: -75 }], placements, config);
    expect(first.change).toBeNull();
    expect(first.state.readings['GA']).toBeUndefined();
    expect(first.state.confidence).toBe(0);
  });
});

/* ---------- 5. Multi-floor ---------- */

describe('rooms on two floors', () => {
  const placements = placementsOf([
    ['G1A', '1A', 'F1'],
    ['G1B', '1B', 'F1'],
    ['G2A', '2A', 'F2'],
    ['G2A2', '2A', 'F2'],
  ]);

  it('moves the tag upstairs and the change carries the new floor', () => {
    const random = prng(7);
    const up = 20_000;
    const samples = samplesOf(
      [
        { gatewayId: 'G1A', mean: (o) => (o >= up ? -80 : -62), phaseMs: 0 },
        { gatewayId: 'G1B', mean: (o) => (o >= up ? -92 : -79), phaseMs: 250 },
        { gatewayId: 'G2A', mean: (o) => (o >= up ? -61 : -76), phaseMs: 500 },
        { gatewayId: 'G2A2', mean: (o) => (o >= up ? -66 : -84), phaseMs: 750 },
      ],
      40,
      2,
      random,
    );
    const { changes, state } = run(batchesOf(samples, 1000), placements);
    expect(changes.map((c) => [c.fromRoomId, c.toRoomId, c.floorId])).toEqual([
      [null, '1A', 'F1'],
      ['1A', '2A', 'F2'],
    ]);
    expect(changes[1].at).toBeGreaterThanOrEqual(T + up);
    expect(changes[1].at).toBeLessThanOrEqual(T + up + 3000);
    expect(state).toMatchObject({ roomId: '2A', floorId: 'F2' });
    // Two gateways of 2A among the three strongest: its score carries the corroboration bonus.
    const g2a = changes[1].reason.gateways.find((g) => g.gatewayId === 'G2A');
    expect(changes[1].reason.winnerScore).toBeCloseTo((g2a?.rssi ?? 0) + 1, 12);
  });
});

/* ---------- 6. Confidence ---------- */

describe('confidence in a scenario', () => {
  const placements = placementsOf([
    ['GA', 'A'],
    ['GB', 'B'],
  ]);
  const steady = (ga: number, gb: number): RssiSample[] =>
    Array.from({ length: 10 }, (_, s) => [
      { gatewayId: 'GA', at: T + s * 1000, rssi: ga },
      { gatewayId: 'GB', at: T + s * 1000 + 1, rssi: gb },
    ]).flat();

  it('rises with the margin of the current room over the other', () => {
    const confidences = [0, 3, 6, 12, 24].map(
      (margin) => run([steady(-60, -60 - margin)], placements).state.confidence,
    );
    for (let i = 1; i < confidences.length; i++) {
      expect(confidences[i]).toBeGreaterThan(confidences[i - 1]);
    }
    expect(confidences[0]).toBeCloseTo(0.5 * (0.5 + 0.5 * (2 / 3)), 9);
  });
});

/* ---------- 7. JSON hand-over between workers ---------- */

describe('state handed between workers as JSON', () => {
  const placements = placementsOf([
    ['GA', 'A'],
    ['GB', 'B'],
    ['GC', 'C'],
  ]);
  const random = prng(99);
  const stream = samplesOf(
    [
      { gatewayId: 'GA', mean: (o) => (o < 20_000 ? -62 : o < 45_000 ? -84 : -70), phaseMs: 0 },
      { gatewayId: 'GB', mean: (o) => (o < 20_000 ? -83 : o < 45_000 ? -61 : -70), phaseMs: 400 },
      { gatewayId: 'GC', mean: (o) => (o < 45_000 ? -90 : -58), phaseMs: 700 },
    ],
    70,
    3,
    random,
  );

  it('round-trips exactly at every batch (plain JSON, no Infinity or undefined)', () => {
    const { states } = run(batchesOf(stream, 1000), placements);
    expect(states.some((s) => s.challenger !== null)).toBe(true);
    for (const state of states) {
      expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
    }
  });

  it('behaves identically when every batch goes to another worker through JSON', () => {
    const local = run(batchesOf(stream, 1000), placements);
    const handedOver = run(batchesOf(stream, 1000), placements, { handOver: true });
    expect(local.changes.map((c) => c.toRoomId)).toEqual(['A', 'B', 'C']);
    expect(handedOver.changes).toEqual(local.changes);
    expect(handedOver.state).toEqual(local.state);
  });

  it('reads a stored state from before prunedAt existed', () => {
    const batches = batchesOf(stream, 1000);
    const local = run(batches, placements);
    const k = local.states.findIndex((s) => s.challenger !== null);
    const legacy: Partial<TagLocationState> = { ...local.states[k] };
    delete legacy.prunedAt;
    const resumed = run(batches.slice(k + 1), placements, { start: legacy as TagLocationState });
    expect(resumed.state).toEqual(local.state);
  });

  it('picks up mid-challenge: a challenger stored in the middle of a move completes the same way', () => {
    const batches = batchesOf(stream, 1000);
    const local = run(batches, placements);
    const k = local.states.findIndex((s) => s.challenger !== null);
    expect(k).toBeGreaterThanOrEqual(0);
    const stored = JSON.stringify(local.states[k]);
    const resumed = run(batches.slice(k + 1), placements, { start: JSON.parse(stored) as TagLocationState });
    expect(resumed.state).toEqual(local.state);
    expect(resumed.changes).toEqual(local.changes.filter((c) => c.at > local.states[k].lastSampleAt));
  });
});
