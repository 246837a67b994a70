#!/usr/bin/env node
// `node bench/telemetry/run.mjs [--quick] [--units 200] [--days 365]`: the environment-monitoring bench.
// Brings the stack up (scripts/lib), then
//   1. ingest: gateways post telemetry batches; readings stored per second, end to end, beside a plain
//      COPY of the same rows into an identical partitioned table (the limit);
//   2. the compliance report: a year of one-minute readings for 200 units generated in SQL, then the
//      report for all of them over the year, cold (nothing stored) and served (every day stored).
// Everything goes to 127.0.0.1, every wait is bounded, and what it started is stopped on exit, error or
// Ctrl-C; the big tables are emptied at the end unless --keep.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import pg from 'pg';
import pgCopyStreams from 'pg-copy-streams';

import { cleanupRegistry } from '../../scripts/lib/cleanups.mjs';
import { info, red, step, warn } from '../../scripts/lib/log.mjs';
import { dataPath, ROOT } from '../../scripts/lib/state.mjs';
import { benchGateways, login } from '../ingest/fleet.mjs';
import { ProcessSampler } from '../ingest/process-sampler.mjs';
import { QueueStats } from '../ingest/queue-stats.mjs';
import { waitForQuiet } from '../ui/cpu-meter.mjs';
import { createMirror, exportRows, medianRun, MIRROR, timedCopy } from './copy-limit.mjs';
import { fillMissingDays, loadDomain } from './fill-days.mjs';
import { ingestPhase, startPoster } from './ingest-phase.mjs';
import { FULL_SIZE, parseOptions, USAGE } from './options.mjs';
import { computeQueryCosts, servedQueryCosts } from './query-costs.mjs';
import { coldReport, servedReports } from './report-phase.mjs';
import { headline, markdownBlock, partResults, updateDocs, writeResults } from './report.mjs';
import {
  BENCH_DATABASE,
  BENCH_REDIS_PREFIX,
  benchPostgres,
  codeVersion,
  machineInfo,
  servicePidSources,
  startStack,
} from './stack.mjs';
import {
  createUnits,
  ensurePastPartitions,
  generateReadings,
  reportPeriod,
  telemetrySize,
} from './year-data.mjs';

const PROFILE = 'vaccine-fridge';
const QUIET_BELOW_PCT = 25;
/** The results so far: written after each part, and by the teardown of a run that did not finish. */
let partial = null;

async function savePartial(reason) {
  if (!partial || partial.durationS !== undefined) {
    return;
  }
  try {
    const file = await writeResults(ROOT, { ...partial, unfinished: reason });
    info(`Results so far (${reason}): ${path.relative(ROOT, file)}`);
  } catch (error) {
    warn(`could not write the results so far: ${error.message}`);
  }
}

/**
 * One run at a time: a second one would drop the database under the first (it starts from a fresh
 * one). The lock holds the pid; a lock whose process is gone is taken over.
 */
function takeLock() {
  const file = dataPath('bench', 'telemetry.lock');
  mkdirSync(path.dirname(file), { recursive: true });
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {
      alive = false;
    }
    if (alive) {
      throw new Error(
        `another bench/telemetry run (pid ${pid}) is using ${BENCH_DATABASE}; wait for it or stop it (${file})`,
      );
    }
  }
  writeFileSync(file, `${process.pid}\n`);
  onCleanup('lock', () => rmSync(file, { force: true }));
}

const { onCleanup, teardown } = cleanupRegistry({
  before: (reason = 'stopped early') => savePartial(reason),
});

/** A generous upper bound on the whole run, after which it stops by itself. */
function hardLimitMs(o) {
  const rows = o.units * o.days * 1440;
  const generateS = rows / 20_000; // far below the rate seen on a 2-core VM (~120k rows/s)
  const ingestS = o.skipIngest ? 0 : o.warmupS + o.durationS + o.maxDrainS + 600;
  const reportS = o.skipReport ? 0 : generateS + o.coldBudgetMin * 60 + 3600;
  return (ingestS + reportS + 900) * 1000;
}

/** Empties what the run filled, so the disk does not stay full (the database itself is kept). */
async function dropBigTables(pool, madePartitions) {
  await pool.query(`DROP TABLE IF EXISTS ${MIRROR}`);
  await pool.query(`DROP TABLE IF EXISTS bench_report_sensor`);
  await pool.query(`TRUNCATE telemetry, compliance_day`);
  for (const name of madePartitions) {
    await pool.query(`DROP TABLE IF EXISTS "${name}"`);
  }
}

/** Writes each part a run measured into its block of docs/benchmarks.md. */
function writeDocs(results) {
  for (const part of ['ingest', 'report']) {
    const own = partResults(results, part);
    if (!own) {
      continue;
    }
    info(
      updateDocs(ROOT, part, markdownBlock(own))
        ? `docs/benchmarks.md: the bench:telemetry:${part} block was replaced`
        : `docs/benchmarks.md has no bench:telemetry:${part} markers: paste the block printed above`,
    );
  }
}

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(red(error.message));
    console.error(USAGE);
    return 64;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  if (options.docsFrom) {
    writeDocs(JSON.parse(readFileSync(path.resolve(options.docsFrom), 'utf8')));
    return 0;
  }
  const watchdog = setTimeout(() => {
    warn('the bench ran past its time limit; stopping');
    void teardown('time limit').then(() => process.exit(2));
  }, hardLimitMs(options));
  watchdog.unref();

  takeLock();
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  let crash = null;
  let queue = null;
  const stack = await startStack(options, onCleanup, {
    onCrash: (message) => {
      crash = message;
      warn(message);
    },
    beforeApps: async ({ redisUrl }) => {
      queue = new QueueStats(redisUrl, BENCH_REDIS_PREFIX);
      onCleanup('redis client', () => queue.close());
      await queue.connect();
      info(`Cleared ${await queue.clear()} Redis keys under ${BENCH_REDIS_PREFIX}: (db 4)`);
    },
  });
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: options.connections + 2 });
  onCleanup('database pool', () => pool.end());

  const sampler = new ProcessSampler();
  onCleanup('sampler', () => sampler.stop());
  const services = servicePidSources();
  sampler.track('orchestrator', process.pid);
  sampler.track('api', stack.pids.api);
  stack.pids.workers.forEach((pid, i) => sampler.track(`worker-${i + 1}`, pid));
  sampler.track('redis', services.redis);
  sampler.track('postgres', benchPostgres('backends'));
  sampler.track('postgres-bg', benchPostgres('background'));
  sampler.start();
  // The machine is shared: before each timed part, wait (bounded) for other processes to calm down.
  const quiet = [];
  const waitQuiet = async (before) => {
    const q = await waitForQuiet(QUIET_BELOW_PCT, options.quietWaitS);
    quiet.push({ before, ...q });
    if (!q.quiet) {
      warn(
        `other processes still used ${q.otherPct} % of a core after ${q.waitedS} s; measuring anyway (${before})`,
      );
    }
  };

  const ctx = {
    pool,
    queue,
    sampler,
    stack,
    options,
    measuring: false,
    checkCrash: () => {
      if (crash) {
        throw new Error(crash);
      }
    },
  };
  const results = {
    startedAt,
    command: `node bench/telemetry/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    code: codeVersion(ROOT),
    machine: await machineInfo(stack.adminUrl, await queue.serverVersion()),
    database: BENCH_DATABASE,
    config: { ...options, profile: PROFILE },
  };
  partial = results;

  // The period first: its monthly partitions exist before anything is written, in both parts.
  const client = await pool.connect();
  const period = { ...(await reportPeriod(client, options.days)), days: options.days };
  const madePartitions = await ensurePastPartitions(client, period.from);
  results.period = period;
  client.release();
  info(
    `Report period ${period.from} … ${period.to} (${period.timezone}); made ${madePartitions.length} past monthly partitions`,
  );
  if (!options.keep) {
    onCleanup('generated data', async () => {
      const t = performance.now();
      await dropBigTables(pool, madePartitions);
      info(
        `Emptied telemetry and compliance_day, dropped ${MIRROR} and the past partitions (${((performance.now() - t) / 1000).toFixed(1)} s; --keep keeps them)`,
      );
    });
  }

  if (!options.skipIngest) {
    const token = await login(stack.url);
    const fleet = await benchGateways(stack.url, token, stack.secrets.demoGatewayKeySecret, options.gateways);
    await waitQuiet('ingest');
    const poster = await startPoster(onCleanup, { url: stack.url, gateways: fleet.gateways, options });
    sampler.track('poster', poster.child.pid);
    info(
      `Posting: ${options.gateways} gateways × ${options.sensorsPerGateway} sensors, ${options.batch} readings per POST, ` +
        `one reading per sensor every ${options.intervalS} s, one POST in flight per gateway`,
    );
    results.ingest = await ingestPhase({ ...ctx, poster });
    await poster.stop();
    sampler.untrack('poster');
    ctx.checkCrash();

    const c = await pool.connect();
    try {
      results.mirror = await createMirror(c);
      const data = await step('Reading the stored rows back (COPY TO, not timed)', () =>
        exportRows(c, pgCopyStreams.to),
      );
      const rows = results.ingest.totals.storedTotal;
      // The limit is timed several times: on this shared machine one COPY's rate moves by a quarter from
      // minute to minute, so the ratio is taken against the median run and the spread is reported with it.
      results.copyRuns = [];
      for (let run = 1; run <= options.limitRuns; run++) {
        await waitQuiet('COPY');
        results.copyRuns.push(
          await timedCopy(c, pgCopyStreams.from, data, rows, {
            sampler,
            phase: `limit: one COPY (${run} of ${options.limitRuns})`,
          }),
        );
      }
      results.copy = medianRun(results.copyRuns);
      results.copyBatched = await timedCopy(c, pgCopyStreams.from, data, rows, {
        batchRows: options.batch,
        sampler,
        phase: `COPY per ${options.batch} rows`,
      });
      const h = headline(results);
      info(
        `Ingest: ${Math.round(h.storedPerS).toLocaleString('en-US')} readings stored/s, limit (one COPY) ` +
          `${Math.round(h.limitPerS).toLocaleString('en-US')} rows/s, ratio ${h.ratio.toFixed(2)} (target ≥ 0.6)`,
      );
      await savePartial('in progress: ingest part done');
      await c.query(`DROP TABLE ${MIRROR}`);
      await c.query('TRUNCATE telemetry');
    } finally {
      c.release();
    }
  }

  if (!options.skipReport) {
    // The report is served by the API alone; stopped workers run no scheduled jobs over the generated year.
    await step('Stopping the worker(s)', () => stack.stopWorkers());
    stack.pids.workers.forEach((_, i) => sampler.untrack(`worker-${i + 1}`));
    const domain = await loadDomain(ROOT, dataPath('bench'));
    const c = await pool.connect();
    const unitIds = await createUnits(c, options.units);
    c.release();
    const expectedRows = options.units * options.days * 1440;
    info(
      `${options.units} units, one sensor each; about ${expectedRows.toLocaleString('en-US')} readings to generate`,
    );
    sampler.setPhase('generate');
    const generated = await step(`Generating ${options.days} days of one-minute readings in SQL`, () =>
      generateReadings(pool, { ...period, connections: options.connections, expectedRows }),
    );
    sampler.setPhase('vacuum');
    const vacuumStarted = performance.now();
    await step('VACUUM (ANALYZE) telemetry', () => pool.query('VACUUM (ANALYZE) telemetry'));
    sampler.setPhase(null);
    results.generate = {
      ...generated,
      connections: options.connections,
      vacuumAnalyzeS: (performance.now() - vacuumStarted) / 1000,
      size: await telemetrySize(pool),
      processes: sampler.summary('generate'),
    };

    const token = await login(stack.url);
    await waitQuiet('report cold');
    await savePartial('in progress: data generated');
    results.reportCold = await coldReport(ctx, {
      token,
      period,
      unitIds,
      budgetMs: options.coldBudgetMin * 60_000,
    });
    await savePartial('in progress: cold report done');
    results.fill = await step('Storing the days the cold report did not reach (libs/domain)', () =>
      fillMissingDays(pool, domain, {
        unitIds,
        ...period,
        profileCode: PROFILE,
        connections: options.connections,
      }),
    );
    if (results.fill.mismatches.length > 0) {
      warn(`the bench's days differ from the API's: ${JSON.stringify(results.fill.mismatches)}`);
    }
    await waitQuiet('report served');
    results.reportServed = await servedReports(ctx, {
      token,
      period,
      unitIds,
      runs: options.servedRuns,
    });
    results.queryCosts = {
      compute: await computeQueryCosts(pool, { queries: domain, unitIds, period }),
      served: await servedQueryCosts(pool, { unitIds, period }),
    };
  }

  results.quiet = quiet;
  results.durationS = (performance.now() - t0) / 1000;
  results.headline = headline(results);
  const file = await writeResults(ROOT, results);
  const block = markdownBlock(results);
  console.log(`\n${block}`);
  info(`Results: ${path.relative(ROOT, file)}`);
  const fullSize = options.units === FULL_SIZE.units && options.days === FULL_SIZE.days;
  if (options.quick || (!fullSize && !options.skipReport)) {
    info('Only full-size runs (not --quick) update docs/benchmarks.md');
  } else {
    writeDocs(results);
  }
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(red(error instanceof Error ? (error.stack ?? error.message) : String(error)));
} finally {
  await teardown();
}
process.exit(code);
