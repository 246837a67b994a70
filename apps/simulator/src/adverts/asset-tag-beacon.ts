import {
  encodeEddystoneTlmAdvertisement,
  encodeEddystoneUidAdvertisement,
  encodeIBeaconAdvertisement,
} from '@wardwatch/ble';
import type { Random } from '../random/seeded-random';
import type { AdvertSource } from './advert-source';

/** The proximity UUID the demo hospital's asset tags are configured with (made up for Wardwatch). */
export const WARDWATCH_IBEACON_UUID = '5a4b9c2e-7d31-4f08-a6e2-3c1d0b9f8e47';
/**
 * Eddystone-UID namespace derived from that UUID the way the Eddystone spec suggests ("elided" UUID: its
 * first 4 and last 6 bytes).
 */
export const WARDWATCH_EDDYSTONE_NAMESPACE = '5a4b9c2e3c1d0b9f8e47';
/** RSSI at 1 m, as configured on the tags. */
export const TAG_MEASURED_POWER_DBM = -59;
/** Eddystone states power at 0 m: about 41 dB more than at 1 m. */
const EDDYSTONE_TX_POWER_AT_0M_DBM = TAG_MEASURED_POWER_DBM + 41;
/** Share of asset tags that also broadcast Eddystone-TLM telemetry. */
const TLM_SHARE = 0.4;
/** A telemetry frame replaces every n-th advertisement. */
const TLM_EVERY_S = 10;
const BATTERY_DRAIN_MV_PER_S = 4 / 3600;

/**
 * A BLE asset tag cycling its frames once a second: iBeacon and Eddystone-UID in turn, and for some tags
 * an Eddystone-TLM frame (battery, temperature, counters) every ten seconds.
 */
export class AssetTagBeacon implements AdvertSource {
  private readonly iBeacon: string;
  private readonly eddystoneUid: string;
  private readonly phase: number;
  private readonly tlmSlot: number | null;
  private readonly bootMs: number;
  private readonly batteryStartMv: number;
  private readonly reportsTemperature: boolean;

  constructor(
    mac: string,
    private readonly random: Random,
    private readonly startMs: number,
  ) {
    const bytes = mac.split(':').map((pair) => parseInt(pair, 16));
    this.iBeacon = encodeIBeaconAdvertisement({
      uuid: WARDWATCH_IBEACON_UUID,
      major: (bytes[2] << 8) | bytes[3],
      minor: (bytes[4] << 8) | bytes[5],
      measuredPowerDbm: TAG_MEASURED_POWER_DBM,
    });
    this.eddystoneUid = encodeEddystoneUidAdvertisement({
      txPowerDbm: EDDYSTONE_TX_POWER_AT_0M_DBM,
      namespace: WARDWATCH_EDDYSTONE_NAMESPACE,
      instance: mac.replace(/:/g, '').toLowerCase(),
    });
    this.phase = random.int(0, 1);
    this.tlmSlot = random.chance(TLM_SHARE) ? random.int(0, TLM_EVERY_S - 1) : null;
    // Powered up some time in the last three months.
    this.bootMs = startMs - random.range(0, 90 * 86_400) * 1000;
    // Older tags have run down further.
    this.batteryStartMv = random.range(2700, 3050);
    this.reportsTemperature = random.chance(0.7);
  }

  advertAt(epochMs: number): string {
    const second = Math.floor(epochMs / 1000);
    if (this.tlmSlot !== null && second % TLM_EVERY_S === this.tlmSlot) {
      return this.telemetry(epochMs);
    }
    return (second + this.phase) % 2 === 0 ? this.iBeacon : this.eddystoneUid;
  }

  private telemetry(epochMs: number): string {
    const uptimeS = Math.max(0, (epochMs - this.bootMs) / 1000);
    return encodeEddystoneTlmAdvertisement({
      batteryMv:
        this.batteryStartMv -
        (BATTERY_DRAIN_MV_PER_S * (epochMs - this.startMs)) / 1000 +
        this.random.gaussian() * 2,
      temperatureC: this.reportsTemperature ? 22 + this.random.gaussian() * 0.3 : null,
      advertisingCount: Math.floor(uptimeS),
      uptimeS: Math.round(uptimeS * 10) / 10,
    });
  }
}
