#!/usr/bin/env node
// The launcher behind `npm start` and `npm test`. It uses only Node's standard library until
// npm dependencies are installed, then `pg` and `ioredis` to check the services.
import { existsSync } from 'node:fs';
import path from 'node:path';

import { API_DIST, appEnv, build, migrate, seedDemo, SIMULATOR_MAIN, startApi } from './lib/app.mjs';
import { ensureNodeModules } from './lib/dependencies.mjs';
import { bold, green, info, red, step, UserFacingError, warn } from './lib/log.mjs';
import { isPortFree } from './lib/ports.mjs';
import { ensureDatabase, withDatabase } from './lib/postgres.mjs';
import { ProcessGroup, waitForHttp } from './lib/processes.mjs';
import { ROOT } from './lib/state.mjs';
import { runTests } from './lib/test-run.mjs';
import { bringUpServices } from './lib/services.mjs';

const DEMO_LOGINS = [
  ['admin', 'admin@wardwatch.demo'],
  ['biomed', 'biomed@wardwatch.demo'],
  ['facilities', 'facilities@wardwatch.demo'],
  ['supply', 'supply@wardwatch.demo'],
];

function loadDotEnv() {
  const file = path.join(ROOT, '.env');
  if (existsSync(file)) {
    process.loadEnvFile(file);
    info('Loaded .env');
  }
}

async function start() {
  loadDotEnv();
  await ensureNodeModules();
  const services = await bringUpServices();
  const port = Number(process.env.HTTP_PORT ?? 3000);
  const group = new ProcessGroup();
  let shuttingDown = false;
  const shutdown = async (code) => {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    info('Stopping Wardwatch…');
    await group.stopAll();
    await services.stopAll();
    info('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    let databaseUrl = services.databaseUrl;
    if (!services.callerDatabase) {
      await ensureDatabase(services.databaseUrl, 'wardwatch');
      databaseUrl = withDatabase(services.databaseUrl, 'wardwatch');
    }
    const env = appEnv({ databaseUrl, redisUrl: services.redisUrl, secrets: services.secrets, port });
    await build(['api', 'web', 'simulator']);
    info(await migrate(env));
    info(await seedDemo(env));
    if (!(await isPortFree(port))) {
      throw new UserFacingError(
        `port ${port} is taken; stop what uses it or run with HTTP_PORT=<another port> npm start`,
      );
    }
    const crashed = (name) => (code, signal) => {
      warn(`${name} exited (${code ?? signal}); stopping everything`);
      void shutdown(1);
    };
    startApi(group, 'api', env, { quiet: true, onExit: crashed('api') });
    group.start('worker', path.join(API_DIST, 'worker.js'), [], env, {
      quiet: true,
      onExit: crashed('worker'),
    });
    await step('Waiting for the API to be healthy', () =>
      waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000),
    );
    if (process.env.WARDWATCH_SIMULATOR !== 'off') {
      group.start('simulator', SIMULATOR_MAIN, ['--url', `http://127.0.0.1:${port}`], env, {
        onExit: (code) => warn(`simulator exited (${code}); the app keeps running without live traffic`),
      });
    }
    printBanner(port);
  } catch (error) {
    reportError(error);
    await shutdown(1);
  }
}

function printBanner(port) {
  const url = `http://localhost:${port}`;
  console.log('');
  console.log(green(bold(`Wardwatch is running at ${url}`)));
  console.log(`  API docs: ${url}/api/docs    health: ${url}/api/health`);
  console.log('  Demo logins (demo only; password for all: wardwatch-demo):');
  for (const [role, email] of DEMO_LOGINS) {
    console.log(`    ${role.padEnd(11)} ${email}`);
  }
  console.log(
    "  The simulator plays the demo hospital's gateways (WARDWATCH_SIMULATOR=off to run without it).",
  );
  console.log('  Logs: .data/logs/   Stop: Ctrl-C');
  console.log('');
}

function reportError(error) {
  if (error instanceof UserFacingError) {
    console.error(red(error.message));
  } else {
    console.error(red(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  }
}

async function test() {
  await ensureNodeModules();
  const services = await bringUpServices();
  let failed = 1;
  try {
    failed = await runTests(services);
  } catch (error) {
    reportError(error);
    console.log('tests: 0 passed, 1 failed');
  } finally {
    await services.stopAll();
  }
  process.exit(failed === 0 ? 0 : 1);
}

const command = process.argv[2];
if (command === 'start') {
  await start();
} else if (command === 'test') {
  await test();
} else {
  console.error('usage: node scripts/wardwatch.mjs start|test');
  process.exit(64);
}
