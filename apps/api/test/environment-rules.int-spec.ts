import type { AlertDto } from '@wardwatch/contracts';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { ChildProcess } from 'node:child_process';

import request from 'supertest';

import { makeFloor, tokenFor } from './factories';
import { startWorkers, stopWorkers } from './pipeline-harness';
import { createTestApp, TestApp, truncateAll } from './test-app';

const MIN = 60_000;

/**
 * The excursion rules run by the real worker's BullMQ job scheduler (every second here) against
 * readings in the real database: what it raises, what it does not, and that it never raises twice.
 */
describe('environment rules as real jobs', () => {
  let t: TestApp;
  let workers: ChildProcess[] = [];
  let roomId: string;
  const units: Record<string, string> = {};

  /** A vaccine fridge unit with its own sensor tag, and its readings (minute, °C). */
  async function fridge(name: string, readings: [number, number][]): Promise<string> {
    const [unit] = await t.db.query(
      `INSERT INTO monitored_unit (name, kind, profile_code, room_id, overrides)
       VALUES ($1, 'fridge', 'vaccine-fridge', $2, '{}') RETURNING id`,
      [name, roomId],
    );
    const mac = `C8:00:00:00:00:${(Object.keys(units).length + 1).toString(16).padStart(2, '0').toUpperCase()}`;
    const [tag] = await t.db.query(
      `INSERT INTO tag (mac, kind) VALUES ($1, 'environment-sensor') RETURNING id`,
      [mac],
    );
    await t.db.query(`INSERT INTO unit_sensor (unit_id, tag_id) VALUES ($1, $2)`, [unit.id, tag.id]);
    const now = Date.now();
    await t.db.query(
      `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c)
       SELECT $1, to_timestamp(at / 1000.0), 'ruuvi-rawv2', temp FROM unnest($2::float8[], $3::real[]) AS r(at, temp)`,
      [tag.id, readings.map(([m]) => now + m * MIN), readings.map(([, c]) => c)],
    );
    // As the pipelines do when they store a reading.
    await t.db.query(
      `UPDATE tag SET last_heard_at = (SELECT max(recorded_at) FROM telemetry WHERE tag_id = $1) WHERE id = $1`,
      [tag.id],
    );
    units[name] = unit.id;
    return unit.id;
  }
  /** One reading a minute over the last `minutes` minutes (minute 0 is now), °C from `temp(minutesAgo)`. */
  const lastMinutes = (minutes: number, temp: (ago: number) => number): [number, number][] =>
    Array.from(
      { length: minutes },
      (_, i) => [-(minutes - 1 - i), temp(minutes - 1 - i)] as [number, number],
    );

  const alertsOf = async (name: string): Promise<Pick<AlertDto, 'kind' | 'severity' | 'state'>[]> =>
    t.db.query(`SELECT kind, severity, state FROM alert WHERE starts_with(condition_key, $1) ORDER BY kind`, [
      `env:${units[name]}:`,
    ]);
  const alertCount = async (): Promise<number> => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM alert`);
    return n;
  };
  /** evaluate-alert-rules jobs the worker finished after `since` (BullMQ keeps the last 10). */
  const evaluationsSince = async (queue: Queue, since: number): Promise<number> => {
    const jobs = await queue.getJobs(['completed'], 0, 50);
    return jobs.filter((j) => j.name === 'evaluate-alert-rules' && (j.finishedOn ?? 0) > since).length;
  };
  async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > end) {
        throw new Error('timed out');
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    roomId = (await makeFloor(t.db)).rooms[1].id;
    const day = 24 * 60;
    // Door opened for 15 minutes, 40 minutes ago: 11 °C, otherwise 5 °C.
    await fridge(
      'door',
      lastMinutes(day, (ago) => (ago >= 40 && ago < 55 ? 11 : 5)),
    );
    // Five 13-minute spells at 9 °C over the day: 65 minutes in 24 hours, none longer than 20.
    const spells = [100, 400, 700, 1000, 1300];
    await fridge(
      'cumulative',
      lastMinutes(day, (ago) => (spells.some((s) => ago >= s && ago < s + 13) ? 9 : 5)),
    );
    // One reading at 0.4 °C, just now.
    await fridge(
      'hard',
      lastMinutes(60, (ago) => (ago === 0 ? 0.4 : 5)),
    );
    // Nothing for the last two hours.
    await fridge(
      'silent',
      lastMinutes(day, () => 5).filter(([m]) => m < -120),
    );
    // Just installed: never heard yet (awaiting its first reading, not "silent").
    await fridge('new', []);
    // Exactly at the limits all day.
    await fridge(
      'boundary',
      lastMinutes(day, (ago) => (ago % 2 === 0 ? 2 : 8)),
    );
    workers = startWorkers(1, { ALERT_RULES_EVERY_S: '1', GATEWAY_OFFLINE_AFTER_S: '86400' });
  });

  afterAll(async () => {
    await stopWorkers(workers);
    await t.close();
  });

  it('raises exactly the alerts the readings call for, and never twice however often it runs', async () => {
    await until(async () => (await alertCount()) >= 3);
    expect(await alertsOf('hard')).toEqual([{ kind: 'hard-limit', severity: 'critical', state: 'open' }]);
    expect(await alertsOf('cumulative')).toEqual([
      { kind: 'cumulative-excursion', severity: 'critical', state: 'open' },
    ]);
    expect(await alertsOf('silent')).toEqual([{ kind: 'sensor-silent', severity: 'warning', state: 'open' }]);
    expect(await alertsOf('door')).toEqual([]);
    const facilities = await tokenFor(t, 'facilities');
    const forHard = await request(t.http)
      .get(`/api/v1/alerts?unitId=${units['hard']}`)
      .set('Authorization', `Bearer ${facilities}`)
      .expect(200);
    expect(forHard.body.items.map((a: AlertDto) => [a.kind, a.unitId])).toEqual([
      ['hard-limit', units['hard']],
    ]);
    expect(await alertsOf('boundary')).toEqual([]);
    expect(await alertsOf('new')).toEqual([]);

    // Several more evaluations (the scheduler's jobs, one a second) change nothing.
    const system = t.app.get<Queue>(getQueueToken('system'));
    const mark = Date.now();
    const [{ runs }] = await t.db.query(`SELECT count(*)::int AS runs FROM alert_event`);
    await until(async () => (await evaluationsSince(system, mark)) >= 3);
    expect(await alertCount()).toBe(3);
    const [{ again }] = await t.db.query(`SELECT count(*)::int AS again FROM alert_event`);
    expect(again).toBe(runs);
    const [{ last }] = await t.db.query(
      `SELECT max(last_triggered_at) AS last FROM alert WHERE starts_with(condition_key, $1)`,
      [`env:${units['hard']}:`],
    );
    expect(last).toBeInstanceOf(Date);
  });

  it('notes when a condition clears, and leaves the alert for a person to resolve', async () => {
    const [tag] = await t.db.query(`SELECT s.tag_id FROM unit_sensor s WHERE s.unit_id = $1`, [
      units['silent'],
    ]);
    await t.db.query(
      `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c) VALUES ($1, now(), 'ruuvi-rawv2', 5)`,
      [tag.tag_id],
    );
    await until(async () => {
      const [row] = await t.db.query(
        `SELECT condition_cleared_at FROM alert WHERE starts_with(condition_key, $1)`,
        [`env:${units['silent']}:`],
      );
      return row?.condition_cleared_at instanceof Date;
    });
    expect(await alertsOf('silent')).toEqual([{ kind: 'sensor-silent', severity: 'warning', state: 'open' }]);
  });
});
