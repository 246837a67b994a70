// A private Redis under .data/redis (append-only persistence on), or the one REDIS_URL names.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

import { info, step } from './log.mjs';
import { freePort, waitForPort } from './ports.mjs';
import { onPath, run } from './run.mjs';
import { dataPath, ports } from './state.mjs';
import { ensureAptPackages } from './system-packages.mjs';

async function ping(url) {
  const { default: Redis } = await import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export const canReachRedis = ping;

export async function startPrivateRedis(password) {
  if (!(await onPath('redis-server'))) {
    await ensureAptPackages(['redis-server'], 'Redis');
  }
  const dir = dataPath('redis');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pidFile = `${dir}/redis.pid`;
  const recorded = ports.get('redis');
  const url = (port) => `redis://:${encodeURIComponent(password)}@127.0.0.1:${port}/0`;
  if (recorded && existsSync(pidFile) && (await ping(url(recorded)))) {
    info(`Redis already running on 127.0.0.1:${recorded} (reused, left running)`);
    return { url: url(recorded), startedByUs: false, stop: async () => undefined };
  }
  const port = await freePort(recorded ?? 63790);
  ports.set('redis', port);
  await step(`Starting Redis on 127.0.0.1:${port}`, async () => {
    await run('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      // fsync before answering: an ingest 2xx means the batch is on disk (Redis groups the fsyncs per loop).
      '--appendfsync',
      'always',
      '--requirepass',
      password,
      '--daemonize',
      'yes',
      '--pidfile',
      pidFile,
      '--logfile',
      `${dir}/redis.log`,
    ]);
    await waitForPort(port, 10_000);
  });
  return {
    url: url(port),
    startedByUs: true,
    stop: async () => {
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').trim());
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
}

/** The URL of Redis logical database `db` on the same server as `url`. */
export function withRedisDb(url, db) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
