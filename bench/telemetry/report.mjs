// The bench's output: the results JSON, a Markdown block (printed, and put between the results markers in
// docs/benchmarks.md by full runs; nothing else in that file is touched).
import { replaceDocsBlock, writeResultsFile } from '../../scripts/lib/bench-output.mjs';

/** Each part of the bench has its own block in docs/benchmarks.md, written by the run that measured it. */
export const DOCS_PARTS = {
  ingest: {
    begin: '<!-- bench:telemetry:ingest:begin (written by bench/telemetry/run.mjs) -->',
    end: '<!-- bench:telemetry:ingest:end -->',
    keys: ['ingest', 'mirror', 'copy', 'copyRuns', 'copyBatched'],
  },
  report: {
    begin: '<!-- bench:telemetry:report:begin (written by bench/telemetry/run.mjs) -->',
    end: '<!-- bench:telemetry:report:end -->',
    keys: ['generate', 'reportCold', 'fill', 'reportServed', 'queryCosts'],
  },
};

/** The results of one part only (the other part's figures taken out), or null when the run lacks it. */
export function partResults(results, part) {
  const own = DOCS_PARTS[part].keys;
  if (!own.some((k) => results[k])) {
    return null;
  }
  const others = Object.entries(DOCS_PARTS)
    .filter(([name]) => name !== part)
    .flatMap(([, p]) => p.keys);
  return Object.fromEntries(Object.entries(results).filter(([k]) => !others.includes(k)));
}

export const TARGETS = { ratio: 0.6, servedReportS: 10 };
const n = (x) => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en-US'));
const s1 = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(x < 10 ? 2 : 1)} s`);
const ms = (x) => (x === null || x === undefined ? '–' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
const minutes = (s) => (s >= 5400 ? `${(s / 3600).toFixed(1)} h` : `${(s / 60).toFixed(1)} min`);
const PROCESS_ORDER = [
  'orchestrator',
  'poster',
  'api',
  'worker-1',
  'worker-2',
  'worker-3',
  'redis',
  'postgres',
];

export function headline(results) {
  const storedPerS = results.ingest?.storedPerS ?? null;
  const limitPerS = results.copy?.rowsPerS ?? null;
  const ratio = storedPerS !== null && limitPerS ? storedPerS / limitPerS : null;
  const served = results.reportServed?.json?.medianS ?? null;
  const cold = results.reportCold;
  return {
    storedPerS,
    limitPerS,
    ratio,
    ratioTargetMet: ratio === null ? null : ratio >= TARGETS.ratio,
    servedReportS: served,
    servedTargetMet: served === null ? null : served < TARGETS.servedReportS,
    coldReportS: cold ? (cold.finished ? cold.seconds : null) : null,
    coldReportEstimatedS: cold && !cold.finished ? cold.estimatedTotalS : null,
  };
}

/** Writes the results to bench/telemetry/results/ (a file per run). */
export const writeResults = (root, results) => writeResultsFile(root, 'bench/telemetry/results', results);

function processTable(results) {
  const cores = results.machine.cores;
  const phases = [
    results.ingest && ['ingest window', results.ingest.processes],
    results.copy && [results.copy.name, results.copy.processes],
    results.copyBatched && [results.copyBatched.name, results.copyBatched.processes],
    results.generate && ['generating readings', results.generate.processes],
    results.reportCold && ['report, cold', results.reportCold.processes],
    results.reportServed && ['report, served (JSON)', results.reportServed.json.processes],
    results.reportServed && ['report, served (CSV)', results.reportServed.csv.processes],
  ].filter(Boolean);
  const lines = ['| Phase | Process | CPU mean | CPU max | RSS max |', '| --- | --- | ---: | ---: | ---: |'];
  for (const [name, processes] of phases) {
    const names = Object.keys(processes ?? {})
      .filter((x) => x !== 'machine')
      .sort((a, b) => PROCESS_ORDER.indexOf(a) - PROCESS_ORDER.indexOf(b));
    for (const p of names) {
      const e = processes[p];
      lines.push(`| ${name} | ${p} | ${e.cpuMeanPct} % | ${e.cpuMaxPct} % | ${n(e.rssMaxMb)} MB |`);
    }
    const m = processes?.machine;
    if (m) {
      const tracked = names.reduce((sum, p) => sum + processes[p].cpuMeanPct, 0);
      const untracked = Math.max(0, Math.round((m.cpuMeanPct * cores - tracked) * 10) / 10);
      lines.push(`| ${name} | untracked (kernel, other processes) | ${untracked} % | | |`);
      lines.push(`| ${name} | whole machine | ${m.cpuMeanPct} % of ${cores} cores | ${m.cpuMaxPct} % | |`);
    }
  }
  return lines.join('\n');
}

/** The limit's runs, when it was timed more than once (older results files have one run only). */
const limitRuns = (results) => (results.copyRuns?.length > 1 ? results.copyRuns : null);

function limitRunsNote(results) {
  const runs = limitRuns(results);
  return runs ? `, median of ${runs.length} runs (${runs.map((r) => n(r.rowsPerS)).join(', ')} rows/s)` : '';
}

/** The ratio against the fastest and the slowest of the limit's runs. */
function ratioSpread(results) {
  const runs = limitRuns(results);
  const stored = results.ingest?.storedPerS;
  if (!runs || !stored) {
    return '';
  }
  const rates = runs.map((r) => r.rowsPerS);
  return ` (${(stored / Math.max(...rates)).toFixed(2)}–${(stored / Math.min(...rates)).toFixed(2)} against the fastest and slowest run)`;
}

function ingestRows(results) {
  const i = results.ingest;
  const h = headline(results);
  if (!i) {
    return [];
  }
  const met = h.ratio === null ? '' : h.ratioTargetMet ? ': met' : ': **missed**';
  const errors = i.totals.status4xx + i.totals.status5xx + i.totals.networkErrors;
  return [
    `| Readings stored per second, end to end (${Math.round(i.windowS)} s window) | **${n(i.storedPerS)}/s** | |`,
    `| Limit: one plain \`COPY\` of the same ${n(results.copy?.rows)} rows into an identical partitioned table${limitRunsNote(results)} | ${n(results.copy?.rowsPerS)}/s (${s1(results.copy?.seconds)}) | |`,
    `| **Ratio stored / limit** | **${h.ratio === null ? '–' : h.ratio.toFixed(2)}**${ratioSpread(results)} | ≥ ${TARGETS.ratio}${met} |`,
    `| For comparison: \`COPY\` per ${n(i.config.batch)} rows, one transaction each, one connection | ${n(results.copyBatched?.rowsPerS)}/s (${n(results.copyBatched?.copies)} COPYs) | |`,
    `| Accepted by the API (202) / POSTs per second | ${n(i.acceptedPerS)}/s / ${n(i.postsPerS)} | |`,
    `| HTTP 202 p50 / p90 / p99 | ${ms(i.http202LatencyMs.p50)} / ${ms(i.http202LatencyMs.p90)} / ${ms(i.http202LatencyMs.p99)} | |`,
    `| Queue: most jobs waiting or active / share of the window posting was paused | ${n(i.maxBacklogJobs)} / ${Math.round(i.gateClosedShare * 100)} % | |`,
    `| Drain after the window; lost readings; failed jobs; HTTP errors | ${i.drained ? s1(i.drainS) : 'not drained'}; ${n(i.lostReadings)}; ${n(i.failedJobs)}; ${n(errors)} | 0 lost |`,
  ];
}

function reportRows(results) {
  const g = results.generate;
  const cold = results.reportCold;
  const served = results.reportServed;
  const h = headline(results);
  if (!g) {
    return [];
  }
  const c = results.config;
  const unitDays = c.units * c.days;
  const servedMet = h.servedTargetMet === null ? '' : h.servedTargetMet ? ': met' : ': **missed**';
  const coldText = !cold
    ? '–'
    : cold.finished
      ? `**${s1(cold.seconds)}** (${cold.unitDaysPerS.toFixed(1)} unit-days/s)`
      : `not finished: ${n(cold.unitDaysStored)} of ${n(cold.unitDaysTotal)} unit-days in ${minutes(cold.elapsedS)} ` +
        `(${cold.unitDaysPerS.toFixed(2)}/s); **about ${minutes(cold.estimatedTotalS)}** for all at that rate`;
  const fill = results.fill;
  return [
    `| Report, served (every day stored), JSON: median of ${served?.json.runs.length ?? 0} (min–max) | **${s1(served?.json.medianS)}** (${s1(served?.json.minS)}–${s1(served?.json.maxS)}), ${(served?.json.bytes / 2 ** 20).toFixed(1)} MiB | < ${TARGETS.servedReportS} s${servedMet} |`,
    `| Report, served, CSV: median (min–max) | ${s1(served?.csv.medianS)} (${s1(served?.csv.minS)}–${s1(served?.csv.maxS)}), ${(served?.csv.bytes / 2 ** 20).toFixed(1)} MiB | |`,
    `| Report, cold (nothing stored: ${n(unitDays)} unit-days computed from raw readings) | ${coldText} | |`,
    ...(fill && fill.stored > 0
      ? [
          `| … days the cold run did not reach, stored by the bench with libs/domain \`dailyCompliance\` | ${n(fill.stored)} in ${s1(fill.seconds)}; ${n(fill.checked)} API-stored days recomputed, ${fill.mismatches.length} differ | |`,
        ]
      : []),
    `| Readings generated in SQL (${c.connections} connections) | ${n(g.rows)} in ${minutes(g.seconds)}: ${n(g.rowsPerS)} rows/s | |`,
    `| \`telemetry\` size after generating: table / indexes; VACUUM (ANALYZE) | ${gib(g.size.tableBytes)} / ${gib(g.size.indexBytes)}; ${s1(g.vacuumAnalyzeS)} | |`,
  ];
}

function activityLines(results) {
  const a = results.ingest?.pgActivity;
  if (!a) {
    return [];
  }
  return [
    '',
    `What PostgreSQL's sessions on the bench database were doing in the ingest window (pg_stat_activity every 200 ms, ` +
      `${n(a.samples)} samples; ${a.meanActiveSessions.toFixed(2)} sessions active on average):`,
    '',
    '| Backend | Waiting on | Statement | Active sessions (mean) |',
    '| --- | --- | --- | ---: |',
    ...a.top.map(
      (t) =>
        `| ${t.backend} | ${t.wait} | ${t.statement ? `\`${t.statement.replace(/\|/g, '\\|')}…\`` : ''} | ${t.activeSessions.toFixed(2)} |`,
    ),
  ];
}

function queryCostLines(results) {
  const q = results.queryCosts;
  if (!q) {
    return [];
  }
  const c = q.compute;
  return [
    '',
    `Where the time goes, per query (the services' SQL run by the bench, warm cache, mean of ${c.samples} unit-days / ${q.served.samples} units):`,
    '',
    '| Query | Mean | Max |',
    '| --- | ---: | ---: |',
    `| cold, per unit-day: the day's readings | ${ms(c.meanMs.dayReadings)} | ${ms(c.maxMs.dayReadings)} |`,
    ...(c.meanMs.edges === undefined
      ? [
          `| cold, per unit-day: readings just before and after the day (\`max()\` over a join) | ${ms(c.meanMs.edgesNow)} | ${ms(c.maxMs.edgesNow)} |`,
          `| … the same with \`LATERAL … ORDER BY recorded_at DESC LIMIT 1\` per sensor (same answers: ${c.fixedEdgesAgree ? 'yes' : 'NO'}) | ${ms(c.meanMs.edgesFixed)} | ${ms(c.maxMs.edgesFixed)} |`,
        ]
      : [
          `| cold, per unit-day: readings just before and after the day, as the service queries them (per sensor, \`LATERAL … LIMIT 1\`) | ${ms(c.meanMs.edges)} | ${ms(c.maxMs.edges)} |`,
          `| … the same as written before (\`max()\` over a join; same times: ${c.edgesAgree ? 'yes' : 'NO'}) | ${ms(c.meanMs.edgesBefore)} | ${ms(c.maxMs.edgesBefore)} |`,
        ]),
    `| served, per unit: the stored days | ${ms(q.served.meanMs.storedDays)} | |`,
    `| served, per unit: the excursions (alerts) | ${ms(q.served.meanMs.excursions)} | |`,
  ];
}

export function markdownBlock(results) {
  const m = results.machine;
  const c = results.config;
  const i = results.ingest;
  const p = results.period;
  return [
    `### Environment monitoring${results.ingest ? ', ingest' : ''}${results.generate ? ', report' : ''}: run of ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Command: \`${results.command}\` — took ${minutes(results.durationS)}. ` +
      (i
        ? `Ingest: ${c.gateways} gateways × ${c.sensorsPerGateway} sensors, ${c.batch} readings per POST, one reading per sensor every ${c.intervalS ?? 60} s, one POST in flight per gateway. `
        : '') +
      (p && results.generate
        ? `Report: ${n(c.units)} units (${c.profile}), one sensor each, ${c.days} days ${p.from} … ${p.to} (${p.timezone}), one reading a minute.`
        : ''),
    '',
    `Code: ${results.code.commit}${results.code.uncommittedFiles.length ? ` + uncommitted changes (fingerprint ${results.code.uncommittedFingerprint}) in ${results.code.uncommittedFiles.join(', ')}` : ''}.`,
    '',
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}, kernel ${m.kernel}; Node ${m.node}, ` +
      `PostgreSQL ${m.postgres}, Redis ${m.redis}. Poster, API, worker(s), Redis and PostgreSQL share these cores.`,
    '',
    '| Figure | Measured | Target |',
    '| --- | --- | --- |',
    ...ingestRows(results),
    ...reportRows(results),
    ...activityLines(results),
    ...queryCostLines(results),
    '',
    'CPU is % of one core (whole machine: % of all cores), RSS in MB, sampled every second:',
    '',
    processTable(results),
    '',
  ].join('\n');
}

/** Replaces the block between a part's markers in docs/benchmarks.md; returns false when there are none. */
export const updateDocs = (root, part, block) =>
  replaceDocsBlock(root, DOCS_PARTS[part].begin, DOCS_PARTS[part].end, block);
