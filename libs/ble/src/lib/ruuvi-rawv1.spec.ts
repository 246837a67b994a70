import { decodeAdvertisement } from './decode-advertisement';
import { RuuviRawV1Beacon } from './decoded-beacon';
import { encodeRuuviRawV1Payload } from './encoders/ruuvi-rawv1';
import { bytesToHex, parseHex } from './hex';
import { decodeRuuviRawV1 } from './ruuvi-rawv1';

function bytes(hex: string): Uint8Array {
  const parsed = parseHex(hex);
  if (!(parsed instanceof Uint8Array)) {
    throw new Error(parsed.error);
  }
  return parsed;
}

/**
 * Official test vectors, docs.ruuvi.com "Data format 3 (RAWv1)" → Test vectors (same text in
 * github.com/ruuvi/ruuvi-sensor-protocols dataformat_03.md). The spec gives G and V; ours are mG and mV.
 * The spec publishes no "invalid / not available" case: "There is no specific value for invalid/not available
 * sensor readings, it is suggested to send 0".
 */
const SPEC_VECTORS: [string, string, Omit<RuuviRawV1Beacon, 'format'>][] = [
  [
    'valid data',
    '03291A1ECE1EFC18F94202CA0B53',
    {
      temperatureC: 26.3,
      pressurePa: 102766,
      humidityPct: 20.5,
      accelerationXMg: -1000,
      accelerationYMg: -1726,
      accelerationZMg: 714,
      batteryMv: 2899,
    },
  ],
  [
    'maximum values',
    '03FF7F63FFFF7FFF7FFF7FFFFFFF',
    {
      temperatureC: 127.99,
      pressurePa: 115535,
      humidityPct: 127.5,
      accelerationXMg: 32767,
      accelerationYMg: 32767,
      accelerationZMg: 32767,
      batteryMv: 65535,
    },
  ],
  [
    'minimum values',
    '0300FF6300008001800180010000',
    {
      temperatureC: -127.99,
      pressurePa: 50000,
      humidityPct: 0,
      accelerationXMg: -32767,
      accelerationYMg: -32767,
      accelerationZMg: -32767,
      batteryMv: 0,
    },
  ],
];

describe('Ruuvi RAWv1 (data format 3)', () => {
  describe('official test vectors (docs.ruuvi.com, Data format 3 (RAWv1))', () => {
    it.each(SPEC_VECTORS)('decodes "%s"', (_name, hex, expected) => {
      expect(decodeRuuviRawV1(bytes(hex))).toEqual({ format: 'ruuvi-rawv1', ...expected });
    });

    it.each(SPEC_VECTORS)('encodes "%s" back to the same bytes', (_name, hex, values) => {
      expect(bytesToHex(encodeRuuviRawV1Payload(values))).toBe(hex);
    });

    it('decodes the valid vector inside a full advertisement (flags + 11 FF 99 04)', () => {
      const result = decodeAdvertisement('02010611FF990403291A1ECE1EFC18F94202CA0B53');
      expect(result).toEqual({ ok: true, beacons: [{ format: 'ruuvi-rawv1', ...SPEC_VECTORS[0][2] }] });
    });
  });

  it.each([
    // Temperature examples from the spec: MSB is the sign, not two's complement.
    ['0000', 0],
    ['8145', -1.69],
    ['0145', 1.69],
    ['8000', 0],
  ])('temperature bytes %s → %p °C', (hex, expected) => {
    const result = decodeRuuviRawV1(bytes('03' + '00' + hex + '0000' + '000000000000' + '0B53'));
    expect('error' in result ? result : result.temperatureC).toBe(expected);
  });

  it.each([
    [0, 0],
    [128, 64],
    [200, 100],
  ])('humidity %p → %p % (0.5 % steps)', (raw, expected) => {
    const result = decodeRuuviRawV1(
      bytes('03' + raw.toString(16).padStart(2, '0') + '0000' + '0000' + '000000000000' + '0B53'),
    );
    expect('error' in result ? result : result.humidityPct).toBe(expected);
  });

  it('never reports null: RAWv1 has no "not available" value', () => {
    const result = decodeRuuviRawV1(bytes('0300000000008000800080000000'));
    expect(result).toEqual({
      format: 'ruuvi-rawv1',
      temperatureC: 0,
      humidityPct: 0,
      pressurePa: 50000,
      accelerationXMg: -32768,
      accelerationYMg: -32768,
      accelerationZMg: -32768,
      batteryMv: 0,
    });
  });

  it('rejects a temperature fraction above 99 (out of the spec range 0..99)', () => {
    expect(decodeRuuviRawV1(bytes('03291A64CE1EFC18F94202CA0B53'))).toEqual({
      error: 'Ruuvi RAWv1 temperature fraction must be 0..99, got 100',
    });
  });

  it('rejects a wrong length', () => {
    expect(decodeRuuviRawV1(bytes('03291A1ECE1EFC18F94202CA0B'))).toEqual({
      error: 'Ruuvi RAWv1 payload must be 14 bytes, got 13',
    });
  });
});
