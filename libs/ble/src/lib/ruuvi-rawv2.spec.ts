import { decodeAdvertisement } from './decode-advertisement';
import { RuuviRawV2Beacon } from './decoded-beacon';
import { encodeRuuviRawV2Payload } from './encoders/ruuvi-rawv2';
import { bytesToHex, parseHex } from './hex';
import { decodeRuuviRawV2 } from './ruuvi-rawv2';

function bytes(hex: string): Uint8Array {
  const parsed = parseHex(hex);
  if (!(parsed instanceof Uint8Array)) {
    throw new Error(parsed.error);
  }
  return parsed;
}

function decoded(hex: string): RuuviRawV2Beacon {
  const result = decodeRuuviRawV2(bytes(hex));
  if ('error' in result) {
    throw new Error(result.error);
  }
  return result;
}

/**
 * Official test vectors, docs.ruuvi.com "Data format 5 (RAWv2)" → Test vectors
 * (github.com/ruuvi/docs communication/bluetooth-advertisements/data-format-5-rawv2.md). The spec gives
 * acceleration in G and voltage in V; ours are mG and mV. "NAN" is our null.
 */
const SPEC_VECTORS: [string, string, Omit<RuuviRawV2Beacon, 'format'>][] = [
  [
    // Case: valid data
    'valid data',
    '0512FC5394C37C0004FFFC040CAC364200CDCBB8334C884F',
    {
      temperatureC: 24.3,
      pressurePa: 100044,
      humidityPct: 53.49,
      accelerationXMg: 4,
      accelerationYMg: -4,
      accelerationZMg: 1036,
      txPowerDbm: 4,
      batteryMv: 2977,
      movementCounter: 66,
      measurementSequence: 205,
      mac: 'CB:B8:33:4C:88:4F',
    },
  ],
  [
    // Case: maximum values
    'maximum values',
    '057FFFFFFEFFFE7FFF7FFF7FFFFFDEFEFFFECBB8334C884F',
    {
      temperatureC: 163.835,
      pressurePa: 115534,
      humidityPct: 163.835,
      accelerationXMg: 32767,
      accelerationYMg: 32767,
      accelerationZMg: 32767,
      txPowerDbm: 20,
      batteryMv: 3646,
      movementCounter: 254,
      measurementSequence: 65534,
      mac: 'CB:B8:33:4C:88:4F',
    },
  ],
  [
    // Case: minimum values
    'minimum values',
    '058001000000008001800180010000000000CBB8334C884F',
    {
      temperatureC: -163.835,
      pressurePa: 50000,
      humidityPct: 0,
      accelerationXMg: -32767,
      accelerationYMg: -32767,
      accelerationZMg: -32767,
      txPowerDbm: -40,
      batteryMv: 1600,
      movementCounter: 0,
      measurementSequence: 0,
      mac: 'CB:B8:33:4C:88:4F',
    },
  ],
  [
    // Case: Invalid values
    'invalid values (not available)',
    '058000FFFFFFFF800080008000FFFFFFFFFFFFFFFFFFFFFF',
    {
      temperatureC: null,
      pressurePa: null,
      humidityPct: null,
      accelerationXMg: null,
      accelerationYMg: null,
      accelerationZMg: null,
      txPowerDbm: null,
      batteryMv: null,
      movementCounter: null,
      measurementSequence: null,
      mac: null,
    },
  ],
];

describe('Ruuvi RAWv2 (data format 5)', () => {
  describe('official test vectors (docs.ruuvi.com, Data format 5 (RAWv2))', () => {
    it.each(SPEC_VECTORS)('decodes "%s"', (_name, hex, expected) => {
      expect(decoded(hex)).toEqual({ format: 'ruuvi-rawv2', ...expected });
    });

    it.each(SPEC_VECTORS)(
      'encodes "%s" back to the same bytes (the spec says the vectors are bidirectional)',
      (_name, hex, values) => {
        expect(bytesToHex(encodeRuuviRawV2Payload(values))).toBe(hex);
      },
    );

    it('decodes the valid vector inside a full advertisement (flags + 1B FF 99 04)', () => {
      expect(decodeAdvertisement('0201061BFF99040512FC5394C37C0004FFFC040CAC364200CDCBB8334C884F')).toEqual({
        ok: true,
        beacons: [{ format: 'ruuvi-rawv2', ...SPEC_VECTORS[0][2] }],
      });
    });
  });

  describe('per-field examples from the same spec page', () => {
    // Payload template: format 5, every field "valid zero", MAC CB:B8:33:4C:88:4F; fields patched in.
    const template =
      '05' + '0000' + '0000' + '0000' + '0000' + '0000' + '0000' + '0000' + '00' + '0000' + 'CBB8334C884F';
    const withField = (byteOffset: number, hex: string): Uint8Array => {
      const b = bytes(template);
      b.set(bytes(hex), byteOffset);
      return b;
    };
    const decode = (b: Uint8Array): RuuviRawV2Beacon => {
      const r = decodeRuuviRawV2(b);
      if ('error' in r) {
        throw new Error(r.error);
      }
      return r;
    };

    it.each([
      ['0000', 0],
      ['01C3', 2.255],
      ['FE3D', -2.255],
      ['8000', null],
    ])('temperature %s → %p °C', (hex, expected) =>
      expect(decode(withField(1, hex)).temperatureC).toBe(expected),
    );

    it.each([
      [0, 0],
      [10010, 25.025],
      [40000, 100],
      [65535, null],
    ])('humidity %p → %p %', (raw, expected) =>
      expect(decode(withField(3, raw.toString(16).padStart(4, '0'))).humidityPct).toBe(expected),
    );

    it.each([
      [0, 50000],
      [51325, 101325],
      [65534, 115534],
      [65535, null],
    ])('pressure %p → %p Pa', (raw, expected) =>
      expect(decode(withField(5, raw.toString(16).padStart(4, '0'))).pressurePa).toBe(expected),
    );

    it.each([
      ['FC18', -1000],
      ['03E8', 1000],
      ['8000', null],
    ])('acceleration %s → %p mG on every axis', (hex, expected) => {
      const b = decode(withField(7, hex + hex + hex));
      expect([b.accelerationXMg, b.accelerationYMg, b.accelerationZMg]).toEqual([
        expected,
        expected,
        expected,
      ]);
    });

    it.each([
      [0, 1600],
      [1400, 3000],
      [2047, null],
    ])('battery bits %p → %p mV, independently of the TX power bits', (raw, expected) => {
      const b = decode(withField(13, ((raw << 5) | 22).toString(16).padStart(4, '0')));
      expect(b.batteryMv).toBe(expected);
      expect(b.txPowerDbm).toBe(4);
    });

    it.each([
      [0, -40],
      [22, 4],
      [31, null],
    ])('TX power bits %p → %p dBm, independently of the battery bits', (raw, expected) => {
      const b = decode(withField(13, ((1400 << 5) | raw).toString(16).padStart(4, '0')));
      expect(b.txPowerDbm).toBe(expected);
      expect(b.batteryMv).toBe(3000);
    });

    it.each([
      [0, 0],
      [100, 100],
      [255, null],
    ])('movement counter %p → %p', (raw, expected) =>
      expect(decode(withField(15, raw.toString(16).padStart(2, '0'))).movementCounter).toBe(expected),
    );

    it.each([
      [0, 0],
      [1000, 1000],
      [65535, null],
    ])('measurement sequence %p → %p', (raw, expected) =>
      expect(decode(withField(16, raw.toString(16).padStart(4, '0'))).measurementSequence).toBe(expected),
    );

    it('a MAC with one byte not FF is a MAC, not "not available"', () => {
      expect(decode(withField(18, 'FFFFFFFFFFFE')).mac).toBe('FF:FF:FF:FF:FF:FE');
    });
  });

  describe('rejects what it cannot read', () => {
    it('a payload one byte short', () => {
      expect(decodeRuuviRawV2(bytes('0512FC5394C37C0004FFFC040CAC364200CDCBB8334C88'))).toEqual({
        error: 'Ruuvi RAWv2 payload must be 24 bytes, got 23',
      });
    });

    it('a payload one byte long', () => {
      expect(decodeRuuviRawV2(bytes('0512FC5394C37C0004FFFC040CAC364200CDCBB8334C884F00'))).toEqual({
        error: 'Ruuvi RAWv2 payload must be 24 bytes, got 25',
      });
    });

    it('a payload with another format byte', () => {
      expect(decodeRuuviRawV2(bytes('0312FC5394C37C0004FFFC040CAC364200CDCBB8334C884F'))).toEqual({
        error: 'Ruuvi RAWv2 payload must start with format byte 0x05, got 0x03',
      });
    });
  });
});
