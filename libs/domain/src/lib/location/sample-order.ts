import type { RssiSample } from './location-types';

/**
 * Samples in the order the engine applies them: by time, then gatewayId, then strongest first (so of two
 * samples of one gateway with the same time, whichever order they came in, the strongest is the one
 * applied). Samples with a non-finite time or RSSI are left out. Returns the input itself when it is
 * already in order (the usual case), so no copy is made.
 */
export function inApplyOrder(samples: readonly RssiSample[]): readonly RssiSample[] {
  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i];
    if (!isFiniteSample(sample) || (i > 0 && compareSamples(samples[i - 1], sample) > 0)) {
      return samples.filter(isFiniteSample).sort(compareSamples);
    }
  }
  return samples;
}

export function compareSamples(a: RssiSample, b: RssiSample): number {
  if (a.at !== b.at) {
    return a.at - b.at;
  }
  if (a.gatewayId !== b.gatewayId) {
    return a.gatewayId < b.gatewayId ? -1 : 1;
  }
  return b.rssi - a.rssi;
}

function isFiniteSample(sample: RssiSample): boolean {
  return Number.isFinite(sample.at) && Number.isFinite(sample.rssi);
}
