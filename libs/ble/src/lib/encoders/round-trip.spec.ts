import { decodeAdvertisement } from '../decode-advertisement';
import { DecodedBeacon } from '../decoded-beacon';
import { encodeEddystoneTlmAdvertisement, encodeEddystoneUidAdvertisement } from './eddystone';
import { encodeIBeaconAdvertisement } from './ibeacon';
import { encodeRuuviRawV1Advertisement } from './ruuvi-rawv1';
import { encodeRuuviRawV2Advertisement, RuuviRawV2Values } from './ruuvi-rawv2';

/** mulberry32: small seeded PRNG so failures reproduce. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RUNS = 2000;
const random = seededRandom(0x5eed);
const between = (min: number, max: number): number => min + random() * (max - min);
const integer = (min: number, max: number): number => Math.floor(between(min, max + 1));
const hexDigits = (count: number): string => {
  let text = '';
  for (let i = 0; i < count; i++) {
    text += '0123456789abcdef'[integer(0, 15)];
  }
  return text;
};
const orNull = <T>(value: T): T | null => (random() < 0.1 ? null : value);

function decodeOne(hex: string): DecodedBeacon {
  expect(hex).toMatch(/^[0-9A-F]+$/);
  const result = decodeAdvertisement(hex);
  if (!result.ok) {
    throw new Error(`${hex}: ${result.reason}`);
  }
  expect(result.beacons).toHaveLength(1);
  return result.beacons[0];
}

/** |actual − expected| ≤ half a step (plus float slack), or both null. */
function expectWithin(
  actual: number | null | string | undefined,
  expected: number | null,
  step: number,
): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(step / 2 + 1e-9);
}

describe('round trips: decode(encode(x)) ≈ x within the format resolution', () => {
  it(`Ruuvi RAWv2 (${RUNS} generated values, ~10 % of each field not available)`, () => {
    for (let run = 0; run < RUNS; run++) {
      const values: RuuviRawV2Values = {
        temperatureC: orNull(between(-163.835, 163.835)),
        humidityPct: orNull(between(0, 163.835)),
        pressurePa: orNull(integer(50000, 115534)),
        accelerationXMg: orNull(integer(-32767, 32767)),
        accelerationYMg: orNull(integer(-32767, 32767)),
        accelerationZMg: orNull(integer(-32767, 32767)),
        batteryMv: orNull(integer(1600, 3646)),
        txPowerDbm: orNull(integer(0, 30) * 2 - 40),
        movementCounter: orNull(integer(0, 254)),
        measurementSequence: orNull(integer(0, 65534)),
        mac: orNull(
          [0, 1, 2, 3, 4, 5]
            .map(() => hexDigits(2).toUpperCase())
            .join(':')
            .replace(/^FF:FF:FF:FF:FF:FF$/, '00:00:00:00:00:00'),
        ),
      };
      const hex = encodeRuuviRawV2Advertisement(values);
      expect(hex.startsWith('0201061BFF990405')).toBe(true);
      const decoded = decodeOne(hex);
      if (decoded.format !== 'ruuvi-rawv2') {
        throw new Error(decoded.format);
      }
      expectWithin(decoded.temperatureC, values.temperatureC, 0.005);
      expectWithin(decoded.humidityPct, values.humidityPct, 0.0025);
      expect(decoded).toEqual({
        ...values,
        format: 'ruuvi-rawv2',
        temperatureC: decoded.temperatureC,
        humidityPct: decoded.humidityPct,
      });
      // Encoding what was decoded gives the same bytes: the quantisation is stable.
      expect(encodeRuuviRawV2Advertisement(decoded)).toBe(hex);
    }
  });

  it(`Ruuvi RAWv1 (${RUNS} generated values)`, () => {
    for (let run = 0; run < RUNS; run++) {
      const values = {
        temperatureC: between(-127.99, 127.99),
        humidityPct: between(0, 127.5),
        pressurePa: integer(50000, 115535),
        accelerationXMg: integer(-32767, 32767),
        accelerationYMg: integer(-32767, 32767),
        accelerationZMg: integer(-32767, 32767),
        batteryMv: integer(0, 65535),
      };
      const hex = encodeRuuviRawV1Advertisement(values);
      const decoded = decodeOne(hex);
      if (decoded.format !== 'ruuvi-rawv1') {
        throw new Error(decoded.format);
      }
      expectWithin(decoded.temperatureC, values.temperatureC, 0.01);
      expectWithin(decoded.humidityPct, values.humidityPct, 0.5);
      expect([
        decoded.pressurePa,
        decoded.accelerationXMg,
        decoded.accelerationYMg,
        decoded.accelerationZMg,
        decoded.batteryMv,
      ]).toEqual([
        values.pressurePa,
        values.accelerationXMg,
        values.accelerationYMg,
        values.accelerationZMg,
        values.batteryMv,
      ]);
      expect(encodeRuuviRawV1Advertisement(decoded)).toBe(hex);
    }
  });

  it(`iBeacon (${RUNS} generated values)`, () => {
    for (let run = 0; run < RUNS; run++) {
      const h = hexDigits(32);
      const values = {
        uuid: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
        major: integer(0, 65535),
        minor: integer(0, 65535),
        measuredPowerDbm: integer(-128, 127),
      };
      expect(decodeOne(encodeIBeaconAdvertisement(values))).toEqual({ format: 'ibeacon', ...values });
    }
  });

  it(`Eddystone-UID (${RUNS} generated values)`, () => {
    for (let run = 0; run < RUNS; run++) {
      const values = { txPowerDbm: integer(-100, 20), namespace: hexDigits(20), instance: hexDigits(12) };
      expect(decodeOne(encodeEddystoneUidAdvertisement(values))).toEqual({
        format: 'eddystone-uid',
        ...values,
      });
    }
  });

  it(`Eddystone-TLM (${RUNS} generated values)`, () => {
    for (let run = 0; run < RUNS; run++) {
      const values = {
        batteryMv: orNull(integer(1, 65535)),
        temperatureC: orNull(between(-127.99, 127.99)),
        advertisingCount: integer(0, 2 ** 32 - 1),
        uptimeS: integer(0, 2 ** 32 - 1) / 10,
      };
      const decoded = decodeOne(encodeEddystoneTlmAdvertisement(values));
      if (decoded.format !== 'eddystone-tlm') {
        throw new Error(decoded.format);
      }
      expectWithin(decoded.temperatureC, values.temperatureC, 1 / 256);
      expect(decoded.batteryMv).toBe(values.batteryMv);
      expect(decoded.advertisingCount).toBe(values.advertisingCount);
      expect(decoded.uptimeS).toBe(values.uptimeS);
    }
  });
});

describe('encoder edge cases', () => {
  const base: RuuviRawV2Values = {
    temperatureC: 20,
    humidityPct: 40,
    pressurePa: 101325,
    accelerationXMg: 0,
    accelerationYMg: 0,
    accelerationZMg: 1000,
    batteryMv: 3000,
    txPowerDbm: 4,
    movementCounter: 1,
    measurementSequence: 1,
    mac: 'c4-7a-11-00-00-01',
  };

  it('clips out-of-range measurements to the nearest representable value, as Ruuvi firmware does', () => {
    const decoded = decodeOne(
      encodeRuuviRawV2Advertisement({
        ...base,
        temperatureC: 170,
        humidityPct: -3,
        accelerationXMg: -40000,
        batteryMv: 5000,
      }),
    );
    expect(decoded).toMatchObject({
      temperatureC: 163.835,
      humidityPct: 0,
      accelerationXMg: -32767,
      batteryMv: 3646,
    });
  });

  it('wraps counters instead of freezing them', () => {
    const decoded = decodeOne(
      encodeRuuviRawV2Advertisement({ ...base, movementCounter: 256, measurementSequence: 65536 }),
    );
    expect(decoded).toMatchObject({ movementCounter: 1, measurementSequence: 1, mac: 'C4:7A:11:00:00:01' });
  });

  it('throws on NaN, negative counters and bad MACs', () => {
    expect(() => encodeRuuviRawV2Advertisement({ ...base, temperatureC: NaN })).toThrow(
      'temperatureC must be a finite number',
    );
    expect(() => encodeRuuviRawV2Advertisement({ ...base, movementCounter: -1 })).toThrow('movementCounter');
    expect(() => encodeRuuviRawV2Advertisement({ ...base, mac: 'nope' })).toThrow(
      'mac must be a MAC address',
    );
  });
});
