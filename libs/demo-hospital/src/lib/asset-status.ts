import type { AssetStatus } from '@wardwatch/contracts';
import type { UsageProfile } from './equipment-catalogue';
import type { SeededRandom } from './seeded-random';

type StatusMix = ReadonlyArray<readonly [AssetStatus, number]>;

/** Shares per thousand units. */
const STATUS_MIX: Record<UsageProfile | 'in-repair', StatusMix> = {
  mobile: [
    ['in-use', 440],
    ['available', 400],
    ['needs-cleaning', 100],
    ['in-maintenance', 35],
    ['out-of-service', 20],
    ['missing', 5],
  ],
  // Beds sit in occupied rooms most of the time; a bed is rarely lost.
  bed: [
    ['in-use', 780],
    ['available', 120],
    ['needs-cleaning', 80],
    ['in-maintenance', 15],
    ['out-of-service', 5],
  ],
  // Refrigerators, freezers, incubators and warmers run around the clock.
  fixed: [
    ['in-use', 950],
    ['in-maintenance', 30],
    ['out-of-service', 20],
  ],
  // Kit whose home is the biomed shop is there for repair, checks or as a loaner.
  'in-repair': [
    ['in-maintenance', 600],
    ['out-of-service', 250],
    ['available', 150],
  ],
};

export function drawStatus(random: SeededRandom, usage: UsageProfile, inRepairShop: boolean): AssetStatus {
  const [status] = random.weighted(STATUS_MIX[inRepairShop ? 'in-repair' : usage], ([, share]) => share);
  return status;
}
