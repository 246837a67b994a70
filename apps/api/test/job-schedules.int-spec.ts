import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { ChildProcess } from 'node:child_process';

import { scheduleEvery } from '../src/modules/system/job-schedules';
import { startWorkers, stopWorkers } from './pipeline-harness';
import { createTestApp, TestApp } from './test-app';

const NAME = 'evaluate-alert-rules';

/**
 * BullMQ job schedulers on the real Redis follow a changed interval (ALERT_RULES_EVERY_S 60 → 5 and a
 * restart), and are left alone when the interval is the same (workers booting together).
 */
describe('job schedulers follow a changed interval', () => {
  let t: TestApp;
  let system: Queue;
  let workers: ChildProcess[] = [];

  async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (ok(value)) {
        return value;
      }
      if (Date.now() > end) {
        throw new Error(`timed out; last seen ${JSON.stringify(value)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    system = t.app.get<Queue>(getQueueToken('system'));
  });

  beforeEach(async () => {
    await system.removeJobScheduler(NAME);
    // Jobs other tests' workers left waiting when they stopped would count as runs below.
    await system.drain(true);
  });

  afterEach(async () => {
    await stopWorkers(workers);
    workers = [];
  });

  afterAll(async () => {
    await system.removeJobScheduler(NAME);
    await t.close();
  });

  it('keeps a scheduler on the wanted interval as it is, and replaces one on another', async () => {
    // As a worker configured for a minute registered it: runs at :30 past each minute, the next over 30 s away.
    const startDate = Math.ceil(Date.now() / 60_000) * 60_000 + 30_000;
    await system.upsertJobScheduler(NAME, { every: 60_000, startDate }, { name: NAME, data: {} });
    const before = await system.getJobScheduler(NAME);
    expect(before).toMatchObject({ every: 60_000, offset: 30_000, next: startDate });

    // A second worker with the same setting: nothing moves.
    expect(await scheduleEvery(system, NAME, 60_000)).toBe('kept');
    expect(await system.getJobScheduler(NAME)).toEqual(before);

    // The setting changed to 5 s: the stored scheduler follows, and its next run is within 5 s.
    const changedAt = Date.now();
    expect(await scheduleEvery(system, NAME, 5_000)).toBe('replaced');
    const after = await system.getJobScheduler(NAME);
    expect(after).toMatchObject({ every: 5_000 });
    expect((after?.next ?? Infinity) - changedAt).toBeLessThanOrEqual(5_000);
    // Nor is the minute cadence's 30 s offset left behind (an upsert over it keeps it), which would put a
    // run catching up after missed ones that far past its slot.
    expect(after?.offset ?? 0).toBeLessThan(5_000);
    // Exactly one run is pending, the new one: the old scheduler's next job went with it.
    const pending = await system.getJobs(['delayed', 'waiting', 'prioritized'], 0, 100);
    const dueIn = pending.filter((j) => j.name === NAME).map((j) => j.timestamp + j.delay - changedAt);
    expect(dueIn).toHaveLength(1);
    expect(dueIn[0]).toBeLessThanOrEqual(5_000);
  });

  it('a worker restarted with a new ALERT_RULES_EVERY_S runs the rules on the new interval', async () => {
    workers = startWorkers(1, { ALERT_RULES_EVERY_S: '60' });
    await until(
      () => system.getJobScheduler(NAME),
      (s) => s?.every === 60_000,
    );
    await stopWorkers(workers);

    const restartedAt = Date.now();
    workers = startWorkers(1, { ALERT_RULES_EVERY_S: '5' });
    const scheduler = await until(
      () => system.getJobScheduler(NAME),
      (s) => s?.every === 5_000,
    );
    expect((scheduler?.next ?? Infinity) - Date.now()).toBeLessThanOrEqual(5_000);
    // And it really runs on it: two evaluations well inside the old minute.
    const finished = await until(
      async () =>
        (await system.getJobs(['completed'], 0, 50)).filter(
          (j) => j.name === NAME && (j.finishedOn ?? 0) > restartedAt,
        ),
      (jobs) => jobs.length >= 2,
      40_000,
    );
    expect(finished.length).toBeGreaterThanOrEqual(2);
  }, 90_000);
});
