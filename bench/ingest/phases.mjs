// The bench's phases: open-loop runs through the pipeline (latency, throughput, step-down) with their
// accounting (accepted vs processed, backlog, drain, lost), and the closed-loop run against the bare server.
import { info } from '../../scripts/lib/log.mjs';

const PROGRESS_EVERY_S = 5;
const fmt = (n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mean = (xs) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/**
 * Sustained: the API accepted ≥ 95 % of what was offered, the worker processed ≥ 95 % of what was accepted
 * within the window, at most 2 s of posts were still queued when the load stopped, and nothing failed.
 */
export function judge(result) {
  const reasons = [];
  if (result.acceptedPerS < 0.95 * result.offeredPerS) {
    reasons.push(`accepted ${fmt(result.acceptedPerS)}/s < 95 % of offered ${fmt(result.offeredPerS)}/s`);
  }
  if (result.processedPerS < 0.95 * result.acceptedPerS) {
    reasons.push(`processed ${fmt(result.processedPerS)}/s < 95 % of accepted`);
  }
  if (result.backlogJobsAtEnd > 2 * result.postsPerS) {
    reasons.push(`${fmt(result.backlogJobsAtEnd)} jobs queued at the end (> 2 s of posts)`);
  }
  const errors = result.errors;
  if (errors.status5xx + errors.networkErrors + errors.status4xx + errors.postsDropped > 0) {
    reasons.push('errors or dropped posts');
  }
  if (result.failedJobs > 0) {
    reasons.push(`${result.failedJobs} failed jobs`);
  }
  if (result.lostSightings !== 0) {
    reasons.push(
      result.lostSightings === null ? 'not drained' : `${fmt(result.lostSightings)} sightings not processed`,
    );
  }
  return { sustained: reasons.length === 0, reasons };
}

/** Waits until the queue is empty and the counter has caught up with `expectedProcessed`. */
async function drain(ctx, expectedProcessed, label) {
  const started = Date.now();
  let last = await ctx.queue.read();
  let lastPrint = started;
  while (Date.now() - started < ctx.options.maxDrainS * 1000) {
    if (last.backlog === 0 && last.processed >= expectedProcessed) {
      return { drained: true, drainS: (Date.now() - started) / 1000, queue: last };
    }
    ctx.checkCrash();
    if (Date.now() - lastPrint >= PROGRESS_EVERY_S * 1000) {
      lastPrint = Date.now();
      info(
        `[${label} drain] ${Math.round((Date.now() - started) / 1000)}s backlog ${fmt(last.backlog)} jobs, ` +
          `${fmt(expectedProcessed - last.processed)} sightings to go`,
      );
    }
    await sleep(250);
    last = await ctx.queue.read();
  }
  return { drained: false, drainS: (Date.now() - started) / 1000, queue: last };
}

/** One open-loop run at `rate` through the whole pipeline, then its drain and accounting. */
export async function pipelinePhase(ctx, { name, rate, durationS }) {
  const { gen, queue, probe, sampler, stack, options } = ctx;
  // Start from an empty queue, so the window's counts are this phase's only.
  const pre = await drain(ctx, 0, `${name} (before)`);
  const before = pre.queue;
  sampler.setPhase(name);
  probe.setPhase(name);
  const snapshots = [];
  let latest = null;
  const started = Date.now();
  const poller = setInterval(async () => {
    try {
      snapshots.push({ t: Date.now() - started, queue: await queue.read(), gen: latest });
    } catch {
      // a missed sample
    }
  }, 1000);
  const progress = setInterval(() => printProgress(name, snapshots, probe), PROGRESS_EVERY_S * 1000);
  let done;
  try {
    done = await gen.run(
      {
        id: name,
        mode: 'open',
        url: `${stack.url}/api/v1/ingest/sightings`,
        rate,
        durationS,
        concurrency: options.sockets,
        maxPending: options.sockets * 16,
        moveTags: true,
      },
      (message) => (latest = message),
    );
  } finally {
    clearInterval(poller);
    clearInterval(progress);
  }
  sampler.setPhase(`${name}:drain`);
  const totals = done.stats;
  const window = steadyWindow(snapshots, durationS * 1000);
  const drained = await drain(ctx, before.processed + totals.acceptedSightings, name);
  sampler.setPhase(null);
  probe.setPhase(null);
  const postsPerS = totals.postsSent / durationS;
  const result = {
    name,
    targetPerS: rate,
    durationS,
    offeredPerS: totals.sightingsSent / durationS,
    postsPerS,
    sightingsPerPost: totals.postsSent ? totals.sightingsSent / totals.postsSent : 0,
    steadyWindowS: window.seconds,
    acceptedPerS: window.acceptedPerS,
    processedPerS: window.processedPerS,
    acceptedSightings: totals.acceptedSightings,
    processedSightings: drained.queue.processed - before.processed,
    backlogJobsAtEnd: window.backlogAtEnd,
    meanJobsWaiting: mean(window.queues.map(([w]) => w)),
    meanJobsActive: mean(window.queues.map(([, a]) => a)),
    drained: drained.drained,
    drainS: Math.round(drained.drainS * 10) / 10,
    failedJobs: drained.queue.failed - before.failed,
    lostSightings: drained.drained
      ? totals.acceptedSightings - (drained.queue.processed - before.processed)
      : null,
    roomChanges: drained.queue.roomChanges - before.roomChanges,
    tagMoves: totals.moves,
    errors: {
      status4xx: totals.status4xx,
      status5xx: totals.status5xx,
      networkErrors: totals.networkErrors,
      connectionResetsRetried: totals.connectionResetsRetried,
      postsDropped: totals.postsDropped,
      rejectedSightings: totals.rejectedSightings,
      duplicates: totals.duplicates,
      samples: done.errors,
    },
    http202LatencyMs: done.latency,
    endToEnd: probe.summary(name),
    processes: sampler.summary(name),
  };
  if (result.failedJobs > 0) {
    result.failedReasons = await queue.failedReasons();
  }
  result.verdict = judge(result);
  info(
    `[${name}] offered ${fmt(result.offeredPerS)}/s, accepted ${fmt(result.acceptedPerS)}/s, processed ` +
      `${fmt(result.processedPerS)}/s, backlog at end ${fmt(result.backlogJobsAtEnd)} jobs, drained ` +
      `${result.drained ? `in ${result.drainS}s` : 'NOT'}; lost ${fmt(result.lostSightings)} → ` +
      `${result.verdict.sustained ? 'sustained' : `not sustained (${result.verdict.reasons.join('; ')})`}`,
  );
  return result;
}

/** Closed-loop against the bare parse server: `concurrency` requests in flight, as fast as they return. */
export async function limitPhase(ctx, { name, url, durationS }) {
  const { gen, sampler, options } = ctx;
  sampler.setPhase(name);
  let latest = null;
  const progress = setInterval(() => {
    if (latest) {
      info(
        `[${name}] ${Math.round(latest.atMs / 1000)}s ${fmt((latest.stats.acceptedSightings / latest.atMs) * 1000)} ` +
          `sightings/s, ${fmt((latest.stats.responses2xx / latest.atMs) * 1000)} req/s`,
      );
    }
  }, PROGRESS_EVERY_S * 1000);
  let done;
  try {
    done = await gen.run(
      {
        id: name,
        mode: 'closed',
        url,
        rate: options.rate,
        durationS,
        concurrency: options.concurrency,
        maxPending: options.concurrency,
        moveTags: false,
      },
      (message) => (latest = message),
    );
  } finally {
    clearInterval(progress);
  }
  sampler.setPhase(null);
  const s = done.stats;
  const seconds = s.elapsedMs / 1000;
  const result = {
    name,
    durationS,
    concurrency: options.concurrency,
    sightingsPerS: s.acceptedSightings / seconds,
    requestsPerS: s.responses2xx / seconds,
    sightingsPerPost: s.postsSent ? s.sightingsSent / s.postsSent : 0,
    errors: { status4xx: s.status4xx, status5xx: s.status5xx, networkErrors: s.networkErrors },
    httpLatencyMs: done.latency,
    processes: sampler.summary(name),
  };
  info(`[${name}] ${fmt(result.sightingsPerS)} sightings/s (${fmt(result.requestsPerS)} req/s)`);
  return result;
}

/**
 * Accepted and processed rates over the steady part of the run: from the first snapshot after a short
 * warm-up (5 s, or a quarter of short runs) to the last one before the load stopped. Both counters are read
 * in the same snapshot, once a second.
 */
function steadyWindow(snapshots, durationMs) {
  const usable = snapshots.filter((s) => s.gen && s.gen.atMs <= durationMs + 500);
  const warmMs = Math.min(5000, durationMs / 4);
  const from = usable.find((s) => s.gen.atMs >= warmMs) ?? usable[0];
  const to = usable[usable.length - 1];
  if (!from || !to || to === from) {
    return {
      seconds: 0,
      acceptedPerS: 0,
      processedPerS: 0,
      backlogAtEnd: to?.queue.backlog ?? 0,
      queues: [],
    };
  }
  return {
    seconds: Math.round((to.gen.atMs - from.gen.atMs) / 100) / 10,
    acceptedPerS:
      ((to.gen.stats.acceptedSightings - from.gen.stats.acceptedSightings) / (to.gen.atMs - from.gen.atMs)) *
      1000,
    processedPerS: ((to.queue.processed - from.queue.processed) / (to.t - from.t)) * 1000,
    backlogAtEnd: to.queue.backlog,
    /** Waiting and active jobs, once a second over the window: where a job spends its time. */
    queues: usable.filter((x) => x.t >= from.t).map((x) => [x.queue.waiting, x.queue.active]),
  };
}

function printProgress(name, snapshots, probe) {
  const last = snapshots[snapshots.length - 1];
  const back = snapshots[Math.max(0, snapshots.length - 1 - PROGRESS_EVERY_S)];
  if (!last?.gen || !back?.gen || last === back) {
    return;
  }
  const dt = (last.gen.atMs - back.gen.atMs) / 1000;
  const dq = (last.t - back.t) / 1000;
  const g = last.gen.stats;
  const b = back.gen.stats;
  const rate = (a, z, d) => fmt((a - z) / d);
  const events = probe.count(name);
  info(
    `[${name}] ${Math.round(last.gen.atMs / 1000)}s sent ${rate(g.sightingsSent, b.sightingsSent, dt)}/s ` +
      `accepted ${rate(g.acceptedSightings, b.acceptedSightings, dt)}/s ` +
      `processed ${rate(last.queue.processed, back.queue.processed, dq)}/s | backlog ${fmt(last.queue.backlog)} jobs ` +
      `(${fmt(last.queue.waiting)} waiting, ${fmt(last.queue.active)} active) ` +
      `in-flight ${fmt(g.inFlight)} dropped ${fmt(g.postsDropped)} | 4xx ${g.status4xx} 5xx ${g.status5xx} ` +
      `net ${g.networkErrors} failed ${last.queue.failed} | moves ${g.moves} events ${events.events}`,
  );
}

const RUNGS = [
  2_500, 5_000, 7_500, 10_000, 12_500, 15_000, 17_500, 20_000, 25_000, 30_000, 35_000, 40_000, 45_000, 50_000,
  60_000, 70_000, 80_000, 100_000, 120_000, 150_000, 200_000, 250_000, 300_000,
];
const MAX_STEPS = 6;
export const kilo = (rate) => (rate >= 1000 ? `${rate / 1000}k` : String(rate));

/** The highest rung below `rate` that is at most 1.25 × what the worker managed there, or -1. */
const rungBelow = (rate, processedPerS) => RUNGS.findLastIndex((r) => r < rate && r <= 1.25 * processedPerS);

/**
 * The highest rate the pipeline sustains, by open-loop steps of `stepDurationS`: above the target while it
 * holds, below it (starting near what the worker managed) when it does not, until the highest sustained
 * rung is bracketed by a failed one or MAX_STEPS ran.
 */
export async function searchSustained(ctx, first) {
  let highestHeld = first.verdict.sustained ? first.targetPerS : null;
  let lowestFailed = first.verdict.sustained ? Infinity : first.targetPerS;
  let i = first.verdict.sustained
    ? RUNGS.findIndex((r) => r > first.targetPerS)
    : rungBelow(first.targetPerS, first.processedPerS);
  if (!first.verdict.sustained && i < 0) {
    i = RUNGS.findLastIndex((r) => r < first.targetPerS);
  }
  const steps = [];
  while (steps.length < MAX_STEPS && i >= 0 && i < RUNGS.length) {
    const rate = RUNGS[i];
    const result = await pipelinePhase(ctx, {
      name: `step ${kilo(rate)}`,
      rate,
      durationS: ctx.options.stepDurationS,
    });
    steps.push(result);
    if (result.verdict.sustained) {
      highestHeld = rate;
      i += 1;
      if (i >= RUNGS.length || RUNGS[i] >= lowestFailed) {
        break;
      }
    } else {
      lowestFailed = rate;
      if (highestHeld !== null) {
        break;
      }
      const next = rungBelow(rate, result.processedPerS);
      i = next >= 0 ? next : i - 1;
    }
  }
  return steps;
}
