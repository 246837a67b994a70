/** Latencies in whole milliseconds up to 60 s (longer ones count as 60 s); percentiles by scanning buckets. */
const MAX_MS = 60_000;

export class LatencyHistogram {
  private readonly buckets = new Uint32Array(MAX_MS + 1);
  private total = 0;

  get count(): number {
    return this.total;
  }

  record(ms: number): void {
    this.buckets[Math.min(MAX_MS, Math.max(0, Math.round(ms)))]++;
    this.total++;
  }

  /** The smallest latency at or below which a share `p` (0..1) of the samples fall; null when empty. */
  percentile(p: number): number | null {
    if (this.total === 0) {
      return null;
    }
    const rank = Math.max(1, Math.ceil(p * this.total));
    let seen = 0;
    for (let ms = 0; ms <= MAX_MS; ms++) {
      seen += this.buckets[ms];
      if (seen >= rank) {
        return ms;
      }
    }
    return MAX_MS;
  }

  reset(): void {
    this.buckets.fill(0);
    this.total = 0;
  }
}
