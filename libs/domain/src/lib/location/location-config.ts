/**
 * Tuning of the position engine. Every value is per site: pass what the site configured, or
 * DEFAULT_LOCATION_CONFIG. Times are milliseconds of sample time (the gateways' clocks), never wall time.
 */
export interface LocationConfig {
  /**
   * Half-life of the per (tag, gateway) RSSI exponential smoothing, ms (default 500). Kept short on
   * purpose: the noise is rejected by the switch evidence below, which reacts faster to a real move.
   */
  smoothingHalfLifeMs: number;
  /** A (tag, gateway) reading older than this no longer counts, ms (default 15000). */
  readingTtlMs: number;
  /**
   * A challenger room gains switch evidence only while its score beats the current room's by more
   * than this, dB (default 6). A lead below it drains the evidence.
   */
  switchMarginDb: number;
  /**
   * The tag moves once the evidence, the integral over time of (lead − switchMarginDb), reaches
   * switchMarginDb × switchDwellMs: a lead of twice the margin moves after this long, a bigger lead
   * sooner (never sooner than a quarter of it), a smaller one later, ms (default 2000).
   */
  switchDwellMs: number;
  /** Rooms earn a corroboration bonus from at most this many strongest gateways (default 3). */
  maxGatewaysPerScore: number;
  /** Readings weaker than this are ignored, dBm (default -100). */
  minRssiDbm: number;
}

export const DEFAULT_LOCATION_CONFIG: Readonly<LocationConfig> = Object.freeze({
  smoothingHalfLifeMs: 500,
  readingTtlMs: 15_000,
  switchMarginDb: 6,
  switchDwellMs: 2_000,
  maxGatewaysPerScore: 3,
  minRssiDbm: -100,
});
