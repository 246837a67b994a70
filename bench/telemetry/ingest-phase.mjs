// Readings stored per second, end to end: gateways post batches (poster.mjs, closed loop) → API, which
// stores each batch (COPY, rollups, batch identity) in one transaction before its 202. The poster still
// pauses while the ingest queue holds `maxBacklog` jobs (a guard: telemetry makes none). Committed rows
// are counted exactly (`count(*)`) at the start and the end of the window; the progress lines in between
// use PostgreSQL's insert statistics, which lag by up to a second.
import path from 'node:path';

import { info, warn } from '../../scripts/lib/log.mjs';
import { ROOT } from '../../scripts/lib/state.mjs';
import { forkInGroup, nextMessage } from '../ingest/generator-client.mjs';
import { PgActivity } from './pg-activity.mjs';

const PROGRESS_EVERY_S = 5;
const DAY_MS = 86_400_000;
const fmt = (n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function percentile(sorted, p) {
  if (sorted.length === 0) {
    return null;
  }
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function countRows(pool) {
  const t = performance.now();
  const { rows } = await pool.query('SELECT count(*)::bigint AS n FROM telemetry');
  return { rows: Number(rows[0].n), at: t };
}

/** Rows inserted into telemetry's partitions as the statistics say (lags up to ~1 s). */
async function statInserts(pool) {
  const { rows } = await pool.query(
    `SELECT coalesce(sum(s.n_tup_ins), 0)::bigint AS n FROM pg_stat_user_tables s
     JOIN pg_inherits i ON i.inhrelid = s.relid WHERE i.inhparent = 'telemetry'::regclass`,
  );
  return Number(rows[0].n);
}

/** The poster process, forked in its own process group. */
export async function startPoster(onCleanup, { url, gateways, options }) {
  const poster = forkInGroup(path.join(ROOT, 'bench/telemetry/poster.mjs'));
  onCleanup('poster', () => poster.stop());
  const ready = nextMessage(poster.child, 'ready', 30_000);
  // Readings start this far back: the gateways have a backlog of readings to send, all in the
  // past (the API refuses readings from the future) and all new (a resent reading is stored once).
  const startAt = Math.floor((Date.now() - 14 * DAY_MS) / 60_000) * 60_000;
  poster.child.send({
    type: 'init',
    url: `${url}/api/v1/ingest/telemetry`,
    gateways: gateways.map((g) => ({ mac: g.mac, authorization: g.authorization })),
    batch: options.batch,
    sensorsPerGateway: options.sensorsPerGateway,
    intervalMs: options.intervalS * 1000,
    startAt,
    sequenceBase: Date.now(),
  });
  await ready;
  return { ...poster, startAt };
}

/**
 * The phase: warm-up (sensors registered on first sight, JIT, pools), then the measured window, then the
 * queue drained and everything accounted for.
 */
export async function ingestPhase(ctx) {
  const { poster, queue, sampler, pool, options } = ctx;
  const totals = {
    posts: 0,
    readingsSent: 0,
    readingsAccepted: 0,
    rejected: 0,
    duplicates: 0,
    status4xx: 0,
    status5xx: 0,
    networkErrors: 0,
    exhausted: 0,
    lastError: null,
  };
  let windowLatencies = null;
  const onStats = (m) => {
    if (m?.type !== 'stats') {
      return;
    }
    for (const key of Object.keys(totals)) {
      if (key === 'lastError') {
        totals.lastError = m.lastError ?? totals.lastError;
      } else {
        totals[key] = m[key];
      }
    }
    windowLatencies?.push(...m.latenciesMs);
  };
  poster.child.on('message', onStats);

  let gateOpen = false;
  let gateClosedMs = 0;
  let lastQueue = await queue.read();
  let maxBacklog = 0;
  const setGate = (open) => {
    if (open !== gateOpen) {
      gateOpen = open;
      poster.child.send({ type: 'gate', open });
    }
  };
  const gateTimer = setInterval(async () => {
    try {
      lastQueue = await queue.read();
      maxBacklog = Math.max(maxBacklog, lastQueue.backlog);
      const open = lastQueue.backlog < options.maxBacklog;
      if (!open && ctx.measuring) {
        gateClosedMs += 100;
      }
      setGate(open);
    } catch {
      // a missed sample
    }
  }, 100);

  const initial = await countRows(pool);
  const started = performance.now();
  const progress = [];
  let lastPrint = { t: started, inserts: await statInserts(pool), posts: 0, readings: 0 };
  const printProgress = async (label) => {
    const now = performance.now();
    const inserts = await statInserts(pool);
    const dt = (now - lastPrint.t) / 1000;
    const line = {
      label,
      t: Math.round((now - started) / 1000),
      acceptedPerS: (totals.readingsAccepted - lastPrint.readings) / dt,
      postsPerS: (totals.posts - lastPrint.posts) / dt,
      storedPerS: (inserts - lastPrint.inserts) / dt,
      backlogJobs: lastQueue.backlog,
      failedJobs: lastQueue.failed,
    };
    progress.push(line);
    info(
      `[ingest ${label}] ${line.t}s accepted ${fmt(line.acceptedPerS)}/s (${fmt(line.postsPerS)} posts/s), ` +
        `stored ${fmt(line.storedPerS)}/s, backlog ${fmt(line.backlogJobs)} jobs, failed ${fmt(line.failedJobs)}` +
        (totals.status4xx + totals.status5xx + totals.networkErrors > 0
          ? `, errors 4xx/5xx/net ${totals.status4xx}/${totals.status5xx}/${totals.networkErrors} (${totals.lastError})`
          : ''),
    );
    lastPrint = { t: now, inserts, posts: totals.posts, readings: totals.readingsAccepted };
  };
  const runFor = async (seconds, label) => {
    const end = performance.now() + seconds * 1000;
    let nextPrint = performance.now() + PROGRESS_EVERY_S * 1000;
    while (performance.now() < end) {
      ctx.checkCrash();
      await sleep(Math.min(250, end - performance.now()));
      if (performance.now() >= nextPrint) {
        nextPrint += PROGRESS_EVERY_S * 1000;
        await printProgress(label);
      }
    }
  };

  try {
    sampler.setPhase('ingest warm-up');
    setGate(true);
    await runFor(options.warmupS, 'warm-up');

    sampler.setPhase('ingest');
    const windowStart = await countRows(pool);
    const acceptedAtStart = totals.readingsAccepted;
    const postsAtStart = totals.posts;
    windowLatencies = [];
    ctx.measuring = true;
    const activity = new PgActivity(pool);
    activity.start();
    await runFor(options.durationS, 'window');
    const windowEnd = await countRows(pool);
    const pgActivity = activity.stop();
    ctx.measuring = false;
    const latencies = windowLatencies.sort((a, b) => a - b);
    windowLatencies = null;
    const acceptedInWindow = totals.readingsAccepted - acceptedAtStart;
    const postsInWindow = totals.posts - postsAtStart;

    sampler.setPhase('ingest drain');
    clearInterval(gateTimer);
    const stopped = nextMessage(poster.child, 'stopped', 120_000);
    poster.child.send({ type: 'stop' });
    await stopped;
    const drainStarted = performance.now();
    let drained = false;
    let q = await queue.read();
    let nextPrint = drainStarted + PROGRESS_EVERY_S * 1000;
    while (performance.now() - drainStarted < options.maxDrainS * 1000) {
      q = await queue.read();
      if (q.backlog === 0) {
        drained = true;
        break;
      }
      ctx.checkCrash();
      if (performance.now() >= nextPrint) {
        nextPrint += PROGRESS_EVERY_S * 1000;
        info(`[ingest drain] backlog ${fmt(q.backlog)} jobs`);
      }
      await sleep(100);
    }
    const drainS = (performance.now() - drainStarted) / 1000;
    const final = await countRows(pool);
    const storedTotal = final.rows - initial.rows;
    const windowS = (windowEnd.at - windowStart.at) / 1000;
    const result = {
      name: 'ingest',
      config: {
        gateways: options.gateways,
        batch: options.batch,
        sensorsPerGateway: options.sensorsPerGateway,
        maxBacklogJobs: options.maxBacklog,
        warmupS: options.warmupS,
        durationS: options.durationS,
      },
      windowS,
      storedInWindow: windowEnd.rows - windowStart.rows,
      storedPerS: (windowEnd.rows - windowStart.rows) / windowS,
      acceptedPerS: acceptedInWindow / windowS,
      postsPerS: postsInWindow / windowS,
      http202LatencyMs: {
        p50: percentile(latencies, 50),
        p90: percentile(latencies, 90),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? null,
      },
      gateClosedShare: gateClosedMs / 1000 / windowS,
      maxBacklogJobs: maxBacklog,
      backlogJobsAtWindowEnd: lastQueue.backlog,
      drained,
      drainS,
      totals: { ...totals, storedTotal },
      lostReadings: drained ? totals.readingsAccepted - storedTotal : null,
      failedJobs: q.failed,
      failedReasons: q.failed > 0 ? await queue.failedReasons() : [],
      progress,
      pgActivity,
      processes: sampler.summary('ingest'),
    };
    if (totals.exhausted > 0) {
      warn(`${totals.exhausted} gateway(s) ran out of past readings to send; use a shorter --duration`);
    }
    return result;
  } finally {
    clearInterval(gateTimer);
    poster.child.off('message', onStats);
  }
}
