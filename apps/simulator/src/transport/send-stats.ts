import { LatencyHistogram } from './latency-histogram';

/** Counts since the start. */
export interface SendTotals {
  responses2xx: number;
  responses4xx: number;
  responses5xx: number;
  networkErrors: number;
  retries: number;
  /** Batches given up on: too many attempts, too old, pushed out of a full queue, or left at shutdown. */
  dropped: number;
  batchesDelivered: number;
  sightingsDelivered: number;
  /** Sightings the API accepted the batch of but refused individually (listed in its 202 answer). */
  sightingsRejected: number;
}

/** What happened in one progress window. */
export interface SendWindow {
  seconds: number;
  /** POSTs started (retries included) and the sightings in them. */
  postsSent: number;
  sightingsSent: number;
  sightingsDelivered: number;
  responses: number;
  responses2xx: number;
  /** Latency of the 2xx answers (202 accepted). */
  p50Ms: number | null;
  p99Ms: number | null;
}

/** Counters and latency percentiles for the progress line and the final summary. */
export class SendStats {
  readonly totals: SendTotals = {
    responses2xx: 0,
    responses4xx: 0,
    responses5xx: 0,
    networkErrors: 0,
    retries: 0,
    dropped: 0,
    batchesDelivered: 0,
    sightingsDelivered: 0,
    sightingsRejected: 0,
  };
  readonly overallLatency = new LatencyHistogram();
  private readonly windowLatency = new LatencyHistogram();
  private windowPostsSent = 0;
  private windowSightingsSent = 0;
  private windowSightings = 0;
  private windowResponses = 0;
  private windowResponses2xx = 0;
  private windowStartMs: number;

  constructor(nowMs: number) {
    this.windowStartMs = nowMs;
  }

  recordPostSent(sightings: number): void {
    this.windowPostsSent++;
    this.windowSightingsSent += sightings;
  }

  /** An answer; only 2xx latencies count (what the API takes to accept a batch). */
  recordResponse(status: number, latencyMs: number, sightings: number): void {
    this.windowResponses++;
    if (status >= 200 && status < 300) {
      this.windowLatency.record(latencyMs);
      this.overallLatency.record(latencyMs);
      this.windowResponses2xx++;
      this.totals.responses2xx++;
      this.totals.batchesDelivered++;
      this.totals.sightingsDelivered += sightings;
      this.windowSightings += sightings;
    } else if (status >= 500) {
      this.totals.responses5xx++;
    } else {
      this.totals.responses4xx++;
    }
  }

  recordRejectedSightings(count: number): void {
    this.totals.sightingsRejected += count;
  }

  recordNetworkError(): void {
    this.totals.networkErrors++;
  }

  recordRetry(): void {
    this.totals.retries++;
  }

  recordDropped(count = 1): void {
    this.totals.dropped += count;
  }

  /** The window since the last call, which starts a new one. */
  takeWindow(nowMs: number): SendWindow {
    const window: SendWindow = {
      seconds: Math.max(0.001, (nowMs - this.windowStartMs) / 1000),
      postsSent: this.windowPostsSent,
      sightingsSent: this.windowSightingsSent,
      sightingsDelivered: this.windowSightings,
      responses: this.windowResponses,
      responses2xx: this.windowResponses2xx,
      p50Ms: this.windowLatency.percentile(0.5),
      p99Ms: this.windowLatency.percentile(0.99),
    };
    this.windowLatency.reset();
    this.windowPostsSent = 0;
    this.windowSightingsSent = 0;
    this.windowSightings = 0;
    this.windowResponses = 0;
    this.windowResponses2xx = 0;
    this.windowStartMs = nowMs;
    return window;
  }
}
