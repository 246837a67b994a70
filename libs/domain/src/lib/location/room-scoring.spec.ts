import { DEFAULT_LOCATION_CONFIG } from './location-config';
import type { GatewayPlacement, GatewayReading } from './location-types';
import { bestOtherScore, CORROBORATION_BONUS_DB, roomScoreOf, scoreRooms } from './room-scoring';

const config = DEFAULT_LOCATION_CONFIG;
const placements = new Map<string, GatewayPlacement>(
  [
    ['a1', 'A'],
    ['a2', 'A'],
    ['a3', 'A'],
    ['a4', 'A'],
    ['b1', 'B'],
    ['c1', 'C'],
  ].map(([gatewayId, roomId]) => [gatewayId, { gatewayId, roomId, floorId: 'F1', x: 0, y: 0 }]),
);
const r = (rssi: number, lastAt = 10_000): GatewayReading => ({ rssi, lastAt, count: 1 });

describe('scoreRooms', () => {
  it('lets the strongest gateway win', () => {
    const scoring = scoreRooms({ a1: r(-72), b1: r(-65) }, placements, 10_000, config);
    expect(scoring.rooms.map((room) => [room.roomId, room.score])).toEqual([
      ['B', -65],
      ['A', -72],
    ]);
    expect(scoring.heard).toBe(2);
  });

  it('adds a bonus per further gateway of the room among the strongest, capped by maxGatewaysPerScore', () => {
    const two = scoreRooms({ a1: r(-70), a2: r(-71), b1: r(-69.5) }, placements, 10_000, config);
    expect(roomScoreOf(two, 'A')).toBe(-70 + CORROBORATION_BONUS_DB);
    expect(two.rooms[0].roomId).toBe('A');

    const four = scoreRooms({ a1: r(-70), a2: r(-71), a3: r(-72), a4: r(-73) }, placements, 10_000, config);
    expect(roomScoreOf(four, 'A')).toBe(-70 + (config.maxGatewaysPerScore - 1) * CORROBORATION_BONUS_DB);
    expect(four.top.map((g) => g.gatewayId)).toEqual(['a1', 'a2', 'a3']);
    expect(four.heard).toBe(4);
  });

  it('gives no bonus for a gateway outside the strongest ones', () => {
    const scoring = scoreRooms(
      { a1: r(-60), b1: r(-61), c1: r(-62), a2: r(-90) },
      placements,
      10_000,
      config,
    );
    expect(roomScoreOf(scoring, 'A')).toBe(-60);
  });

  it('ignores readings older than the TTL and gateways without a placement', () => {
    const scoring = scoreRooms(
      { a1: r(-50, 10_000 - config.readingTtlMs - 1), b1: r(-80), x9: r(-40) },
      placements,
      10_000,
      config,
    );
    expect(scoring.rooms.map((room) => room.roomId)).toEqual(['B']);
    expect(roomScoreOf(scoring, 'A')).toBe(-Infinity);
    expect(bestOtherScore(scoring, 'B')).toBe(-Infinity);
    expect(scoring.heard).toBe(1);
  });

  it('orders equal scores by room id, whatever the order of the readings', () => {
    const one = scoreRooms({ c1: r(-70), b1: r(-70) }, placements, 10_000, config);
    const two = scoreRooms({ b1: r(-70), c1: r(-70) }, placements, 10_000, config);
    expect(one.rooms.map((room) => room.roomId)).toEqual(['B', 'C']);
    expect(two).toEqual(one);
  });
});
