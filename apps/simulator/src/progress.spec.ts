import { formatProgressLine, formatSummary } from './progress';
import type { SendTotals } from './transport/send-stats';

const totals: SendTotals = {
  responses2xx: 69_800,
  responses4xx: 3,
  responses5xx: 2,
  networkErrors: 1,
  retries: 4,
  dropped: 12,
  batchesDelivered: 69_800,
  sightingsDelivered: 17_400_000,
  sightingsRejected: 0,
};

describe('progress', () => {
  it('shows size, send rates, answers, 202 latency, backlog and whether the simulator keeps up', () => {
    const line = formatProgressLine({
      elapsedS: 35.2,
      gateways: 2000,
      tags: 20000,
      window: {
        seconds: 5,
        postsSent: 9990,
        sightingsSent: 2_480_000,
        sightingsDelivered: 2_470_000,
        responses: 9960,
        responses2xx: 9950,
        p50Ms: 12,
        p99Ms: 85,
      },
      totals,
      loop: { maxLateMs: 40, maxStepMs: 130, cpuPct: 78 },
      movingAssets: 118,
      inFlight: 23,
      queued: 7,
      waitingToRetry: 1,
    });
    expect(line).toBe(
      '[   35s] 2000 gw 20000 tags | sent 1998 POST/s 496.0k sightings/s, 202 1990/s | ' +
        '2xx 69800 4xx 3 5xx 2 net-err 1 | 202 p50 12ms p99 85ms | in-flight 23 queued 7 retrying 1 dropped 12 | ' +
        'late 40ms step 130ms cpu 78% | moving 118',
    );
  });

  it('sums up the run', () => {
    const summary = formatSummary({
      elapsedS: 60,
      ticks: 60,
      skippedTicks: 0,
      gateways: 2000,
      tags: 20000,
      totals,
      p50Ms: null,
      p99Ms: 90,
      abandonedInFlight: 2,
      cpuPct: 81,
    });
    expect(summary.split('\n')).toEqual([
      'wardwatch simulator: ran 60.0 s, 60 ticks (0 skipped), 2000 gateways, 20000 tags, cpu 81% of one core',
      '  delivered 69800 batches (1163/s), 17400000 sightings (290.0k/s); 0 sightings refused by the API',
      '  answers 2xx 69800, 4xx 3, 5xx 2; network errors 1; retries 4; dropped 12',
      '  202 latency p50 -, p99 90ms',
      '  2 request(s) still in flight were abandoned',
    ]);
  });
});
