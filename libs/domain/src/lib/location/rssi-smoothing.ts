import type { GatewayReading } from './location-types';

/**
 * Weight of a new sample arriving dtMs after the previous one: alpha = 1 − 2^(−dt / halfLife), so after
 * one half-life a step is half absorbed whatever the sampling rate.
 */
export function smoothingAlpha(dtMs: number, halfLifeMs: number): number {
  if (!(halfLifeMs > 0)) {
    return 1;
  }
  return 1 - Math.pow(2, -Math.max(0, dtMs) / halfLifeMs);
}

/** The reading after one more sample; a gateway with no prior reading takes the sample as is. */
export function smoothReading(
  previous: GatewayReading | undefined,
  rssi: number,
  at: number,
  halfLifeMs: number,
): GatewayReading {
  if (previous === undefined) {
    return { rssi, lastAt: at, count: 1 };
  }
  const alpha = smoothingAlpha(at - previous.lastAt, halfLifeMs);
  return { rssi: previous.rssi + alpha * (rssi - previous.rssi), lastAt: at, count: previous.count + 1 };
}

/** The same update in place, for the engine's private working copy. */
export function smoothReadingInPlace(
  reading: GatewayReading,
  rssi: number,
  at: number,
  halfLifeMs: number,
): void {
  const alpha = smoothingAlpha(at - reading.lastAt, halfLifeMs);
  reading.rssi += alpha * (rssi - reading.rssi);
  reading.lastAt = at;
  reading.count += 1;
}
