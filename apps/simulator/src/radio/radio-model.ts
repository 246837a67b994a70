import type { Random } from '../random/seeded-random';

/** Log-distance path loss with a per-wall penalty and Gaussian noise; BLE tags indoors, roughly. */
export interface RadioModel {
  /** RSSI at 1 m, what iBeacon calls measured power. */
  measuredPowerDbm: number;
  /** Path-loss exponent n: 2 in free space, a little more indoors. */
  pathLossExponent: number;
  wallLossDb: number;
  noiseSigmaDb: number;
  /** Gateways only consider tags this close on their floor. */
  hearingRangeM: number;
  /** Readings weaker than this are lost. */
  sensitivityDbm: number;
  /** Chance that a gateway catches a given one-second advertisement. */
  receiveProbability: number;
}

export const DEFAULT_RADIO_MODEL: RadioModel = {
  measuredPowerDbm: -59,
  pathLossExponent: 2.2,
  wallLossDb: 5,
  noiseSigmaDb: 3,
  hearingRangeM: 15,
  sensitivityDbm: -95,
  receiveProbability: 0.9,
};

/** Closer than this the log model is meaningless (and the tag is practically on the gateway). */
const MIN_DISTANCE_M = 0.3;

/** Expected RSSI (dBm) at this distance through this many walls, without noise. */
export function meanRssi(distanceM: number, walls: number, model: RadioModel = DEFAULT_RADIO_MODEL): number {
  const d = Math.max(MIN_DISTANCE_M, distanceM);
  return model.measuredPowerDbm - 10 * model.pathLossExponent * Math.log10(d) - model.wallLossDb * walls;
}

/** One noisy reading as a gateway would report it (whole dBm), or null when it is lost. */
export function sampleRssi(
  distanceM: number,
  walls: number,
  random: Random,
  model: RadioModel = DEFAULT_RADIO_MODEL,
): number | null {
  if (distanceM > model.hearingRangeM) {
    return null;
  }
  return sampleRssiAround(meanRssi(distanceM, walls, model), random, model);
}

/** One noisy reading around a known mean (for a tag within range whose mean is already worked out). */
export function sampleRssiAround(
  meanDbm: number,
  random: Random,
  model: RadioModel = DEFAULT_RADIO_MODEL,
): number | null {
  if (!random.chance(model.receiveProbability)) {
    return null;
  }
  const rssi = Math.round(meanDbm + model.noiseSigmaDb * random.gaussian());
  return rssi < model.sensitivityDbm ? null : Math.min(rssi, -20);
}
