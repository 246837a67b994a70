import { DEFAULT_LOCATION_CONFIG, type LocationConfig } from './location-config';
import type { GatewayPlacement, GatewayReading, RoomChallenger } from './location-types';
import { scoreRooms } from './room-scoring';
import { decideSwitch, MAX_LEAD_IN_MARGINS } from './room-switch-evidence';

const config: LocationConfig = { ...DEFAULT_LOCATION_CONFIG, switchMarginDb: 6, switchDwellMs: 2000 };
const placements = new Map<string, GatewayPlacement>(
  ['A', 'B', 'C'].map((roomId) => [
    `g${roomId}`,
    { gatewayId: `g${roomId}`, roomId, floorId: 'F1', x: 0, y: 0 },
  ]),
);

function scoringAt(now: number, rssiByRoom: Record<string, number>) {
  const readings: Record<string, GatewayReading> = {};
  for (const [roomId, rssi] of Object.entries(rssiByRoom)) {
    readings[`g${roomId}`] = { rssi, lastAt: now, count: 1 };
  }
  return scoreRooms(readings, placements, now, config);
}

/** Feeds the same scores every stepMs from t=0 with the tag in A; returns the time of the move, or null. */
function moveTime(
  rssiByRoom: (t: number) => Record<string, number>,
  stepMs: number,
  untilMs: number,
): number | null {
  let challenger: RoomChallenger | null = null;
  for (let t = 0; t <= untilMs; t += stepMs) {
    const decision = decideSwitch('A', challenger, scoringAt(t, rssiByRoom(t)), t, config);
    if (decision.moveTo !== null) {
      return t;
    }
    challenger = decision.challenger;
  }
  return null;
}

describe('decideSwitch', () => {
  const m = config.switchMarginDb;

  it('moves after the dwell when the challenger leads by twice the margin, not before', () => {
    expect(moveTime(() => ({ A: -80, B: -80 + 2 * m }), 250, 10_000)).toBe(config.switchDwellMs);
  });

  it('moves sooner on a bigger lead, never sooner than a quarter of the dwell', () => {
    expect(moveTime(() => ({ A: -80, B: -80 + 3 * m }), 250, 10_000)).toBe(config.switchDwellMs / 2);
    expect(moveTime(() => ({ A: -90, B: -90 + 20 * m }), 100, 10_000)).toBe(
      config.switchDwellMs / (MAX_LEAD_IN_MARGINS - 1),
    );
  });

  it('never moves on a lead at or below the margin', () => {
    expect(moveTime(() => ({ A: -80, B: -80 + m }), 250, 60_000)).toBeNull();
    expect(moveTime(() => ({ A: -80, B: -80 + m - 0.1 }), 250, 60_000)).toBeNull();
  });

  it('treats an unheard current room as the capped lead: still two evaluations, dwell / 4 apart', () => {
    const first = decideSwitch('A', null, scoringAt(0, { B: -95 }), 0, config);
    expect(first.moveTo).toBeNull();
    expect(first.challenger).toMatchObject({ roomId: 'B', since: 0, evidenceDbMs: 0 });
    const early = decideSwitch('A', first.challenger, scoringAt(400, { B: -95 }), 400, config);
    expect(early.moveTo).toBeNull();
    const later = decideSwitch('A', early.challenger, scoringAt(500, { B: -95 }), 500, config);
    expect(later.moveTo?.roomId).toBe('B');
    expect(later.leadingSince).toBe(0);
  });

  it('drains the evidence when the lead falls back, and drops the challenger at zero', () => {
    const lead = (t: number) => (t < 1000 ? { A: -80, B: -80 + 2 * m } : { A: -80, B: -85 });
    let challenger: RoomChallenger | null = null;
    for (let t = 0; t <= 1000; t += 250) {
      challenger = decideSwitch('A', challenger, scoringAt(t, lead(t)), t, config).challenger;
    }
    // 750 ms at 2 margins: 6 dB × 750 ms; then 250 ms at -5 dB takes 11 dB × 250 ms of it back.
    expect(challenger?.evidenceDbMs).toBeCloseTo(6 * 750 - 11 * 250, 9);
    for (let t = 1250; t <= 1500; t += 250) {
      challenger = decideSwitch('A', challenger, scoringAt(t, lead(t)), t, config).challenger;
    }
    expect(challenger).toBeNull();
  });

  it('restarts from zero when a third room beats the challenger by the margin', () => {
    const one = decideSwitch('A', null, scoringAt(0, { A: -80, B: -60 }), 0, config);
    const two = decideSwitch('A', one.challenger, scoringAt(500, { A: -80, B: -60 }), 500, config);
    expect(two.challenger).toEqual({
      roomId: 'B',
      floorId: 'F1',
      since: 0,
      evidenceDbMs: 14 * 500,
      updatedAt: 500,
    });
    const three = decideSwitch(
      'A',
      two.challenger,
      scoringAt(750, { A: -80, B: -60, C: -60 + m }),
      750,
      config,
    );
    expect(three.moveTo).toBeNull();
    expect(three.challenger).toEqual({
      roomId: 'C',
      floorId: 'F1',
      since: 750,
      evidenceDbMs: 0,
      updatedAt: 750,
    });
  });

  it('keeps the challenger when a third room is only marginally ahead of it', () => {
    const one = decideSwitch('A', null, scoringAt(0, { A: -80, B: -60 }), 0, config);
    const two = decideSwitch('A', one.challenger, scoringAt(500, { A: -80, B: -60, C: -59 }), 500, config);
    expect(two.challenger?.roomId).toBe('B');
  });

  it('credits at most half the dwell for one interval, so a gap proves nothing', () => {
    const one = decideSwitch('A', null, scoringAt(0, { A: -80, B: -80 + 2 * m }), 0, config);
    const two = decideSwitch(
      'A',
      one.challenger,
      scoringAt(14_000, { A: -80, B: -80 + 2 * m }),
      14_000,
      config,
    );
    expect(two.moveTo).toBeNull();
    expect(two.challenger?.evidenceDbMs).toBe(m * config.switchDwellMs * 0.5);
  });
});
