// The system under test, brought up with the launcher's own modules: private PostgreSQL and Redis (reused
// when running), the database `wardwatch_bench_telemetry` (made fresh, migrated, demo seeded), Redis db 4
// under the prefix `ww-bench-telemetry`, and the API plus N workers on a free loopback port. Machine facts,
// the code version and the service pids come from bench/ingest/stack.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { API_DIST, appEnv, build, migrate, seedDemo, startApi } from '../../scripts/lib/app.mjs';
import { info } from '../../scripts/lib/log.mjs';
import { freePort } from '../../scripts/lib/ports.mjs';
import { ensureDatabase, withDatabase } from '../../scripts/lib/postgres.mjs';
import { ProcessGroup, waitForHttp } from '../../scripts/lib/processes.mjs';
import { withRedisDb } from '../../scripts/lib/redis.mjs';
import { bringUpServices } from '../../scripts/lib/services.mjs';

import { pidFromFile } from '../ingest/process-sampler.mjs';
import { dataPath } from '../../scripts/lib/state.mjs';

export { codeVersion, machineInfo, servicePidSources } from '../ingest/stack.mjs';

export const BENCH_DATABASE = 'wardwatch_bench_telemetry';
export const BENCH_REDIS_DB = 4;
export const BENCH_REDIS_PREFIX = 'ww-bench-telemetry';

/**
 * Brings the stack up step by step; every step that starts something registers its undo with `onCleanup`
 * first, so a failure or Ctrl-C at any point tears down what exists. The workers can be stopped early
 * (`stopWorkers`): the report is served by the API alone, and a stopped worker runs no scheduled jobs
 * (alert rules, roll-ups, yesterday's compliance days, retention) over the year of generated data.
 */
export async function startStack(options, onCleanup, { onCrash, beforeApps } = {}) {
  const services = await bringUpServices();
  onCleanup('services', () => services.stopAll());
  await ensureDatabase(services.databaseUrl, BENCH_DATABASE, { fresh: true });
  const port = await freePort();
  const redisUrl = withRedisDb(services.redisUrl, BENCH_REDIS_DB);
  const databaseUrl = withDatabase(services.databaseUrl, BENCH_DATABASE);
  const env = appEnv({
    databaseUrl,
    redisUrl,
    redisPrefix: BENCH_REDIS_PREFIX,
    secrets: services.secrets,
    port,
    extra: { LOG_LEVEL: 'warn', WEB_DIST_DIR: '', AUTH_LOGIN_ATTEMPTS_PER_MIN: '1000', ...options.appEnv },
  });
  if (options.skipBuild) {
    info('Using the existing API build (--skip-build)');
  } else {
    await build(['api']);
  }
  info(await migrate(env));
  info(await seedDemo(env));
  await beforeApps?.({ redisUrl, databaseUrl });

  let apiGroup = new ProcessGroup();
  const workerGroup = new ProcessGroup();
  onCleanup('api', () => apiGroup.stopAll());
  onCleanup('workers', () => workerGroup.stopAll());
  const crashed = (name) => (code, signal) => onCrash?.(`${name} exited (${code ?? signal})`);
  const launchApi = () =>
    startApi(apiGroup, 'bench-tel-api', env, {
      quiet: true,
      onExit: crashed('api'),
    });
  let api = launchApi();
  const workers = [];
  for (let i = 1; i <= options.workers; i++) {
    workers.push(
      workerGroup.start(`bench-tel-worker-${i}`, path.join(API_DIST, 'worker.js'), [], env, {
        quiet: true,
        onExit: crashed(`worker ${i}`),
      }),
    );
  }
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, 90_000);
  info(`API healthy at ${url} with ${options.workers} worker(s)`);
  return {
    url,
    redisUrl,
    databaseUrl,
    adminUrl: services.databaseUrl,
    secrets: services.secrets,
    pids: { api: api.pid, workers: workers.map((w) => w.pid) },
    stopWorkers: () => workerGroup.stopAll(),
    /** Stops the API (abandoning whatever it was computing) and starts a fresh one; returns its pid. */
    restartApi: async () => {
      await apiGroup.stopAll(5000);
      apiGroup = new ProcessGroup();
      api = launchApi();
      await waitForHttp(`${url}/api/health`, 90_000);
      return api.pid;
    },
  };
}

const cmdline = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
};
const parentOf = (pid) => {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
};

/**
 * For the sampler: the PostgreSQL processes that work for this bench. The server is shared (other
 * people's tests use other databases on it), so only these count: with `part` 'backends', the client
 * backends of the bench database; with 'background', the postmaster and its background processes (WAL
 * writer, checkpointer, background writer, parallel workers, …) and the bench database's autovacuum workers.
 */
export function benchPostgres(part) {
  const postmaster = pidFromFile(dataPath('postgres', 'postmaster.pid'));
  return () => {
    if (!postmaster) {
      return { pids: [], reaped: [] };
    }
    const pids = part === 'background' ? [postmaster] : [];
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name) || parentOf(Number(name)) !== postmaster) {
        continue;
      }
      const title = cmdline(Number(name));
      const backend = /\(\d+\)/.test(title);
      const autovacuum = title.includes('autovacuum worker');
      const ours = title.includes(BENCH_DATABASE);
      if (part === 'backends' ? backend && ours : !backend && (!autovacuum || ours)) {
        pids.push(Number(name));
      }
    }
    return { pids, reaped: [] };
  };
}
