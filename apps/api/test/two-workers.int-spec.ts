import request from 'supertest';

import { makeFloor } from './factories';
import {
  drainIngest,
  makeGateways,
  resetLocation,
  startWorkers,
  stopWorkers,
  TestGateway,
  waitForWorkers,
} from './pipeline-harness';
import { createTestApp, TestApp, truncateAll } from './test-app';

const TAGS = Array.from(
  { length: 24 },
  (_, i) => `C4:7A:11:00:10:${i.toString(16).padStart(2, '0').toUpperCase()}`,
);
const STEPS = 25;
const MOVE_AT = 10;

describe('two worker processes give the same positions as one', () => {
  let t: TestApp;
  let gw: TestGateway[];
  let rooms: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    const fixture = await makeFloor(t.db);
    rooms = ['101', '102', '103', '104'].map((n) => fixture.rooms.find((r) => r.number === n)!.id);
    gw = await makeGateways(t.db, fixture.floor.id, [
      { mac: 'F2:A0:0C:00:02:01', roomId: rooms[0], x: 10, y: 4 },
      { mac: 'F2:A0:0C:00:02:02', roomId: rooms[1], x: 30, y: 4 },
      { mac: 'F2:A0:0C:00:02:03', roomId: rooms[2], x: 10, y: 16 },
      { mac: 'F2:A0:0C:00:02:04', roomId: rooms[3], x: 30, y: 16 },
    ]);
  });

  afterAll(() => t.close());

  /** Tag i starts in room i % 4; odd tags move to the next room at MOVE_AT. */
  const truth = (tag: number, step: number): number =>
    ((tag % 4) + (tag % 2 === 1 && step >= MOVE_AT ? 1 : 0)) % 4;
  /** Deterministic ±2 dB wobble. */
  const noise = (tag: number, g: number, step: number): number => ((tag * 7 + g * 13 + step * 5) % 5) - 2;

  async function play(
    workerCount: number,
  ): Promise<{ positions: Record<string, string>; movesAfter: { mac: string; to: string }[] }> {
    await resetLocation(t);
    const workers = startWorkers(workerCount);
    const base = Date.now() - 120_000;
    try {
      // Live traffic, as in production: the workers take batches as they arrive. (Posting before they are
      // up would hand them a backlog, which two workers may apply out of time order across gateways.)
      await waitForWorkers(t, workerCount);
      for (let step = 0; step < STEPS; step++) {
        const at = base + step * 1000;
        for (let g = 0; g < gw.length; g++) {
          const sightings = TAGS.map((tag, i) => ({
            tag,
            rssi: (truth(i, step) === g ? -55 : -86) + noise(i, g, step),
            seenAt: at,
          }));
          await request(t.http)
            .post('/api/v1/ingest/sightings')
            .set('Authorization', `Bearer ${gw[g].key}`)
            .send({ gateway: gw[g].mac, sentAt: at, sequence: step, sightings })
            .expect(202);
        }
      }
      await drainIngest(t, 60_000);
    } finally {
      await stopWorkers(workers);
    }
    const rows: { mac: string; room_id: string }[] = await t.db.query(
      'SELECT t.mac, p.room_id FROM tag_position p JOIN tag t ON t.id = p.tag_id ORDER BY t.mac',
    );
    // Room changes from the scripted move time on. Besides the scripted moves these may hold late
    // corrections of a first placement made from a single far gateway (workers may handle a backlog out of
    // order), but never a move into a room the tag is not in.
    const moves: { mac: string; to_room_id: string }[] = await t.db.query(
      `SELECT t.mac, m.to_room_id FROM tag_movement m JOIN tag t ON t.id = m.tag_id
       WHERE m.at >= $1 AND m.from_room_id IS NOT NULL ORDER BY t.mac, m.at`,
      [new Date(base + MOVE_AT * 1000)],
    );
    return {
      positions: Object.fromEntries(rows.map((r) => [r.mac, r.room_id])),
      movesAfter: moves.map((m) => ({ mac: m.mac, to: m.to_room_id })),
    };
  }

  it('puts every tag in its true final room, with one worker and with two', async () => {
    const expected = Object.fromEntries(TAGS.map((tag, i) => [tag, rooms[truth(i, STEPS - 1)]]));
    const movers = TAGS.filter((_, i) => i % 2 === 1);
    for (const workers of [1, 2]) {
      const run = await play(workers);
      expect({ workers, positions: run.positions }).toEqual({ workers, positions: expected });
      // Every scripted move is recorded, into the right room…
      const moved = new Set(run.movesAfter.filter((m) => m.to === expected[m.mac]).map((m) => m.mac));
      expect({ workers, missing: movers.filter((m) => !moved.has(m)) }).toEqual({ workers, missing: [] });
      // …and no change after the move time sends a tag anywhere but where it truly is.
      expect({ workers, wrong: run.movesAfter.filter((m) => m.to !== expected[m.mac]) }).toEqual({
        workers,
        wrong: [],
      });
    }
  });
});
