// Wardwatch's own steps: build, migrate, seed, and the environment its processes run with.
import { existsSync } from 'node:fs';
import path from 'node:path';

import { step } from './log.mjs';
import { run } from './run.mjs';
import { ROOT } from './state.mjs';

export const API_DIST = path.join(ROOT, 'dist/apps/api');
export const WEB_DIST = path.join(ROOT, 'dist/apps/web/browser');
export const SIMULATOR_MAIN = path.join(ROOT, 'dist/apps/simulator/main.js');

/**
 * V8 flags the API runs with (docker/Dockerfile too). A telemetry batch's readings live for the few hundred
 * milliseconds until their transaction commits; in V8's default 16 MB young generation most of them outlive
 * it and are copied out, and garbage collection took about a fifth of the API's CPU under load. A 64 MB
 * young generation lets most die young: the API's CPU per stored reading fell about a tenth
 * (bench/telemetry, docs/benchmarks.md).
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];

/** Starts the API (dist/apps/api/main.js) in `group` with its V8 flags. */
export function startApi(group, name, env, options = {}) {
  return group.start(name, path.join(API_DIST, 'main.js'), [], env, { ...options, nodeArgs: API_NODE_FLAGS });
}

export const NX_ENV = {
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  NX_INTERACTIVE: 'false',
  NG_CLI_ANALYTICS: 'false',
};

/** Builds the given projects; Nx's cache makes an unchanged build take seconds. */
export async function build(projects) {
  await step(`Building ${projects.join(', ')}`, () =>
    run(
      'npx',
      [
        'nx',
        'run-many',
        '-t',
        'build',
        '-p',
        ...projects,
        '--configuration=production',
        '--outputStyle=static',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...NX_ENV },
      },
    ),
  );
  if (!existsSync(path.join(API_DIST, 'cli.js'))) {
    throw new Error('the API build produced no cli.js');
  }
}

/** Environment for api, worker and CLI. */
export function appEnv({
  databaseUrl,
  redisUrl,
  secrets,
  port,
  redisPrefix = 'ww',
  nodeEnv = 'production',
  extra = {},
}) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: nodeEnv,
    HTTP_PORT: String(port),
    WEB_DIST_DIR: WEB_DIST,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    AUTH_JWT_SECRET: process.env.AUTH_JWT_SECRET ?? secrets.jwtSecret,
    DEMO_GATEWAY_KEY_SECRET: process.env.DEMO_GATEWAY_KEY_SECRET ?? secrets.demoGatewayKeySecret,
    ...extra,
  };
}

export async function migrate(env) {
  const { output } = await step('Migrating the database', () =>
    run(process.execPath, [path.join(API_DIST, 'cli.js'), 'migrate'], { env }),
  );
  return output.trim();
}

export async function seedDemo(env) {
  const { output } = await step('Seeding the demo hospital (when empty)', () =>
    run(process.execPath, [path.join(API_DIST, 'cli.js'), 'seed-demo'], { env }),
  );
  return output.trim();
}
