import type { ChildProcess } from 'node:child_process';
import request from 'supertest';

import { makeFloor } from './factories';
import {
  drainIngest,
  makeGateways,
  resetLocation,
  startWorkers,
  stopWorkers,
  waitForWorkers,
  type TestGateway,
} from './pipeline-harness';
import { createTestApp, TestApp, truncateAll } from './test-app';

describe('POST /api/v1/ingest/telemetry (real API, worker, PostgreSQL, Redis)', () => {
  let t: TestApp;
  let workers: ChildProcess[] = [];
  let hub: TestGateway;
  let other: TestGateway;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    await resetLocation(t);
    const { floor, rooms } = await makeFloor(t.db);
    [hub, other] = await makeGateways(t.db, floor.id, [
      { mac: 'F2:B0:00:00:00:01', roomId: rooms[1].id, x: 30, y: 4 },
      { mac: 'F2:B0:00:00:00:02', roomId: rooms[1].id, x: 31, y: 4 },
    ]);
    workers = startWorkers(1);
    await waitForWorkers(t, 1);
  });

  afterAll(async () => {
    await stopWorkers(workers);
    await t.close();
  });

  const post = (key: string, body: object) =>
    request(t.http).post('/api/v1/ingest/telemetry').set('Authorization', `Bearer ${key}`).send(body);
  const batch = (sequence: number, readings: object[]) => ({
    source: hub.mac,
    sentAt: new Date().toISOString(),
    sequence,
    readings,
  });

  it('stores °F as °C with humidity and power, once, however often the batch is sent', async () => {
    const at = new Date(Date.now() - 60_000).toISOString();
    const body = batch(1, [
      {
        sensor: 'C4:7A:11:00:AA:01',
        at,
        temperature: { value: 39.2, unit: '°F' },
        humidity: { value: 41, unit: '%' },
      },
      { sensor: 'C4:7A:11:00:AA:02', at, power: { watts: 118.5, on: true } },
    ]);
    const first = await post(hub.key, body).expect(202);
    expect(first.body).toEqual({ accepted: 2, rejected: [], duplicate: false });
    const again = await post(hub.key, body).expect(202);
    expect(again.body.duplicate).toBe(true);
    await drainIngest(t);

    const rows = await t.db.query(
      `SELECT t.mac, x.temperature_c, x.humidity_pct, x.power_w, x.power_on, x.format
       FROM telemetry x JOIN tag t ON t.id = x.tag_id ORDER BY t.mac`,
    );
    expect(rows).toEqual([
      {
        mac: 'C4:7A:11:00:AA:01',
        temperature_c: 4,
        humidity_pct: 41,
        power_w: null,
        power_on: null,
        format: 'wardwatch-telemetry',
      },
      {
        mac: 'C4:7A:11:00:AA:02',
        temperature_c: null,
        humidity_pct: null,
        power_w: 118.5,
        power_on: true,
        format: 'wardwatch-telemetry',
      },
    ]);
    // Rolled up as it is stored, however late it is.
    const minutes = await t.db.query(
      `SELECT t.mac, m.temp_n, m.temp_min, m.power_n FROM telemetry_minute m JOIN tag t ON t.id = m.tag_id ORDER BY t.mac`,
    );
    expect(minutes).toEqual([
      { mac: 'C4:7A:11:00:AA:01', temp_n: 1, temp_min: 4, power_n: 0 },
      { mac: 'C4:7A:11:00:AA:02', temp_n: 0, temp_min: null, power_n: 1 },
    ]);
    const [tag] = await t.db.query(`SELECT kind, last_heard_at FROM tag WHERE mac = 'C4:7A:11:00:AA:01'`);
    expect(tag).toEqual({ kind: 'environment-sensor', last_heard_at: new Date(at) });

    // A new sequence with the same readings (a gateway that lost its counter) still stores nothing twice.
    await post(hub.key, { ...body, sequence: 2 }).expect(202);
    await drainIngest(t);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM telemetry`);
    expect(n).toBe(2);
  });

  it('keeps the good readings, lists the bad ones with reasons, and refuses what cannot be stored', async () => {
    const res = await post(
      hub.key,
      batch(3, [
        { sensor: 'C4:7A:11:00:AA:03', temperature: { value: 5, unit: 'C' } },
        { sensor: 'C4:7A:11:00:AA:03', temperature: { value: 5 } },
      ]),
    ).expect(202);
    expect(res.body).toEqual({
      accepted: 1,
      rejected: [{ index: 1, reason: 'temperature.unit is required (the unit is never guessed)' }],
      duplicate: false,
    });
    const none = await post(hub.key, batch(4, [{ sensor: 'C4:7A:11:00:AA:03' }]));
    expect(none.status).toBe(400);
    expect(none.body.message).toEqual(['readings[0]: needs at least one of temperature, humidity or power']);
    const bad = await post(hub.key, { readings: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('sequence must be a non-negative integer');
    const stolen = await post(
      other.key,
      batch(5, [{ sensor: 'C4:7A:11:00:AA:03', temperature: { value: 5, unit: 'C' } }]),
    );
    expect(stolen.status).toBe(403);
    await post('wwg_not-a-key', batch(6, [])).expect(401);
    await drainIngest(t);
  });
});
