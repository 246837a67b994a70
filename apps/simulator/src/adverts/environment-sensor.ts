import { encodeRuuviRawV2Advertisement } from '@wardwatch/ble';
import type { Random } from '../random/seeded-random';
import type { AdvertSource } from './advert-source';
import type { ClimateProfile } from './climate-profiles';
import { DriftingValue } from './drifting-value';

/** Station pressure in Chicago (about 180 m above sea level), Pa. */
const SITE_PRESSURE_PA = 99_300;
/** Battery slowly running down: about 6 mV an hour, so a long demo shows a trend. */
const BATTERY_DRAIN_MV_PER_S = 6 / 3600;
const RUUVI_TX_POWER_DBM = 4;

/**
 * A RuuviTag (data format 5, RAWv2) probing a fridge, freezer or room: temperature cycling and drifting
 * around its set point, with sensor noise, a measurement sequence that counts every advertisement, and a
 * battery that slowly falls.
 */
export class EnvironmentSensor implements AdvertSource {
  private readonly temperature: DriftingValue;
  private readonly humidity: DriftingValue;
  private readonly pressure: DriftingValue;
  private readonly cycleS: number;
  private readonly cyclePhase: number;
  private readonly tilt: readonly [number, number, number];
  private readonly batteryStartMv: number;
  private readonly movementCounter: number;
  private sequence: number;
  private lastMs: number;

  constructor(
    private readonly mac: string,
    private readonly profile: ClimateProfile,
    private readonly random: Random,
    private readonly startMs: number,
  ) {
    this.temperature = new DriftingValue(profile.temperatureC, profile.driftSigmaC, 1800, random);
    this.humidity = new DriftingValue(profile.humidityPct, profile.humiditySigmaPct, 3600, random);
    this.pressure = new DriftingValue(SITE_PRESSURE_PA + random.range(-40, 40), 120, 6 * 3600, random);
    const [minMin, maxMin] = profile.cycleMinutes;
    this.cycleS = random.range(minMin, maxMin) * 60;
    this.cyclePhase = random.range(0, 2 * Math.PI);
    // Mounted flat or on a wall: gravity mostly on one axis.
    this.tilt = random.chance(0.5)
      ? [random.range(-40, 40), random.range(-40, 40), 1000]
      : [0, -1000, random.range(-40, 40)];
    this.batteryStartMv = random.range(2950, 3100) - profile.batteryColdPenaltyMv;
    this.movementCounter = random.int(0, 254);
    this.sequence = random.int(0, 65_000);
    this.lastMs = startMs;
  }

  advertAt(epochMs: number): string {
    const dtS = Math.max(0, (epochMs - this.lastMs) / 1000);
    this.lastMs = Math.max(this.lastMs, epochMs);
    const elapsedS = (epochMs - this.startMs) / 1000;
    const cycle =
      this.profile.cycleAmplitudeC * Math.sin((2 * Math.PI * elapsedS) / this.cycleS + this.cyclePhase);
    const noise = (sigma: number): number => sigma * this.random.gaussian();
    return encodeRuuviRawV2Advertisement({
      temperatureC: this.temperature.advance(dtS) + cycle + noise(0.02),
      humidityPct: clamp(this.humidity.advance(dtS) + noise(0.1), 0, 100),
      pressurePa: this.pressure.advance(dtS) + noise(2),
      accelerationXMg: this.tilt[0] + noise(4),
      accelerationYMg: this.tilt[1] + noise(4),
      accelerationZMg: this.tilt[2] + noise(4),
      batteryMv: this.batteryStartMv - BATTERY_DRAIN_MV_PER_S * elapsedS + noise(2),
      txPowerDbm: RUUVI_TX_POWER_DBM,
      movementCounter: this.movementCounter,
      measurementSequence: this.sequence++ % 65_535,
      mac: this.mac,
    });
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
