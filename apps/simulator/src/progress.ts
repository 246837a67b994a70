import type { SendTotals, SendWindow } from './transport/send-stats';

export interface ProgressSnapshot {
  elapsedS: number;
  window: SendWindow;
  totals: SendTotals;
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
}

const ms = (value: number | null): string => (value === null ? '-' : `${value}ms`);
const rate = (count: number, seconds: number): string =>
  (count / seconds).toFixed(count / seconds < 10 ? 1 : 0);

/** One line every few seconds: throughput, answers, movement, backlog, latency. */
export function formatProgressLine(p: ProgressSnapshot): string {
  const t = p.totals;
  const w = p.window;
  return (
    `[${p.elapsedS.toFixed(0).padStart(5)}s] ` +
    [
      `${rate(w.sightingsDelivered, w.seconds)} sightings/s`,
      `${rate(w.responses, w.seconds)} batches/s`,
      `2xx ${t.responses2xx} 4xx ${t.responses4xx} 5xx ${t.responses5xx} net-err ${t.networkErrors}`,
      `dropped ${t.dropped}`,
      `moving ${p.movingAssets}`,
      `in-flight ${p.inFlight} queued ${p.queued} retrying ${p.waitingToRetry}`,
      `p50 ${ms(w.p50Ms)} p99 ${ms(w.p99Ms)}`,
    ].join(' | ')
  );
}

export function formatSummary(s: RunSummary): string {
  const t = s.totals;
  const lines = [
    `wardwatch simulator: ran ${s.elapsedS.toFixed(1)} s, ${s.ticks} ticks (${s.skippedTicks} skipped), ` +
      `${s.gateways} gateways, ${s.tags} tags`,
    `  delivered ${t.batchesDelivered} batches, ${t.sightingsDelivered} sightings ` +
      `(${rate(t.sightingsDelivered, Math.max(1, s.elapsedS))}/s); ${t.sightingsRejected} sightings refused by the API`,
    `  answers 2xx ${t.responses2xx}, 4xx ${t.responses4xx}, 5xx ${t.responses5xx}; network errors ${t.networkErrors}; ` +
      `retries ${t.retries}; dropped ${t.dropped}`,
    `  POST latency p50 ${ms(s.p50Ms)}, p99 ${ms(s.p99Ms)}`,
  ];
  if (s.abandonedInFlight > 0) {
    lines.push(`  ${s.abandonedInFlight} request(s) still in flight were abandoned`);
  }
  return lines.join('\n');
}
