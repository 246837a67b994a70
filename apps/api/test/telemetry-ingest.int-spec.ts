import type { ChildProcess } from 'node:child_process';
import request from 'supertest';

import { TelemetryRollupsService } from '../src/modules/environment/telemetry-rollups.service';
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

  /** Runs the roll-up now, until no mark is left (a worker's scheduled run may hold it for a moment). */
  const rollUpNow = async (): Promise<void> => {
    for (let i = 0; i < 100; i++) {
      await t.app.get(TelemetryRollupsService).rollUpPending();
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM telemetry_rollup_delta`);
      if (n === 0) {
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('telemetry_rollup_delta never emptied');
  };

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
    // Rolled up by the roll-up job, however late the readings are.
    await rollUpNow();
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
    await rollUpNow();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM telemetry`);
    expect(n).toBe(2);
    const [{ counted }] = await t.db.query(
      `SELECT sum(temp_n + power_n)::int AS counted FROM telemetry_minute`,
    );
    expect(counted).toBe(2);
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

  it('answers 503 and keeps nothing when the database cannot store a batch; the resend is stored', async () => {
    const body = batch(50, [
      {
        sensor: 'C4:7A:11:00:AA:09',
        at: new Date(Date.now() - 5_000).toISOString(),
        power: { watts: 3, on: false },
      },
    ]);
    const count = async () =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM telemetry x JOIN tag g ON g.id = x.tag_id WHERE g.mac = 'C4:7A:11:00:AA:09'`,
        )
      )[0].n;
    await t.db.query('ALTER TABLE telemetry_batch RENAME TO telemetry_batch_away');
    try {
      const refused = await post(hub.key, body);
      expect(refused.status).toBe(503);
      expect(refused.body.message).toEqual([
        expect.stringMatching(/nothing of this batch was kept; send it again/),
      ]);
    } finally {
      await t.db.query('ALTER TABLE telemetry_batch_away RENAME TO telemetry_batch');
    }
    expect(await count()).toBe(0);
    const stored = await post(hub.key, body).expect(202);
    expect(stored.body.duplicate).toBe(false);
    expect(await count()).toBe(1);
  });

  it('rolls up overlapping batches stored at once exactly as a recomputation of everything does', async () => {
    await t.db.query(
      'TRUNCATE telemetry, telemetry_minute, telemetry_hour, telemetry_batch, telemetry_rollup_delta',
    );
    const start = Date.UTC(2026, 9, 1, 8, 59); // late readings, across an hour boundary
    const sensors = ['C4:7A:11:00:BB:01', 'C4:7A:11:00:BB:02', 'C4:7A:11:00:BB:03'];
    // 12 batches sent at once, each with readings of every sensor every 10 s over three minutes; each
    // batch overlaps the next by half, so half of each batch is already stored or being stored.
    const batches = Array.from({ length: 12 }, (_, b) =>
      batch(
        100 + b,
        Array.from({ length: 18 }, (_, i) => {
          const k = b * 9 + i;
          return {
            sensor: sensors[k % 3],
            at: new Date(start + Math.floor(k / 3) * 10_000).toISOString(),
            temperature: { value: 2 + ((k * 37) % 70) / 10, unit: '°C' },
            ...(k % 4 === 0 ? {} : { humidity: { value: 40 + (k % 7), unit: '%' } }),
            ...(k % 5 === 0 ? { power: { watts: k, on: k % 2 === 0 } } : {}),
          };
        }),
      ),
    );
    const answers = await Promise.all(batches.map((b) => post(hub.key, b)));
    expect(answers.map((a) => a.status)).toEqual(batches.map(() => 202));
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM telemetry x JOIN tag g ON g.id = x.tag_id WHERE g.mac LIKE 'C4:7A:11:00:BB:%'`,
    );
    expect(n).toBe(11 * 9 + 18); // every distinct (sensor, time) once

    const snapshot = async () => ({
      minutes: await t.db.query(
        `SELECT tag_id, bucket, temp_n, temp_min, temp_max, round(temp_sum::numeric, 3) AS temp_sum, hum_n,
                hum_min, hum_max, round(hum_sum::numeric, 3) AS hum_sum, power_n, power_sum, power_max, on_n
         FROM telemetry_minute ORDER BY tag_id, bucket`,
      ),
      hours: await t.db.query(
        `SELECT tag_id, bucket, temp_n, temp_min, temp_max, round(temp_sum::numeric, 3) AS temp_sum, hum_n,
                power_n, on_n FROM telemetry_hour ORDER BY tag_id, bucket`,
      ),
    });
    await rollUpNow();
    const byJob = await snapshot();
    expect(byJob.minutes.length).toBeGreaterThan(6);
    expect(byJob.hours.length).toBe(6); // 3 sensors × 2 hours
    await t.db.query('TRUNCATE telemetry_minute, telemetry_hour');
    await t.app.get(TelemetryRollupsService).rollUp(new Date(start + 60 * 60_000), 90);
    expect(await snapshot()).toEqual(byJob);
  });
});
