import type { LocationConfig } from './location-config';

/**
 * How sure the engine is that the tag is in its current room, 0..1:
 *
 *   confidence = 1 / (1 + e^(−2·margin / switchMarginDb)) × (0.5 + 0.5 · min(heard, N) / N)
 *
 * where margin = current room's score − best other room's score (dB) and N = maxGatewaysPerScore.
 * The first factor is a logistic in the margin: 0.5 when another room scores the same, 0.88 at one
 * switch margin ahead, 0.98 at two, 1 when no other room is heard, and below 0.5 while a challenger
 * leads. The second factor rewards corroboration: one gateway heard gives at most 0.5 + 0.5/N, N or
 * more give up to 1. Strictly increasing in the margin, non-decreasing in the gateways heard.
 * 0 when the current room is no longer heard (or there is no current room).
 */
export function locationConfidence(
  currentScore: number,
  otherScore: number,
  gatewaysHeard: number,
  config: LocationConfig,
): number {
  if (currentScore === -Infinity || gatewaysHeard <= 0) {
    return 0;
  }
  const margin = currentScore - otherScore;
  const scale = config.switchMarginDb > 0 ? config.switchMarginDb / 2 : 1;
  const marginFactor = 1 / (1 + Math.exp(-margin / scale));
  const n = Math.max(1, Math.floor(config.maxGatewaysPerScore));
  const coverage = 0.5 + (0.5 * Math.min(gatewaysHeard, n)) / n;
  return marginFactor * coverage;
}
