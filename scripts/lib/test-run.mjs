// `npm test`: unit, then integration against real PostgreSQL and Redis, then browser tests in
// Debian's Chromium against the real app. Its own databases, never the demo's.
import { existsSync } from 'node:fs';
import path from 'node:path';

import { API_DIST, appEnv, build, migrate, NX_ENV, seedDemo, startApi } from './app.mjs';
import { step } from './log.mjs';
import { run } from './run.mjs';
import { ROOT } from './state.mjs';
import { startPrivateMosquitto } from './mosquitto.mjs';
import { freePort } from './ports.mjs';
import { databaseName, ensureDatabase, withDatabase } from './postgres.mjs';
import { ProcessGroup, waitForHttp } from './processes.mjs';
import { withRedisDb } from './redis.mjs';
import { ensureAptPackages } from './system-packages.mjs';
import { ARTIFACTS, printSummary, runJest } from './test-suites.mjs';

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

async function chromiumPath() {
  const found = () => CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found()) {
    await ensureAptPackages(['chromium'], 'Chromium (for the browser tests)');
  }
  return found();
}

function testDatabaseNames(services) {
  const base = services.callerDatabase ? databaseName(services.databaseUrl) : 'wardwatch';
  return { integration: `${base}_test`, browser: `${base}_e2e` };
}

export async function runTests(services) {
  const names = testDatabaseNames(services);
  const base = { ...process.env, ...NX_ENV, NODE_ENV: 'test', TEST_ARTIFACTS_DIR: ARTIFACTS };
  const results = [];

  await build(['api', 'web']);
  results.push(await lint());
  results.push(await runJest('unit', ['-c', 'jest.config.ts'], base));

  await ensureDatabase(services.databaseUrl, names.integration, { fresh: true });
  const mosquitto = await startPrivateMosquitto();
  const integrationEnv = {
    ...base,
    ...appEnv({
      databaseUrl: withDatabase(services.databaseUrl, names.integration),
      redisUrl: withRedisDb(services.redisUrl, 1),
      redisPrefix: 'ww-int',
      secrets: services.secrets,
      port: 3000, // unused: supertest listens on an ephemeral port
      nodeEnv: 'test',
      extra: {
        WEB_DIST_DIR: '',
        LOG_LEVEL: 'warn',
        AUTH_LOGIN_ATTEMPTS_PER_MIN: '1000',
        WORKER_HEARTBEAT_S: '1',
      },
    }),
  };
  try {
    const env = { ...integrationEnv, MQTT_TEST_URL: mosquitto.url };
    results.push(await runJest('integration', ['-c', 'apps/api/jest.int.config.cts', '--runInBand'], env));
  } finally {
    await mosquitto.stop();
  }

  results.push(await runBrowserSuite(services, names.browser, base));
  return printSummary(results).failed;
}

/** Prettier and ESLint (with module boundaries) over every project: a gate, one failure when it fails. */
async function lint() {
  const options = { cwd: ROOT, env: { ...process.env, ...NX_ENV }, stream: true, allowFailure: true };
  const format = await run('npx', ['prettier', '--check', '--log-level=warn', '.'], options);
  const eslint = await run('npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static'], options);
  const clean = format.code === 0 && eslint.code === 0;
  return {
    name: 'lint',
    passed: 0,
    failed: clean ? 0 : 1,
    crashed: false,
    note: clean ? 'clean' : 'see errors above',
  };
}

async function runBrowserSuite(services, database, base) {
  const chromium = await chromiumPath();
  await ensureDatabase(services.databaseUrl, database, { fresh: true });
  const port = await freePort();
  const env = appEnv({
    databaseUrl: withDatabase(services.databaseUrl, database),
    redisUrl: withRedisDb(services.redisUrl, 2),
    redisPrefix: 'ww-e2e',
    secrets: services.secrets,
    port,
    // Alert rules every 5 s so browser tests see an excursion without waiting a minute.
    extra: { LOG_LEVEL: 'warn', AUTH_LOGIN_ATTEMPTS_PER_MIN: '1000', ALERT_RULES_EVERY_S: '5' },
  });
  await migrate(env);
  await seedDemo(env);
  const group = new ProcessGroup();
  try {
    startApi(group, 'api', env);
    group.start('worker', path.join(API_DIST, 'worker.js'), [], env);
    const url = `http://127.0.0.1:${port}`;
    await step(`Starting the app for browser tests at ${url}`, () =>
      waitForHttp(`${url}/api/health`, 60_000),
    );
    return await runJest('browser', ['-c', 'apps/web-e2e/jest.browser.config.cts', '--runInBand'], {
      ...base,
      WARDWATCH_URL: url,
      CHROMIUM_PATH: chromium,
    });
  } finally {
    await group.stopAll();
  }
}
