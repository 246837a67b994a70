import type { DecodedBeacon } from '@wardwatch/ble';

import { HeardReading, shouldStoreReading, telemetryRow } from './telemetry-selection';

const rawv2 = (seq: number | null): Extract<DecodedBeacon, { format: 'ruuvi-rawv2' }> => ({
  format: 'ruuvi-rawv2',
  temperatureC: 21.5,
  humidityPct: 40.25,
  pressurePa: 100_000,
  accelerationXMg: 0,
  accelerationYMg: 0,
  accelerationZMg: 1000,
  batteryMv: 2977,
  txPowerDbm: 4,
  movementCounter: 1,
  measurementSequence: seq,
  mac: null,
});
const at = (ms: number, seq: number | null): HeardReading => ({ at: ms, beacon: rawv2(seq) });

describe('shouldStoreReading', () => {
  it('stores the first reading of a tag', () => {
    expect(shouldStoreReading(at(1000, 5), { telemetryAt: 0, telemetrySeq: null }, 10_000)).toBe(false);
    expect(shouldStoreReading(at(20_000, 5), { telemetryAt: 0, telemetrySeq: null }, 10_000)).toBe(true);
  });

  it('skips the same measurement heard again by another gateway, and anything too soon or older', () => {
    const last = { telemetryAt: 100_000, telemetrySeq: 7 };
    expect(shouldStoreReading(at(130_000, 7), last, 10_000)).toBe(false);
    expect(shouldStoreReading(at(130_000, 8), last, 10_000)).toBe(true);
    expect(shouldStoreReading(at(105_000, 8), last, 10_000)).toBe(false);
    expect(shouldStoreReading(at(90_000, 8), last, 0)).toBe(false);
    expect(shouldStoreReading(at(100_001, 8), last, 0)).toBe(true);
  });

  it('stores formats without a sequence by time alone', () => {
    expect(shouldStoreReading(at(120_000, null), { telemetryAt: 100_000, telemetrySeq: null }, 10_000)).toBe(
      true,
    );
  });
});

describe('telemetryRow', () => {
  it('keeps SI names and the sequence', () => {
    expect(telemetryRow('C4:7A:11:00:00:01', at(5, 9))).toEqual({
      mac: 'C4:7A:11:00:00:01',
      recordedAt: 5,
      format: 'ruuvi-rawv2',
      temperatureC: 21.5,
      humidityPct: 40.25,
      pressurePa: 100_000,
      batteryMv: 2977,
      txPowerDbm: 4,
      measurementSequence: 9,
    });
  });
});
