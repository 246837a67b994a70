// The bench's output: the results JSON, a Markdown block (printed, and put between the markers in
// docs/benchmarks.md when the file has them; nothing else in that file is touched).
import { replaceDocsBlock, writeResultsFile } from '../../scripts/lib/bench-output.mjs';

export const DOCS_BEGIN = '<!-- bench:ingest:begin (written by bench/ingest/run.mjs) -->';
export const DOCS_END = '<!-- bench:ingest:end -->';

const TARGETS = { sustainedPerS: 50_000, p99Ms: 250, latencyRatePerS: 10_000 };
const n = (x) => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en-US'));
const ms = (x) => (x === null || x === undefined ? '–' : `${Math.round(x)} ms`);
const PROCESS_ORDER = [
  'orchestrator',
  'generator',
  'api',
  'worker-1',
  'worker-2',
  'worker-3',
  'redis',
  'postgres',
  'bare-server',
];

/** The highest rate the pipeline sustained: the throughput phase if it held, else the best step. */
export function headline(results) {
  const runs = [results.throughput, ...(results.steps ?? [])].filter(Boolean);
  const held = runs.filter((r) => r.verdict.sustained);
  const best = held.sort((a, b) => b.targetPerS - a.targetPerS)[0] ?? null;
  const sustainedPerS = best ? Math.min(best.acceptedPerS, best.processedPerS) : null;
  const failedAbove = runs
    .filter((r) => !r.verdict.sustained && (!best || r.targetPerS > best.targetPerS))
    .sort((a, b) => a.targetPerS - b.targetPerS)[0];
  const limit = results.limit?.sightingsPerS ?? null;
  return {
    sustainedPerS,
    sustainedAtTargetPerS: best?.targetPerS ?? null,
    notSustainedAtPerS: failedAbove?.targetPerS ?? null,
    targetMet: Boolean(results.throughput?.verdict.sustained),
    limitPerS: limit,
    ratio: sustainedPerS !== null && limit ? sustainedPerS / limit : null,
  };
}

/** Writes the results to bench/ingest/results/ (a file per run). */
export const writeResults = (root, results) => writeResultsFile(root, 'bench/ingest/results', results);

function phaseRow(r) {
  const verdict = r.warmup
    ? '(warm-up, not judged)'
    : r.verdict.sustained
      ? 'sustained'
      : `no: ${r.verdict.reasons.join('; ')}`;
  return (
    `| ${r.name} | ${n(r.targetPerS)} | ${n(r.offeredPerS)} | ${n(r.acceptedPerS)} | ${n(r.processedPerS)} | ` +
    `${n(r.backlogJobsAtEnd)} | ${r.drained ? `${r.drainS} s` : 'not drained'} | ${n(r.lostSightings)} | ` +
    `${r.errors.status4xx}/${r.errors.status5xx}/${r.errors.networkErrors}/${r.failedJobs} | ` +
    `${ms(r.http202LatencyMs?.p50)} / ${ms(r.http202LatencyMs?.p99)} | ` +
    `${ms(r.endToEnd?.p50Ms)} / ${ms(r.endToEnd?.p99Ms)} (${n(r.endToEnd?.movingTagChanges)}) | ${verdict} |`
  );
}

function processTable(results) {
  const cores = results.machine.cores;
  const phases = [results.latency, results.throughput, ...(results.steps ?? []), results.limit].filter(
    Boolean,
  );
  const lines = [
    '| Phase | Process | CPU mean | CPU max | RSS mean | RSS max |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const phase of phases) {
    const names = Object.keys(phase.processes)
      .filter((x) => x !== 'machine')
      .sort((a, b) => PROCESS_ORDER.indexOf(a) - PROCESS_ORDER.indexOf(b));
    for (const name of names) {
      const p = phase.processes[name];
      lines.push(
        `| ${phase.name} | ${name} | ${p.cpuMeanPct} % | ${p.cpuMaxPct} % | ${n(p.rssMeanMb)} MB | ${n(p.rssMaxMb)} MB |`,
      );
    }
    const m = phase.processes.machine;
    if (m) {
      const tracked = names.reduce((sum, name) => sum + phase.processes[name].cpuMeanPct, 0);
      const untracked = Math.max(0, Math.round((m.cpuMeanPct * cores - tracked) * 10) / 10);
      lines.push(`| ${phase.name} | untracked (kernel, other processes) | ${untracked} % | | | |`);
      lines.push(
        `| ${phase.name} | whole machine | ${m.cpuMeanPct} % of ${cores} cores | ${m.cpuMaxPct} % | | |`,
      );
    }
  }
  return lines.join('\n');
}

export function markdownBlock(results) {
  const h = headline(results);
  const lat = results.latency;
  const e2e = lat?.endToEnd ?? {};
  const m = results.machine;
  const c = results.config;
  const notAt =
    h.notSustainedAtPerS === null
      ? '; the search stopped before finding a rate that was not'
      : `; ${n(h.notSustainedAtPerS)}/s was not`;
  const sustained =
    h.sustainedPerS === null
      ? `none of the rates tried${notAt}`
      : `${n(h.sustainedPerS)} sightings/s (run offered ${n(h.sustainedAtTargetPerS)}/s${notAt})`;
  const missedBy =
    h.sustainedPerS !== null && !h.targetMet
      ? ` — target missed by ${n(TARGETS.sustainedPerS - h.sustainedPerS)}/s (${Math.round((h.sustainedPerS / TARGETS.sustainedPerS) * 100)} % of it)`
      : '';
  return [
    `### Ingest pipeline: run of ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Command: \`${results.command}\` — ${c.workers} worker(s), ${n(c.gateways)} gateways, ${n(c.tags)} tags ` +
      `(${n(c.movingTags)} moving), generator ${results.generator}.`,
    '',
    `Code: ${results.code.commit}${results.code.uncommittedFiles.length ? ` + uncommitted changes (fingerprint ${results.code.uncommittedFingerprint}) in ${results.code.uncommittedFiles.join(', ')}` : ''}.`,
    '',
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}, kernel ${m.kernel}; Node ${m.node}, ` +
      `PostgreSQL ${m.postgres}, Redis ${m.redis}. Generator, API, worker(s), Redis and PostgreSQL share these cores.`,
    '',
    '| Figure | Measured | Target |',
    '| --- | --- | --- |',
    `| Sustained, whole pipeline | ${sustained}${missedBy} | ≥ ${n(TARGETS.sustainedPerS)}/s, nothing lost |`,
    `| At ${n(results.throughput?.targetPerS)}/s offered: accepted / processed | ${n(results.throughput?.acceptedPerS)} / ${n(results.throughput?.processedPerS)} per s | |`,
    `| POST → websocket at ${n(lat?.targetPerS)}/s: p50 / p90 / p99 / max | ${ms(e2e.p50Ms)} / ${ms(e2e.p90Ms)} / ${ms(e2e.p99Ms)} / ${ms(e2e.maxMs)} (${n(e2e.movingTagChanges)} room changes) | p99 < ${TARGETS.p99Ms} ms at ${n(TARGETS.latencyRatePerS)}/s |`,
    `| HTTP 202 at ${n(lat?.targetPerS)}/s: p50 / p99 | ${ms(lat?.http202LatencyMs?.p50)} / ${ms(lat?.http202LatencyMs?.p99)} | |`,
    `| Limit: bare node:http + JSON.parse, same bodies | ${n(h.limitPerS)} sightings/s (${n(results.limit?.requestsPerS)} req/s) | |`,
    `| Ratio sustained / limit | ${h.ratio === null ? '–' : h.ratio.toFixed(3)} | |`,
    '',
    'Every phase is open loop (each gateway posts once a second, whatever the answers); accepted and processed',
    'are rates over the steady window (after 5 s); backlog = ingest jobs waiting or active when the load stopped;',
    'lost = sightings in 202-accepted batches minus the worker counter after draining.',
    '',
    '| Phase | Target/s | Offered/s | Accepted/s | Processed/s | Backlog at end (jobs) | Drain | Lost | 4xx/5xx/net/failed jobs | HTTP 202 p50 / p99 | POST → websocket p50 / p99 (changes) | Sustained |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...[results.warmup, lat, results.throughput, ...(results.steps ?? [])].filter(Boolean).map(phaseRow),
    '',
    'CPU is % of one core (whole machine: % of all cores), RSS in MB, sampled every second while the load ran:',
    '',
    processTable(results),
    '',
  ].join('\n');
}

/** Replaces the block between the markers in docs/benchmarks.md; returns false when there are none. */
export const updateDocs = (root, block) => replaceDocsBlock(root, DOCS_BEGIN, DOCS_END, block);
