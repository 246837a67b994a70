import { decodeAdvertisement } from './decode-advertisement';
import { decodeEddystoneFrame } from './eddystone';
import { encodeEddystoneTlmAdvertisement, encodeEddystoneUidAdvertisement } from './encoders/eddystone';
import { parseHex } from './hex';

function bytes(hex: string): Uint8Array {
  const parsed = parseHex(hex);
  if (!(parsed instanceof Uint8Array)) {
    throw new Error(parsed.error);
  }
  return parsed;
}

/**
 * Google's Eddystone spec (github.com/google/eddystone) publishes layouts, not test vectors. These adverts are
 * built from them byte by byte:
 * - protocol-specification.md: `02 01 06` flags, `03 03 AA FE` 16-bit UUID list, `<len> 16 AA FE` service data.
 * - eddystone-uid/README.md: frame 0x00, tx power at 0 m, 10-byte namespace, 6-byte instance, 2 RFU bytes;
 *   service data length 0x17 (0x15 for implementations that omit RFU). Namespace example from the spec's
 *   "elided UUID" section: 8b0ca750095477cb3e77.
 * - eddystone-tlm/tlm-plain.md: 0x20, version 0x00, VBATT (1 mV/bit, 0 = not supported), TEMP 8.8 signed
 *   (0x8000 = not supported), ADV_CNT, SEC_CNT (0.1 s ticks); service data length 0x11.
 * - eddystone-tlm/tlm-encrypted.md: 0x20, version 0x01, 12 ETLM bytes, 2 salt, 2 MIC.
 */
const FLAGS = '020106';
const UUID_LIST = '0303AAFE';
const UID_FRAME = '00' + 'EC' + '8B0CA750095477CB3E77' + '0000000004D2' + '0000';
const TLM_FRAME = '20' + '00' + '0BB8' + '1780' + '00012345' + '00002328';

describe('Eddystone', () => {
  describe('UID (frame 0x00)', () => {
    const expected = {
      format: 'eddystone-uid',
      txPowerDbm: -20,
      namespace: '8b0ca750095477cb3e77',
      instance: '0000000004d2',
    };

    it('decodes a full 20-byte frame (service data length 0x17) with the 16-bit UUID list', () => {
      expect(decodeAdvertisement(FLAGS + UUID_LIST + '1716AAFE' + UID_FRAME)).toEqual({
        ok: true,
        beacons: [expected],
      });
    });

    it('decodes without the 16-bit UUID list too', () => {
      expect(decodeAdvertisement(FLAGS + '1716AAFE' + UID_FRAME)).toEqual({ ok: true, beacons: [expected] });
    });

    it('accepts the 18-byte frame that omits the RFU bytes (length 0x15)', () => {
      expect(decodeAdvertisement(FLAGS + UUID_LIST + '1516AAFE' + UID_FRAME.slice(0, -4))).toEqual({
        ok: true,
        beacons: [expected],
      });
    });

    it('reads tx power as a signed byte', () => {
      const frame = bytes('00' + '14' + '8B0CA750095477CB3E77' + '0000000004D2' + '0000');
      expect(decodeEddystoneFrame(frame)).toMatchObject({ txPowerDbm: 20 });
    });

    it('rejects a frame of another length', () => {
      expect(decodeEddystoneFrame(bytes(UID_FRAME + '00'))).toEqual({
        error: 'Eddystone-UID frame must be 20 bytes (or 18 without RFU), got 21',
      });
    });

    it('encodes what the spec lays out', () => {
      expect(
        encodeEddystoneUidAdvertisement({
          txPowerDbm: -20,
          namespace: '8b0ca750095477cb3e77',
          instance: '0000000004d2',
        }),
      ).toBe(FLAGS + UUID_LIST + '1716AAFE' + UID_FRAME);
    });
  });

  describe('TLM (frame 0x20)', () => {
    it('decodes version 0x00: battery mV, 8.8 temperature, ADV_CNT and SEC_CNT in 0.1 s ticks', () => {
      // 0x0BB8 = 3000 mV, 0x1780 = 23.5 °C, 0x12345 = 74565 PDUs, 0x2328 = 9000 ticks = 900 s.
      expect(decodeAdvertisement(FLAGS + UUID_LIST + '1116AAFE' + TLM_FRAME)).toEqual({
        ok: true,
        beacons: [
          {
            format: 'eddystone-tlm',
            batteryMv: 3000,
            temperatureC: 23.5,
            advertisingCount: 74565,
            uptimeS: 900,
          },
        ],
      });
    });

    it('uptime is SEC_CNT / 10, not seconds (a common decoder bug)', () => {
      const frame = bytes('2000' + '0BB8' + '1780' + '00000001' + '00000007');
      expect(decodeEddystoneFrame(frame)).toMatchObject({ uptimeS: 0.7 });
    });

    it('reads full-range unsigned 32-bit counters', () => {
      const frame = bytes('2000' + '0BB8' + '1780' + 'FFFFFFFF' + 'FFFFFFFF');
      expect(decodeEddystoneFrame(frame)).toMatchObject({
        advertisingCount: 4294967295,
        uptimeS: 429496729.5,
      });
    });

    it('battery 0 means "not supported" → null', () => {
      expect(decodeEddystoneFrame(bytes('2000' + '0000' + '1780' + '00000001' + '00000001'))).toMatchObject({
        batteryMv: null,
      });
    });

    it('temperature 0x8000 means "not supported" → null', () => {
      expect(decodeEddystoneFrame(bytes('2000' + '0BB8' + '8000' + '00000001' + '00000001'))).toMatchObject({
        temperatureC: null,
      });
    });

    it.each([
      ['FF80', -0.5],
      ['FF00', -1],
      ['0001', 1 / 256],
      ['7FFF', 127.99609375],
      ['8001', -127.99609375],
    ])('temperature %s is signed 8.8 fixed point → %p °C', (hex, expected) => {
      expect(decodeEddystoneFrame(bytes('2000' + '0BB8' + hex + '00000001' + '00000001'))).toMatchObject({
        temperatureC: expected,
      });
    });

    it('recognises the encrypted TLM (version 0x01) without decoding it', () => {
      const etlm = '20' + '01' + 'A1A2A3A4A5A6A7A8A9AAABAC' + 'BEEF' + 'CAFE';
      expect(decodeAdvertisement(FLAGS + UUID_LIST + '1516AAFE' + etlm)).toEqual({
        ok: true,
        beacons: [{ format: 'eddystone-tlm-encrypted' }],
      });
    });

    it('rejects an encrypted TLM of the wrong length', () => {
      expect(decodeEddystoneFrame(bytes('2001A1A2A3A4A5A6A7A8A9AAABACBEEF'))).toEqual({
        error: 'encrypted Eddystone-TLM frame must be 18 bytes, got 16',
      });
    });

    it('rejects an unknown TLM version', () => {
      expect(decodeEddystoneFrame(bytes('2002' + '0BB8' + '1780' + '00000001' + '00000001'))).toEqual({
        error: 'unknown Eddystone-TLM version 0x02 (0x00 plain, 0x01 encrypted)',
      });
    });

    it('rejects a plain TLM that is not exactly 14 bytes', () => {
      expect(decodeEddystoneFrame(bytes(TLM_FRAME.slice(0, -2)))).toEqual({
        error: 'Eddystone-TLM frame must be 14 bytes, got 13',
      });
    });

    it('rejects a TLM with no version byte', () => {
      expect(decodeEddystoneFrame(bytes('20'))).toEqual({ error: 'Eddystone-TLM frame has no version byte' });
    });

    it('encodes what the spec lays out', () => {
      expect(
        encodeEddystoneTlmAdvertisement({
          batteryMv: 3000,
          temperatureC: 23.5,
          advertisingCount: 74565,
          uptimeS: 900,
        }),
      ).toBe(FLAGS + UUID_LIST + '1116AAFE' + TLM_FRAME);
    });

    it('encodes null battery and temperature as the spec\'s "not supported" values', () => {
      expect(
        encodeEddystoneTlmAdvertisement({
          batteryMv: null,
          temperatureC: null,
          advertisingCount: 1,
          uptimeS: 0.1,
        }),
      ).toBe(FLAGS + UUID_LIST + '1116AAFE' + '2000' + '0000' + '8000' + '00000001' + '00000001');
    });
  });

  it('ignores frame types it does not decode (URL 0x10, EID 0x30)', () => {
    const url = '10' + 'EB' + '03' + '676F6F676C65' + '07';
    expect(decodeAdvertisement(FLAGS + UUID_LIST + '0D16AAFE' + url)).toEqual({ ok: true, beacons: [] });
    expect(decodeEddystoneFrame(bytes('30EB0102030405060708'))).toBeNull();
  });

  it('ignores service data of other 16-bit UUIDs', () => {
    expect(decodeAdvertisement(FLAGS + '0516D2FC4001')).toEqual({ ok: true, beacons: [] });
  });

  it('rejects Eddystone service data with no frame type', () => {
    expect(decodeAdvertisement(FLAGS + '0316AAFE')).toEqual({
      ok: false,
      reason: 'Eddystone service data has no frame type byte',
    });
  });
});
