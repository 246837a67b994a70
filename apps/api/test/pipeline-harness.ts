import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';

import { REDIS } from '../src/infra/redis/redis.module';
import { hashGatewayKey, newGatewayKey } from '../src/modules/gateways/gateway-key';
import type { TestApp } from './test-app';

const WORKER = path.resolve(__dirname, '../../../dist/apps/api/worker.js');

export interface TestGateway {
  id: string;
  mac: string;
  key: string;
  roomId: string;
}

/** Registers gateways directly (with keys the test knows) at the given points of the test floor. */
export async function makeGateways(
  db: DataSource,
  floorId: string,
  specs: { mac: string; roomId: string; x: number; y: number }[],
): Promise<TestGateway[]> {
  const out: TestGateway[] = [];
  for (const s of specs) {
    const key = newGatewayKey();
    const [row] = await db.query(
      `INSERT INTO gateway (mac, name, floor_id, room_id, x, y, key_hash) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [s.mac, `GW ${s.mac}`, floorId, s.roomId, s.x, s.y, hashGatewayKey(key)],
    );
    out.push({ id: row.id, mac: s.mac, key, roomId: s.roomId });
  }
  return out;
}

/** Real worker processes from the build (`npm test` builds before running these). */
export function startWorkers(count: number, env: Record<string, string> = {}): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, [WORKER], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
}

export async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.exitCode !== null) {
            resolve();
            return;
          }
          w.once('exit', () => resolve());
          w.kill('SIGTERM');
        }),
    ),
  );
}

/** Waits until `count` workers are connected to the ingest queue and taking jobs. */
export async function waitForWorkers(t: TestApp, count: number, timeoutMs = 20_000): Promise<void> {
  const queue = t.app.get<Queue>(getQueueToken('ingest'));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await queue.getWorkersCount()) >= count) {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${count} ingest worker(s) did not connect in time`);
}

/** Waits until the ingest queue has nothing waiting, delayed or running. */
export async function drainIngest(t: TestApp, timeoutMs = 30_000): Promise<void> {
  const queue = t.app.get<Queue>(getQueueToken('ingest'));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
    if (c['failed'] > 0) {
      const [failed] = await queue.getFailed(0, 0);
      throw new Error(`an ingest job failed: ${failed?.failedReason}`);
    }
    if (c['waiting'] + c['active'] + c['delayed'] + c['prioritized'] === 0) {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the ingest queue did not drain in time');
}

/** Forgets all location state: rows, per-tag engine state in Redis, queued jobs and dedup keys. */
export async function resetLocation(t: TestApp): Promise<void> {
  await t.db.query('TRUNCATE tag_position, tag_movement, telemetry, raw_sighting');
  await t.db.query('DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM asset WHERE tag_id IS NOT NULL)');
  await resetRedis(t);
}

/**
 * Forgets everything under the app's Redis prefix: queued and finished jobs, job schedulers (another
 * spec's intervals), engine state and dedup keys.
 */
export async function resetRedis(t: TestApp): Promise<void> {
  const redis = t.app.get<Redis>(REDIS);
  const keys = await redis.keys(`${t.config.redis.prefix}:*`);
  if (keys.length > 0) {
    await redis.del(...keys);
  }
}

/**
 * Waits until a worker has finished `name` on the system queue (after resetRedis, its run at boot: a
 * scheduled job's first run comes at once), so that it does not act behind the test's back later.
 */
export async function untilSystemJobDone(t: TestApp, name: string, timeoutMs = 30_000): Promise<void> {
  const queue = t.app.get<Queue>(getQueueToken('system'));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const done = await queue.getJobs(['completed', 'failed'], 0, 100);
    if (done.some((job) => job?.name === name)) {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no worker finished ${name} in time`);
}
