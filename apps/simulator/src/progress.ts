import type { LoopWindow } from './loop-health';
import type { SendTotals, SendWindow } from './transport/send-stats';

export interface ProgressSnapshot {
  elapsedS: number;
  gateways: number;
  tags: number;
  window: SendWindow;
  totals: SendTotals;
  loop: LoopWindow;
  movingAssets: number;
  inFlight: number;
  queued: number;
  waitingToRetry: number;
}

export interface RunSummary {
  elapsedS: number;
  ticks: number;
  skippedTicks: number;
  gateways: number;
  tags: number;
  totals: SendTotals;
  p50Ms: number | null;
  p99Ms: number | null;
  abandonedInFlight: number;
  /** CPU time of the whole run, % of one core. */
  cpuPct: number;
}

const ms = (value: number | null): string => (value === null ? '-' : `${value}ms`);
/** 3.4, 42, 1998, 41.2k: short enough to read at a glance. */
const rate = (count: number, seconds: number): string => {
  const perSecond = count / seconds;
  if (perSecond >= 10_000) {
    return `${(perSecond / 1000).toFixed(1)}k`;
  }
  return perSecond.toFixed(perSecond < 10 ? 1 : 0);
};

/**
 * One line every few seconds. In order: size; what was sent per second (POSTs, retries included, and the
 * sightings in them) and how many were accepted; every answer so far; the 202 latency; the backlog (in
 * flight, queued because the API is slow, waiting to retry, given up); whether the simulator keeps up
 * (latest a send slot fired late, longest step, CPU); equipment on the move.
 */
export function formatProgressLine(p: ProgressSnapshot): string {
  const t = p.totals;
  const w = p.window;
  return (
    `[${p.elapsedS.toFixed(0).padStart(5)}s] ` +
    [
      `${p.gateways} gw ${p.tags} tags`,
      `sent ${rate(w.postsSent, w.seconds)} POST/s ${rate(w.sightingsSent, w.seconds)} sightings/s, ` +
        `202 ${rate(w.responses2xx, w.seconds)}/s`,
      `2xx ${t.responses2xx} 4xx ${t.responses4xx} 5xx ${t.responses5xx} net-err ${t.networkErrors}`,
      `202 p50 ${ms(w.p50Ms)} p99 ${ms(w.p99Ms)}`,
      `in-flight ${p.inFlight} queued ${p.queued} retrying ${p.waitingToRetry} dropped ${t.dropped}`,
      `late ${p.loop.maxLateMs}ms step ${p.loop.maxStepMs}ms cpu ${p.loop.cpuPct}%`,
      `moving ${p.movingAssets}`,
    ].join(' | ')
  );
}

export function formatSummary(s: RunSummary): string {
  const t = s.totals;
  const lines = [
    `wardwatch simulator: ran ${s.elapsedS.toFixed(1)} s, ${s.ticks} ticks (${s.skippedTicks} skipped), ` +
      `${s.gateways} gateways, ${s.tags} tags, cpu ${s.cpuPct}% of one core`,
    `  delivered ${t.batchesDelivered} batches (${rate(t.batchesDelivered, Math.max(1, s.elapsedS))}/s), ` +
      `${t.sightingsDelivered} sightings (${rate(t.sightingsDelivered, Math.max(1, s.elapsedS))}/s); ` +
      `${t.sightingsRejected} sightings refused by the API`,
    `  answers 2xx ${t.responses2xx}, 4xx ${t.responses4xx}, 5xx ${t.responses5xx}; network errors ${t.networkErrors}; ` +
      `retries ${t.retries}; dropped ${t.dropped}`,
    `  202 latency p50 ${ms(s.p50Ms)}, p99 ${ms(s.p99Ms)}`,
  ];
  if (s.abandonedInFlight > 0) {
    lines.push(`  ${s.abandonedInFlight} request(s) still in flight were abandoned`);
  }
  return lines.join('\n');
}
