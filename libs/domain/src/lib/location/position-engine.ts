/**
 * Position engine: which room a BLE tag is in, from the RSSI its fixed gateways report.
 * Pure: no I/O, no clock; all times are sample times (epoch ms stamped by the gateways).
 *
 * Design (see ../shared/guides/domain.md §2: smooth, score rooms, switch with hysteresis):
 *
 * 1. Order. A batch is sorted by (at, gatewayId, strongest) unless already in order. A sample is applied
 *    only if its gateway is placed, its RSSI ≥ minRssiDbm, it is strictly newer than that gateway's
 *    reading (lastAt), and not older than max(lastSampleAt, prunedAt) − readingTtlMs (it could not count
 *    any more, and a reading dropped as stale must never come back through a retried job). So shuffled
 *    batches give the sorted result, late samples never move time backwards, and re-applying a batch
 *    applies nothing: the same state comes back with no change (idempotent retries).
 *
 * 2. Smoothing, per (tag, gateway), time-aware: s ← s + α (x − s), α = 1 − 2^(−dt / smoothingHalfLifeMs);
 *    a gateway without a reading takes the sample as is.
 *
 * 3. Evaluation after every distinct sample time (not once per batch), at now = max(lastSampleAt, at): once
 *    the tag has a room, the result does not depend on how a time-ordered stream is cut into batches, and
 *    a move is stamped with the sample time that decided it. The exception is the first placement, made
 *    once at the end of the call from the whole batch (a gateway's scan window), so a tag is not first
 *    put wherever the first gateway in the batch stands. Readings older than readingTtlMs at `now` do
 *    not count (and are dropped from the state at the end of the call).
 *
 * 4. Room score = strongest live smoothed RSSI of the room + CORROBORATION_BONUS_DB (1 dB) per further
 *    gateway of that room among the maxGatewaysPerScore strongest heard (room-scoring.ts). Rooms on other
 *    floors compete the same way; the floorId comes from the placement.
 *
 * 5. Hysteresis (room-switch-evidence.ts). A tag without a room takes the best room at once. Otherwise a
 *    challenger must gather evidence ∫ (lead − switchMarginDb) dt ≥ switchMarginDb × switchDwellMs (a
 *    one-sided CUSUM). This replaces "lead by the margin continuously for the dwell", which measured
 *    badly: to keep a wall tag (±3–4 dB noise per sample) from flapping it needs a ~10 dB margin, and
 *    with a 2 s smoothing half-life plus a 2 s dwell a 25 dB move takes ~5 s. With the CUSUM a lead of
 *    twice the margin moves after the dwell, a decisive lead (capped at 5 margins) after a quarter of
 *    it, a smaller one later, and noise around zero drains the evidence. One interval between evaluations
 *    is credited for at most dwell / 2, so a gap in the readings proves nothing. The defaults (half-life
 *    500 ms, margin 6 dB, dwell 2 s) were chosen by simulation (1000 seeded runs each): a wall tag with
 *    σ = 3 dB noise per sample never changed room more than once in 5 minutes (σ = 4 dB: 0.5 % of runs
 *    did), and a 25 dB move at σ = 3 dB always showed within 3 s of its first reading (mean 1.6 s).
 *    A room whose gateways no longer hear the tag scores -Infinity, so any heard room challenges it, but
 *    it still has to gather evidence (at least two evaluations, ≥ dwell / 4 apart): one glimpse never
 *    moves a tag.
 *
 * 6. Confidence of the current room (location-confidence.ts): logistic in the margin over the best other
 *    room × a corroboration factor from the gateways heard; 0 when the current room is no longer heard.
 *    A tag whose gateways all fall silent keeps its room (the last place it was seen) with confidence 0
 *    after pruneState; deciding "missing" is for the caller, from lastSampleAt.
 *
 * 7. At most one change per call: the net change from the room at the start of the call to the room at
 *    its end, stamped with the time of the last move; its reason compares the winner with the room the
 *    tag had at the start of the call. (Moving away and back within one batch reports nothing.)
 *
 * The state is plain JSON (no Infinity, no undefined), so it can be stored between batches and picked
 * up by another worker with identical results. Inputs are never mutated; the engine works on a copy
 * made once per call, and only when a sample is applied.
 */
import type { LocationConfig } from './location-config';
import { locationConfidence } from './location-confidence';
import type {
  GatewayPlacement,
  GatewayReading,
  ReasonGateway,
  RoomChange,
  RssiSample,
  TagLocationState,
} from './location-types';
import { decideSwitch } from './room-switch-evidence';
import {
  bestOtherScore,
  findRoom,
  isLiveReading,
  roomScoreOf,
  scoreRooms,
  type HeardGateway,
  type RoomScore,
  type RoomScoring,
} from './room-scoring';
import { inApplyOrder } from './sample-order';
import { smoothReadingInPlace } from './rssi-smoothing';

export interface ApplySamplesResult {
  state: TagLocationState;
  change: RoomChange | null;
}

export function initialTagLocationState(): TagLocationState {
  return {
    roomId: null,
    floorId: null,
    since: null,
    confidence: 0,
    challenger: null,
    readings: {},
    lastSampleAt: 0,
    prunedAt: null,
  };
}

export function applySamples(
  state: TagLocationState,
  samples: readonly RssiSample[],
  placements: ReadonlyMap<string, GatewayPlacement>,
  config: LocationConfig,
): ApplySamplesResult {
  const ordered = inApplyOrder(samples);
  const startRoomId = state.roomId;
  let work: TagLocationState | null = null;
  let lastMove: RoomChange | null = null;
  let pendingAt: number | null = null;
  for (let i = 0; i < ordered.length; i++) {
    const sample = ordered[i];
    // A tag without a room is placed once per call, from the whole batch (one gateway scan window), not
    // from whichever gateway happens to be first in it.
    if (work !== null && pendingAt !== null && sample.at !== pendingAt && work.roomId !== null) {
      lastMove = evaluate(work, pendingAt, placements, config, startRoomId) ?? lastMove;
      pendingAt = null;
    }
    const current: TagLocationState = work ?? state;
    if (!isApplicable(sample, current, placements, config)) {
      continue;
    }
    if (work === null) {
      work = workingCopy(state);
    }
    const reading = work.readings[sample.gatewayId];
    if (reading === undefined) {
      work.readings[sample.gatewayId] = { rssi: sample.rssi, lastAt: sample.at, count: 1 };
    } else {
      smoothReadingInPlace(reading, sample.rssi, sample.at, config.smoothingHalfLifeMs);
    }
    pendingAt = sample.at;
  }
  if (work === null) {
    return { state, change: null };
  }
  if (pendingAt !== null) {
    lastMove = evaluate(work, pendingAt, placements, config, startRoomId) ?? lastMove;
  }
  dropStaleReadings(work.readings, work.lastSampleAt, config);
  if (lastMove !== null && work.roomId === startRoomId) {
    // Left and came back within the call: to the outside the tag never moved.
    work.since = state.since;
    lastMove = null;
  }
  return { state: work, change: lastMove };
}

/**
 * Drops the readings older than readingTtlMs at `now` (e.g. the worker's clock) so stored state stays
 * small, and remembers `now` so samples that old are ignored from then on. With placements, the
 * confidence is recomputed at `now` (0 once the current room is no longer heard) and a challenger no
 * longer heard is dropped; without them, both happen only when no reading is left. The room is kept.
 */
export function pruneState(
  state: TagLocationState,
  now: number,
  config: LocationConfig,
  placements?: ReadonlyMap<string, GatewayPlacement>,
): TagLocationState {
  const readings: Record<string, GatewayReading> = {};
  let kept = 0;
  for (const gatewayId in state.readings) {
    const reading = state.readings[gatewayId];
    if (isLiveReading(reading, now, config)) {
      readings[gatewayId] = reading;
      kept += 1;
    }
  }
  const prunedAt = isTime(state.prunedAt) ? Math.max(state.prunedAt, now) : now;
  let { confidence, challenger } = state;
  if (kept === 0) {
    confidence = 0;
    challenger = null;
  } else if (placements !== undefined) {
    const scoring = scoreRooms(readings, placements, now, config);
    confidence = locationConfidence(
      roomScoreOf(scoring, state.roomId),
      bestOtherScore(scoring, state.roomId),
      scoring.heard,
      config,
    );
    if (challenger !== null && findRoom(scoring.rooms, challenger.roomId) === undefined) {
      challenger = null;
    }
  }
  return { ...state, readings, prunedAt, confidence, challenger };
}

function isApplicable(
  sample: RssiSample,
  state: TagLocationState,
  placements: ReadonlyMap<string, GatewayPlacement>,
  config: LocationConfig,
): boolean {
  if (!(sample.rssi >= config.minRssiDbm) || !placements.has(sample.gatewayId)) {
    return false;
  }
  if (sample.at < engineClock(state) - config.readingTtlMs) {
    return false;
  }
  const reading = state.readings[sample.gatewayId];
  return reading === undefined || sample.at > reading.lastAt;
}

/** Scores the rooms at `at` and runs the hysteresis; mutates the working copy; returns a move, if any. */
function evaluate(
  work: TagLocationState,
  at: number,
  placements: ReadonlyMap<string, GatewayPlacement>,
  config: LocationConfig,
  startRoomId: string | null,
): RoomChange | null {
  const now = Math.max(work.lastSampleAt, at);
  work.lastSampleAt = now;
  const scoring = scoreRooms(work.readings, placements, now, config);
  const best = scoring.rooms[0];
  if (best === undefined) {
    work.challenger = null;
    work.confidence = 0;
    return null;
  }
  if (work.roomId === null) {
    return moveTo(work, best, null, now, scoring, startRoomId, config);
  }
  const decision = decideSwitch(work.roomId, work.challenger, scoring, now, config);
  if (decision.moveTo !== null) {
    return moveTo(work, decision.moveTo, decision.leadingSince, now, scoring, startRoomId, config);
  }
  work.challenger = decision.challenger;
  work.confidence = locationConfidence(
    roomScoreOf(scoring, work.roomId),
    bestOtherScore(scoring, work.roomId),
    scoring.heard,
    config,
  );
  return null;
}

function moveTo(
  work: TagLocationState,
  room: RoomScore,
  leadingSince: number | null,
  now: number,
  scoring: RoomScoring,
  startRoomId: string | null,
  config: LocationConfig,
): RoomChange {
  const confidence = locationConfidence(
    room.score,
    bestOtherScore(scoring, room.roomId),
    scoring.heard,
    config,
  );
  work.roomId = room.roomId;
  work.floorId = room.floorId;
  work.since = now;
  work.challenger = null;
  work.confidence = confidence;
  const previous = startRoomId === null ? undefined : findRoom(scoring.rooms, startRoomId);
  const previousScore = previous === undefined ? null : previous.score;
  return {
    fromRoomId: startRoomId,
    toRoomId: room.roomId,
    floorId: room.floorId,
    at: now,
    confidence,
    reason: {
      gateways: reasonGateways(scoring, room, previous),
      winnerScore: room.score,
      previousScore,
      marginDb: previousScore === null ? null : room.score - previousScore,
      leadingSince,
    },
  };
}

/** The strongest gateways heard, plus the strongest of the winner and of the previous room; strongest first. */
function reasonGateways(
  scoring: RoomScoring,
  winner: RoomScore,
  previous: RoomScore | undefined,
): ReasonGateway[] {
  const used: HeardGateway[] = scoring.top.slice();
  for (const extra of [winner.strongest, previous?.strongest]) {
    if (extra !== undefined && !used.some((g) => g.gatewayId === extra.gatewayId)) {
      used.push(extra);
    }
  }
  used.sort((a, b) => b.rssi - a.rssi || (a.gatewayId < b.gatewayId ? -1 : 1));
  return used.map(({ gatewayId, roomId, rssi }) => ({ gatewayId, roomId, rssi }));
}

/** The newest time the state has seen: samples older than this − readingTtlMs can no longer count. */
function engineClock(state: TagLocationState): number {
  // Tolerant of a stored state written before prunedAt existed (missing, so undefined).
  return isTime(state.prunedAt) ? Math.max(state.lastSampleAt, state.prunedAt) : state.lastSampleAt;
}

function isTime(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function workingCopy(state: TagLocationState): TagLocationState {
  const readings: Record<string, GatewayReading> = {};
  for (const gatewayId in state.readings) {
    const { rssi, lastAt, count } = state.readings[gatewayId];
    readings[gatewayId] = { rssi, lastAt, count };
  }
  return {
    ...state,
    readings,
    challenger: state.challenger === null ? null : { ...state.challenger },
    prunedAt: isTime(state.prunedAt) ? state.prunedAt : null,
  };
}

function dropStaleReadings(
  readings: Record<string, GatewayReading>,
  now: number,
  config: LocationConfig,
): void {
  for (const gatewayId in readings) {
    if (!isLiveReading(readings[gatewayId], now, config)) {
      delete readings[gatewayId];
    }
  }
}
