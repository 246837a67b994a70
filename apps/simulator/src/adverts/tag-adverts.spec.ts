import { decodeAdvertisement, type DecodedBeacon } from '@wardwatch/ble';
import { createRandom } from '../random/seeded-random';
import { AssetTagBeacon, WARDWATCH_EDDYSTONE_NAMESPACE, WARDWATCH_IBEACON_UUID } from './asset-tag-beacon';
import { climateProfileFor } from './climate-profiles';
import { EnvironmentSensor } from './environment-sensor';

const START_MS = Date.UTC(2026, 10, 18, 16, 0, 0);

function decodeOne(hex: string): DecodedBeacon {
  const decoded = decodeAdvertisement(hex);
  if (!decoded.ok || decoded.beacons.length !== 1) {
    throw new Error(`could not decode ${hex}`);
  }
  return decoded.beacons[0];
}

/** One advertisement a second for `seconds`. */
function run<T>(
  seconds: number,
  advert: (epochMs: number) => string,
  read: (beacon: DecodedBeacon) => T,
): T[] {
  return Array.from({ length: seconds }, (_, s) => read(decodeOne(advert(START_MS + s * 1000))));
}

describe('environment sensor (Ruuvi RAWv2)', () => {
  const rawv2 = (beacon: DecodedBeacon) => {
    if (beacon.format !== 'ruuvi-rawv2') {
      throw new Error(`expected RAWv2, got ${beacon.format}`);
    }
    return beacon;
  };

  it('reads like a medication fridge: 2–8 °C over an hour, drifting, never flat', () => {
    const sensor = new EnvironmentSensor(
      'E4:1C:00:00:00:01',
      climateProfileFor('medication-refrigerator', null),
      createRandom('fridge'),
      START_MS,
    );
    const readings = run(3600, (ms) => sensor.advertAt(ms), rawv2);
    const temperatures = readings.map((r) => r.temperatureC ?? NaN);
    expect(Math.min(...temperatures)).toBeGreaterThan(2);
    expect(Math.max(...temperatures)).toBeLessThan(8);
    expect(new Set(temperatures).size).toBeGreaterThan(100);
    expect(readings[0].mac).toBe('E4:1C:00:00:00:01');
    expect(readings[0].txPowerDbm).toBe(4);
  });

  it('counts measurements one by one and runs its battery slowly down', () => {
    const sensor = new EnvironmentSensor(
      'E4:1C:00:00:00:02',
      climateProfileFor(null, 'operating-room'),
      createRandom('or'),
      START_MS,
    );
    const day = Array.from({ length: 24 * 60 }, (_, minute) =>
      rawv2(decodeOne(sensor.advertAt(START_MS + minute * 60_000))),
    );
    for (let i = 1; i < 10; i++) {
      expect(day[i].measurementSequence).toBe(((day[0].measurementSequence ?? 0) + i) % 65_535);
    }
    const battery = (i: number) => day[i].batteryMv ?? NaN;
    expect(battery(0) - battery(day.length - 1)).toBeGreaterThan(100);
    expect(battery(0) - battery(day.length - 1)).toBeLessThan(200);
    const mean = (pick: (r: (typeof day)[number]) => number | null) =>
      day.reduce((s, r) => s + (pick(r) ?? NaN), 0) / day.length;
    expect(mean((r) => r.temperatureC)).toBeGreaterThan(19.5);
    expect(mean((r) => r.temperatureC)).toBeLessThan(22.5);
    expect(mean((r) => r.humidityPct)).toBeGreaterThan(38);
    expect(mean((r) => r.humidityPct)).toBeLessThan(52);
  });

  it('reads like a vaccine freezer around -20 °C', () => {
    const sensor = new EnvironmentSensor(
      'E4:1C:00:00:00:03',
      climateProfileFor('vaccine-freezer', 'pharmacy'),
      createRandom('freezer'),
      START_MS,
    );
    const temperatures = run(
      600,
      (ms) => sensor.advertAt(ms),
      (b) => rawv2(b).temperatureC ?? NaN,
    );
    expect(Math.min(...temperatures)).toBeGreaterThan(-24);
    expect(Math.max(...temperatures)).toBeLessThan(-16);
  });
});

describe('asset tag beacon', () => {
  it('alternates iBeacon and Eddystone-UID that both identify the tag, with TLM on some tags', () => {
    let sawTlm = false;
    for (let n = 1; n <= 10; n++) {
      const mac = `C4:7A:11:00:12:${n.toString(16).padStart(2, '0').toUpperCase()}`;
      const beacon = new AssetTagBeacon(mac, createRandom(mac), START_MS);
      const frames = run(
        20,
        (ms) => beacon.advertAt(ms),
        (b) => b,
      );
      const formats = frames.map((f) => f.format);
      expect(formats.filter((f) => f === 'ibeacon').length).toBeGreaterThanOrEqual(8);
      expect(formats.filter((f) => f === 'eddystone-uid').length).toBeGreaterThanOrEqual(8);
      for (const frame of frames) {
        if (frame.format === 'ibeacon') {
          expect(frame).toEqual({
            format: 'ibeacon',
            uuid: WARDWATCH_IBEACON_UUID,
            major: 0x1100,
            minor: 0x1200 + n,
            measuredPowerDbm: -59,
          });
        } else if (frame.format === 'eddystone-uid') {
          expect(frame.namespace).toBe(WARDWATCH_EDDYSTONE_NAMESPACE);
          expect(frame.instance).toBe(mac.replace(/:/g, '').toLowerCase());
        } else if (frame.format === 'eddystone-tlm') {
          sawTlm = true;
          expect(frame.batteryMv).toBeGreaterThan(2600);
          expect(frame.uptimeS).toBeGreaterThanOrEqual(0);
          expect(frame.advertisingCount).toBeGreaterThanOrEqual(0);
        } else {
          throw new Error(`unexpected ${frame.format}`);
        }
      }
    }
    expect(sawTlm).toBe(true);
  });
});
