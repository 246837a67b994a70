// The compliance report over HTTP: GET /api/v1/compliance/report for every bench unit over the period,
// timed from sending the request to its last byte (node:http, no client time-out: the cold run can take
// long). Cold: nothing stored, so the API computes every unit-day from raw telemetry and stores it; its
// progress is the number of stored days, counted every few seconds. Served: every day already stored.
import http from 'node:http';

import { info, warn } from '../../scripts/lib/log.mjs';

const PROGRESS_EVERY_S = 5;
const fmt = (n) => Math.round(n).toLocaleString('en-US');

export function reportUrl(baseUrl, { from, to, unitIds, format }) {
  const query = new URLSearchParams({ from, to, format });
  for (const id of unitIds) {
    query.append('unitId', id);
  }
  return `${baseUrl}/api/v1/compliance/report?${query}`;
}

/** GET with the user's token; resolves with status, bytes, ms to the last byte and the body as text. */
function get(url, token, { signal } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstByteMs = null;
    const req = http.get(url, { headers: { authorization: `Bearer ${token}` }, signal }, (res) => {
      const chunks = [];
      res.on('data', (c) => {
        firstByteMs ??= performance.now() - started;
        chunks.push(c);
      });
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode,
          ms: performance.now() - started,
          firstByteMs,
          bytes: body.length,
          text: body.toString(),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** What a report answer holds, checked against what was asked. */
function check(answer, { unitCount, days, format }) {
  if (answer.status !== 200) {
    throw new Error(`the report answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  }
  if (format === 'csv') {
    const lines = answer.text.trimEnd().split('\n').length - 1;
    if (lines !== unitCount * days) {
      throw new Error(`the CSV report has ${lines} rows, expected ${unitCount * days}`);
    }
    return { rows: lines };
  }
  const report = JSON.parse(answer.text);
  const dayCount = report.units.reduce((n, u) => n + u.days.length, 0);
  if (report.units.length !== unitCount || dayCount !== unitCount * days) {
    throw new Error(
      `the report has ${report.units.length} units and ${dayCount} unit-days, expected ${unitCount} and ${unitCount * days}`,
    );
  }
  const readings = report.units.reduce((n, u) => n + u.days.reduce((m, d) => m + d.readings, 0), 0);
  const outOfRange = report.units.reduce(
    (n, u) => n + u.days.reduce((m, d) => m + d.minutesOutOfRange, 0),
    0,
  );
  return { rows: dayCount, readings, minutesOutOfRange: outOfRange };
}

async function storedDays(pool, unitIds, from, to) {
  const { rows } = await pool.query(
    `SELECT count(*)::int AS n FROM compliance_day WHERE unit_id = ANY($1::uuid[]) AND day BETWEEN $2::date AND $3::date`,
    [unitIds, from, to],
  );
  return rows[0].n;
}

/**
 * The first report, with nothing stored. Past `budgetMs` the request is abandoned and the API restarted
 * (it would go on computing otherwise); the days stored so far give the rate and an estimate of the whole.
 */
export async function coldReport(ctx, { token, period, unitIds, budgetMs }) {
  const { pool, stack, sampler } = ctx;
  const total = unitIds.length * period.days;
  const url = reportUrl(stack.url, { ...period, unitIds, format: 'json' });
  const before = await storedDays(pool, unitIds, period.from, period.to);
  if (before !== 0) {
    throw new Error(`${before} days are already stored; the cold report needs none`);
  }
  sampler.setPhase('report cold');
  const abort = new AbortController();
  const started = performance.now();
  const samples = [];
  const request = get(url, token, { signal: abort.signal }).then(
    (answer) => ({ answer }),
    (error) => ({ error }),
  );
  let outcome = null;
  while (!outcome) {
    const tick = new Promise((r) => setTimeout(() => r(null), PROGRESS_EVERY_S * 1000));
    outcome = await Promise.race([request, tick]);
    if (outcome) {
      break;
    }
    ctx.checkCrash();
    const elapsedS = (performance.now() - started) / 1000;
    const done = await storedDays(pool, unitIds, period.from, period.to);
    samples.push({ t: elapsedS, days: done });
    const rate = done / elapsedS;
    info(
      `[report cold] ${Math.round(elapsedS)}s ${fmt(done)}/${fmt(total)} unit-days computed and stored ` +
        `(${rate.toFixed(1)}/s${rate > 0 ? `, about ${fmt((total - done) / rate / 60)} min to go` : ''})`,
    );
    if (elapsedS * 1000 > budgetMs) {
      warn(`the cold report ran past its budget (${Math.round(budgetMs / 60_000)} min): abandoning it`);
      abort.abort();
      await request;
      const pid = await stack.restartApi();
      sampler.track('api', pid);
      sampler.setPhase(null);
      const stored = await storedDays(pool, unitIds, period.from, period.to);
      // The rate over the run, from the first to the last sample (the API computes unit by unit, day by day).
      const perS = stored / elapsedS;
      return {
        name: 'report cold',
        finished: false,
        budgetS: budgetMs / 1000,
        elapsedS,
        unitDaysTotal: total,
        unitDaysStored: stored,
        unitDaysPerS: perS,
        estimatedTotalS: perS > 0 ? total / perS : null,
        samples,
        processes: sampler.summary('report cold'),
      };
    }
  }
  sampler.setPhase(null);
  if (outcome.error) {
    throw outcome.error;
  }
  const summary = check(outcome.answer, { unitCount: unitIds.length, days: period.days, format: 'json' });
  const stored = await storedDays(pool, unitIds, period.from, period.to);
  const seconds = outcome.answer.ms / 1000;
  info(`[report cold] finished in ${seconds.toFixed(1)} s, ${fmt(stored)} unit-days stored`);
  return {
    name: 'report cold',
    finished: true,
    seconds,
    firstByteS: outcome.answer.firstByteMs / 1000,
    bytes: outcome.answer.bytes,
    unitDaysTotal: total,
    unitDaysStored: stored,
    unitDaysPerS: total / seconds,
    ...summary,
    samples,
    processes: sampler.summary('report cold'),
  };
}

/** The served report: every day stored; `runs` timed requests per format, one after another. */
export async function servedReports(ctx, { token, period, unitIds, runs }) {
  const { pool, stack, sampler } = ctx;
  const stored = await storedDays(pool, unitIds, period.from, period.to);
  const total = unitIds.length * period.days;
  if (stored !== total) {
    throw new Error(`${stored} of ${total} unit-days are stored; the served report needs them all`);
  }
  const out = {};
  for (const format of ['json', 'csv']) {
    const url = reportUrl(stack.url, { ...period, unitIds, format });
    const phase = `report served ${format}`;
    const times = [];
    let summary = null;
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      ctx.checkCrash();
      sampler.setPhase(phase);
      const answer = await get(url, token);
      sampler.setPhase(null);
      summary = check(answer, { unitCount: unitIds.length, days: period.days, format });
      bytes = answer.bytes;
      times.push({ s: answer.ms / 1000, firstByteS: answer.firstByteMs / 1000 });
      info(
        `[${phase}] run ${i + 1}/${runs}: ${(answer.ms / 1000).toFixed(2)} s ` +
          `(first byte ${(answer.firstByteMs / 1000).toFixed(2)} s), ${(answer.bytes / 2 ** 20).toFixed(1)} MiB`,
      );
    }
    const sorted = times.map((t) => t.s).sort((a, b) => a - b);
    out[format] = {
      name: phase,
      runs: times,
      medianS: sorted[Math.floor((sorted.length - 1) / 2)],
      minS: sorted[0],
      maxS: sorted.at(-1),
      bytes,
      ...summary,
      processes: sampler.summary(phase),
    };
  }
  return out;
}
