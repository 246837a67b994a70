// A private PostgreSQL under .data/ started from the system's binaries, or the one DATABASE_URL names.
import { createHash } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { info, step } from './log.mjs';
import { freePort } from './ports.mjs';
import { run } from './run.mjs';
import { dataPath, ports, ROOT } from './state.mjs';
import { ensureAptPackages, isRoot } from './system-packages.mjs';

const SUPERUSER = 'postgres';

function findBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) {
    return null;
  }
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], 'bin') : null;
}

/** Runs a PostgreSQL binary as the `postgres` system user when we are root (initdb refuses root). */
function asPostgres(binDir, tool, args, options = {}) {
  const binary = path.join(binDir, tool);
  return isRoot()
    ? run('runuser', ['-u', 'postgres', '--', binary, ...args], options)
    : run(binary, args, options);
}

async function postgresCanReach(dir) {
  if (!isRoot()) {
    return true;
  }
  const { code } = await run('runuser', ['-u', 'postgres', '--', 'test', '-w', dir], { allowFailure: true });
  return code === 0;
}

/**
 * The cluster lives in .data/postgres. When the `postgres` user cannot write there (a checkout under
 * /root, say), the cluster goes to /var/tmp/wardwatch-<hash> and .data/postgres links to it.
 */
async function clusterDir() {
  const link = dataPath('postgres');
  if (existsSync(link)) {
    return link;
  }
  mkdirSync(link, { recursive: true, mode: 0o700 });
  if (isRoot()) {
    chownSync(link, ...(await postgresIds()));
    if (!(await postgresCanReach(link))) {
      rmSync(link, { recursive: true });
      const hash = createHash('sha256').update(ROOT).digest('hex').slice(0, 12);
      const target = `/var/tmp/wardwatch-${hash}/postgres`;
      mkdirSync(target, { recursive: true, mode: 0o700 });
      chownSync(path.dirname(target), ...(await postgresIds()));
      chownSync(target, ...(await postgresIds()));
      symlinkSync(target, link);
      info(`PostgreSQL cannot write under ${ROOT}; its cluster is in ${target} (linked from .data/postgres)`);
    }
  }
  return link;
}

async function postgresIds() {
  const { output: uid } = await run('id', ['-u', SUPERUSER]);
  const { output: gid } = await run('id', ['-g', SUPERUSER]);
  return [Number(uid.trim()), Number(gid.trim())];
}

async function isRunning(binDir, dir) {
  const { code } = await asPostgres(binDir, 'pg_ctl', ['-D', dir, 'status'], { allowFailure: true });
  return code === 0;
}

/** Ensures the private cluster exists and runs; returns its admin URL and whether we started it. */
export async function startPrivatePostgres(password) {
  let binDir = findBinDir();
  if (!binDir) {
    await ensureAptPackages(['postgresql'], 'PostgreSQL');
    binDir = findBinDir();
  }
  const dir = await clusterDir();
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    await step('Creating the private PostgreSQL cluster in .data/postgres', async () => {
      // The password file sits outside the (empty) data directory, readable by the postgres user only.
      const pwDir = mkdtempSync(path.join(tmpdir(), 'wardwatch-pg-'));
      const pwFile = path.join(pwDir, 'pwfile');
      writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
      if (isRoot()) {
        chownSync(pwDir, ...(await postgresIds()));
        chownSync(pwFile, ...(await postgresIds()));
      }
      await asPostgres(binDir, 'initdb', [
        '-D',
        dir,
        '-U',
        SUPERUSER,
        '--auth-host=scram-sha-256',
        '--auth-local=peer',
        `--pwfile=${pwFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ]);
      rmSync(pwDir, { recursive: true });
    });
  }
  const recorded = ports.get('postgres');
  if (await isRunning(binDir, dir)) {
    info(`PostgreSQL already running on 127.0.0.1:${recorded} (reused, left running)`);
    return { adminUrl: adminUrl(password, recorded), startedByUs: false, stop: async () => undefined };
  }
  const port = await freePort(recorded ?? 54329);
  ports.set('postgres', port);
  await step(`Starting PostgreSQL on 127.0.0.1:${port}`, async () => {
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=on`;
    await asPostgres(binDir, 'pg_ctl', [
      '-D',
      dir,
      '-l',
      path.join(dir, 'server.log'),
      '-o',
      options,
      '-w',
      '-t',
      '60',
      'start',
    ]);
  });
  return {
    adminUrl: adminUrl(password, port),
    startedByUs: true,
    stop: () => asPostgres(binDir, 'pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop'], { allowFailure: true }),
  };
}

function adminUrl(password, port) {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** The URL of `database` on the same server as `url`. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Connects with `pg` (installed by then) and runs `fn(client)`. */
export async function withClient(url, fn) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function canConnect(url) {
  try {
    await withClient(url, (c) => c.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

const ident = (name) => `"${name.replace(/"/g, '""')}"`;

/** Creates `database` unless it exists; with `fresh`, drops it first. */
export async function ensureDatabase(adminUrlValue, database, { fresh = false } = {}) {
  await withClient(adminUrlValue, async (client) => {
    if (fresh) {
      await client.query(`drop database if exists ${ident(database)} with (force)`);
    }
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (rowCount === 0) {
      await client.query(`create database ${ident(database)}`);
    }
  });
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}
