// The bench's output: a progress line per visit, the results JSON, a Markdown block (printed, and put
// between the bench:ui:results markers inside the bench/ui section of docs/benchmarks.md; nothing else in
// that file is touched).
import { replaceDocsBlock, writeResultsFile } from '../../scripts/lib/bench-output.mjs';

export const DOCS_BEGIN = '<!-- bench:ui:results:begin (written by bench/ui/run.mjs) -->';
export const DOCS_END = '<!-- bench:ui:results:end -->';
export const TARGETS = { firstPaintMs: 1000, fps: 30 };
const OURS = 'wardwatch';
const LIMIT = 'bare-leaflet';

const n = (x) => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en-US'));
const ms = (x) => (x === null || x === undefined ? '–' : `${Math.round(x).toLocaleString('en-US')} ms`);
const f1 = (x) => (x === null || x === undefined ? '–' : x.toFixed(1));
const ratio = (a, b) => (a === null || b === null || !b ? null : a / b);
const f2 = (x) => (x === null ? '–' : x.toFixed(2));

export function visitLine(mode, round, rounds, page, { firstRender: r, churn: c }) {
  const drawn = r.drawn === null ? '' : `, ${n(r.drawn)} drawn`;
  return (
    `${mode} round ${round}/${rounds} ${page.padEnd(12)} first paint ${ms(r.paintedMs)} (adding ${ms(r.addMs)}${drawn}); ` +
    `${f1(c.fps)} fps with ${n(c.movesPerS)} moves/s, frame p95 ${ms(c.frameMs.p95)}, max ${ms(c.frameMs.max)}, ` +
    `${c.slowFrames} slow frames, ${c.longTasks.count} long tasks (${ms(c.longTasks.totalMs)}); ` +
    `CPU: bench ${c.cpu.benchPct} %, other processes ${c.cpu.otherPct} %` +
    (c.check ? `; repaint check: ${n(c.check.differingPixels)} pixels differ` : '')
  );
}

function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return null;
  }
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function figures(visits) {
  const pick = (fn) => {
    const values = visits.map(fn).filter((v) => v !== null && v !== undefined);
    return {
      median: median(values),
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
    };
  };
  return {
    visits: visits.length,
    paintedMs: pick((v) => v.firstRender.paintedMs),
    addMs: pick((v) => v.firstRender.addMs),
    drawn: pick((v) => v.firstRender.drawn),
    fps: pick((v) => v.churn.fps),
    frameP95Ms: pick((v) => v.churn.frameMs.p95),
    frameMaxMs: pick((v) => v.churn.frameMs.max),
    slowFrames: pick((v) => v.churn.slowFrames),
    longTaskCount: pick((v) => v.churn.longTasks.count),
    longTaskMs: pick((v) => v.churn.longTasks.totalMs),
    movesPerS: pick((v) => v.churn.movesPerS),
    applyMsPerS: pick((v) => (v.churn.applyMs / v.churn.durationMs) * 1000),
    paintMsPerFrame: pick((v) =>
      v.churn.paint && v.churn.paint.frames ? v.churn.paint.ms / v.churn.paint.frames : null,
    ),
    paintMsPerS: pick((v) => (v.churn.paint ? (v.churn.paint.ms / v.churn.durationMs) * 1000 : null)),
    benchCpuPct: pick((v) => v.churn.cpu.benchPct),
    otherCpuPct: pick((v) => v.churn.cpu.otherPct),
    differingPixels: pick((v) => v.churn.check?.differingPixels),
    zoom: pick((v) => v.firstRender.zoom),
    pixelsPerMetre: pick((v) => v.firstRender.pixelsPerMetre),
  };
}

export function summarise(results) {
  const modes = [...new Set(results.runs.map((r) => r.mode))];
  return Object.fromEntries(
    modes.map((mode) => {
      const ours = figures(results.runs.filter((r) => r.mode === mode && r.page === OURS));
      const limit = figures(results.runs.filter((r) => r.mode === mode && r.page === LIMIT));
      return [
        mode,
        {
          ours,
          limit,
          ratios: {
            firstPaint: ratio(ours.paintedMs.median, limit.paintedMs.median),
            fps: ratio(ours.fps.median, limit.fps.median),
          },
          targets: {
            firstPaintMet: ours.paintedMs.max !== null && ours.paintedMs.max < TARGETS.firstPaintMs,
            fpsMet: ours.fps.min !== null && ours.fps.min >= TARGETS.fps,
          },
        },
      ];
    }),
  );
}

/** Writes the results to bench/ui/results/ (a file per run). */
export const writeResults = (root, results) => writeResultsFile(root, 'bench/ui/results', results);

const spread = (fig, fmt) =>
  fig.min === fig.max ? fmt(fig.median) : `${fmt(fig.median)} (${fmt(fig.min)}–${fmt(fig.max)})`;

function summaryTable(s, config) {
  const { ours, limit, ratios, targets } = s;
  const met = (ok) => (ok ? 'met' : '**missed**');
  return [
    '| Figure (median of the rounds; min–max) | Wardwatch `AssetMarkerLayer` | Limit: bare Leaflet `circleMarker` on `L.canvas()` | Ours / limit | Target |',
    '| --- | --- | --- | ---: | --- |',
    `| Adding ${n(config.markers)} markers → first painted frame | **${spread(ours.paintedMs, ms)}** | ${spread(limit.paintedMs, ms)} | ${f2(ratios.firstPaint)} | < ${n(TARGETS.firstPaintMs)} ms: ${met(targets.firstPaintMet)} |`,
    `| … of which adding them (JavaScript, before the frame) | ${spread(ours.addMs, ms)} | ${spread(limit.addMs, ms)} | ${f2(ratio(ours.addMs.median, limit.addMs.median))} | |`,
    `| Frames per second while ${n(config.rate)} position changes/s are applied | **${spread(ours.fps, f1)}** | ${spread(limit.fps, f1)} | ${f2(ratios.fps)} | ≥ ${TARGETS.fps}: ${met(targets.fpsMet)} |`,
    `| … frame interval p95 / worst | ${ms(ours.frameP95Ms.median)} / ${ms(ours.frameMaxMs.max)} | ${ms(limit.frameP95Ms.median)} / ${ms(limit.frameMaxMs.max)} | | |`,
    `| … frames longer than 33 ms, per ${config.durationS} s | ${spread(ours.slowFrames, n)} | ${spread(limit.slowFrames, n)} | | |`,
    `| … long tasks (> 50 ms): count / total ms | ${n(ours.longTaskCount.median)} / ${ms(ours.longTaskMs.median)} | ${n(limit.longTaskCount.median)} / ${ms(limit.longTaskMs.median)} | | |`,
    `| … JavaScript applying the changes, ms per second | ${f1(ours.applyMsPerS.median)} | ${f1(limit.applyMsPerS.median)} | | |`,
    `| … our layer painting: ms per frame / ms per second | ${f1(ours.paintMsPerFrame.median)} / ${n(ours.paintMsPerS.median)} | (not measurable from outside Leaflet) | | |`,
    `| … CPU of the bench (Chromium + node), % of one core | ${spread(ours.benchCpuPct, f1)} | ${spread(limit.benchCpuPct, f1)} | | |`,
    `| … CPU of other processes on the machine, % of one core | ${spread(ours.otherCpuPct, f1)} | ${spread(limit.otherCpuPct, f1)} | | |`,
    `| Markers drawn in the view (the rest are off-screen) | ${spread(ours.drawn, n)} | the same points (Leaflet's canvas skips those outside it; it does not report a count) | | |`,
    `| Patched canvas vs a full repaint after the moves: pixels that differ | ${spread(ours.differingPixels, n)} | | | 0 |`,
  ].join('\n');
}

function roundTable(results) {
  const lines = [
    '| Mode | Round | Page | First paint | Adding | fps | p95 frame | Slow frames | Long tasks (ms) | Moves/s | CPU bench / other |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results.runs) {
    const c = r.churn;
    lines.push(
      `| ${r.mode} | ${r.round} | ${r.page} | ${ms(r.firstRender.paintedMs)} | ${ms(r.firstRender.addMs)} | ${f1(c.fps)} | ` +
        `${ms(c.frameMs.p95)} | ${c.slowFrames} | ${c.longTasks.count} (${ms(c.longTasks.totalMs)}) | ${n(c.movesPerS)} | ` +
        `${c.cpu.benchPct} % / ${c.cpu.otherPct} % |`,
    );
  }
  return lines.join('\n');
}

export function markdownBlock(results) {
  const m = results.machine;
  const c = results.config;
  const b = results.browser;
  const s = results.summary;
  const z = s.capped?.ours ?? Object.values(s)[0].ours;
  const parts = [
    `### Floor-plan UI: run of ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Command: \`${results.command}\` — ${c.rounds} round(s), each loading both pages fresh (order alternating); ` +
      `${n(c.markers)} markers on ${c.floor} (${c.rooms} rooms); ${n(c.rate)} changes/s in batches every ${c.batchMs} ms for ${c.durationS} s; ` +
      (c.quietWaitS > 0
        ? `before each visit it waited (up to ${c.quietWaitS} s) for other processes to use < ${c.quietBelowPct} % of a core; `
        : '') +
      `view ${b.viewport.width}×${b.viewport.height} at zoom ${z.zoom.median} (${f1(z.pixelsPerMetre.median)} px/m, the lowest zoom showing markers). ` +
      `Bundles: ${Object.entries(c.bundleBytes)
        .map(([p, bytes]) => `${p} ${n(bytes / 1024)} KiB`)
        .join(', ')}.`,
    '',
    `Code: ${results.code.commit}, asset-markers + bench/ui fingerprint ${results.code.fingerprint}; Leaflet ${results.code.leaflet}.`,
    '',
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}, kernel ${m.kernel}; Node ${m.node}; ` +
      `Chromium ${m.chromium} headless, software rendering (\`--disable-gpu\`), device pixel ratio 1.`,
    '',
  ];
  for (const [mode, summary] of Object.entries(s)) {
    parts.push(
      mode === 'capped'
        ? '**Frame rate as Chromium sets it** (headless: a 60 Hz virtual display):'
        : '**Uncapped** (`--disable-frame-rate-limit --disable-gpu-vsync`: frames as fast as the renderer makes them):',
      '',
      summaryTable(summary, c),
      '',
    );
  }
  parts.push('Every visit:', '', roundTable(results), '');
  return parts.join('\n');
}

/** Replaces the block between the markers in docs/benchmarks.md; returns false when there are none. */
export const updateDocs = (root, block) => replaceDocsBlock(root, DOCS_BEGIN, DOCS_END, block);
