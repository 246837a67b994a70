// The system under test, brought up with the launcher's own modules: private PostgreSQL and Redis, a fresh
// `wardwatch_bench` database (migrated, demo seeded), Redis db 3 under the prefix `ww-bench`, and the API
// plus N workers on a free loopback port.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { API_DIST, appEnv, build, migrate, seedDemo, startApi } from '../../scripts/lib/app.mjs';
import { info } from '../../scripts/lib/log.mjs';
import { freePort } from '../../scripts/lib/ports.mjs';
import { ensureDatabase, withClient, withDatabase } from '../../scripts/lib/postgres.mjs';
import { ProcessGroup, waitForHttp } from '../../scripts/lib/processes.mjs';
import { withRedisDb } from '../../scripts/lib/redis.mjs';
import { bringUpServices } from '../../scripts/lib/services.mjs';
import { dataPath } from '../../scripts/lib/state.mjs';
import { pidFromFile, pidsByName, processTree } from './process-sampler.mjs';

export const BENCH_DATABASE = 'wardwatch_bench';
export const BENCH_REDIS_DB = 3;
export const BENCH_REDIS_PREFIX = 'ww-bench';

/**
 * Brings the stack up step by step; every step that starts something registers its undo with `onCleanup`
 * first, so a failure or Ctrl-C at any point tears down what exists.
 */
export async function startStack(options, onCleanup, { onCrash, beforeApps } = {}) {
  const services = await bringUpServices();
  onCleanup('services', () => services.stopAll());
  await ensureDatabase(services.databaseUrl, BENCH_DATABASE, { fresh: true });
  const port = await freePort();
  const redisUrl = withRedisDb(services.redisUrl, BENCH_REDIS_DB);
  const env = appEnv({
    databaseUrl: withDatabase(services.databaseUrl, BENCH_DATABASE),
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
  await beforeApps?.(redisUrl);

  const group = new ProcessGroup();
  onCleanup('api and workers', () => group.stopAll());
  const crashed = (name) => (code, signal) => onCrash?.(`${name} exited (${code ?? signal})`);
  const api = startApi(group, 'bench-api', env, {
    quiet: true,
    onExit: crashed('api'),
  });
  const workers = [];
  for (let i = 1; i <= options.workers; i++) {
    workers.push(
      group.start(`bench-worker-${i}`, path.join(API_DIST, 'worker.js'), [], env, {
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
    adminUrl: services.databaseUrl,
    secrets: services.secrets,
    pids: { api: api.pid, workers: workers.map((w) => w.pid) },
  };
}

/** PostgreSQL (postmaster and backends) and Redis as the sampler tracks them. */
export function servicePidSources() {
  const postmaster = pidFromFile(dataPath('postgres', 'postmaster.pid'));
  const redis = pidFromFile(dataPath('redis', 'redis.pid')) ?? pidsByName('redis-server')[0] ?? null;
  return {
    postgres: postmaster ? processTree(postmaster) : () => ({ pids: pidsByName('postgres'), reaped: [] }),
    redis,
  };
}

export async function machineInfo(adminUrl, redisVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const osRelease = readFileSync('/etc/os-release', 'utf8');
  const postgres = await withClient(adminUrl, (c) => c.query('show server_version'))
    .then((r) => r.rows[0].server_version)
    .catch(() => 'unknown');
  return {
    cores: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: /PRETTY_NAME="?([^"\n]+)/.exec(osRelease)?.[1] ?? os.type(),
    kernel: os.release(),
    node: process.version,
    postgres,
    redis: redisVersion,
  };
}

/** The commit under test and the files changed on top of it (other people may be editing the tree). */
export function codeVersion(root) {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trimEnd();
    } catch {
      return '';
    }
  };
  const changed = git('status', '--porcelain', '--', 'apps', 'libs', 'migrations', 'scripts')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  // A fingerprint of those changes, so two runs can tell whether they ran the same code.
  const hash = createHash('sha256').update(
    git('diff', 'HEAD', '--', 'apps', 'libs', 'migrations', 'scripts'),
  );
  for (const file of changed) {
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      // deleted
    }
  }
  return {
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    uncommittedFiles: changed,
    uncommittedFingerprint: changed.length ? hash.digest('hex').slice(0, 12) : null,
  };
}
