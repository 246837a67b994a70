import { decodeAdvertisement } from './decode-advertisement';
import { encodeIBeaconAdvertisement } from './encoders/ibeacon';
import { parseHex } from './hex';
import { decodeIBeacon } from './ibeacon';
import { decodeManufacturerData } from './manufacturer-data';

function bytes(hex: string): Uint8Array {
  const parsed = parseHex(hex);
  if (!(parsed instanceof Uint8Array)) {
    throw new Error(parsed.error);
  }
  return parsed;
}

/**
 * Apple's Proximity Beacon spec is licensed, so the layout is from public vendor pages:
 * wiki.aprbrother.com "iBeacon packet structure" and support.kontakt.io "iBeacon advertising packet structure":
 * `02 01 06` flags, `1A FF` manufacturer data, `4C 00` Apple, `02 15` iBeacon type/length, 16-byte proximity
 * UUID, major (2), minor (2), signal power (int8, RSSI at 1 m). The UUID B5B182C7-EAB1-4988-AA99-B5C1517008D9
 * and power 0xC6 are the April Brother page's defaults; major/minor 0x1234/0xABCD are ours (asymmetric bytes,
 * to prove big-endian).
 */
const APRIL_BROTHER = '0201061AFF4C000215' + 'B5B182C7EAB14988AA99B5C1517008D9' + '1234' + 'ABCD' + 'C6';

describe('iBeacon', () => {
  it('decodes the vendor-documented layout; major/minor are big-endian, power is int8', () => {
    expect(decodeAdvertisement(APRIL_BROTHER)).toEqual({
      ok: true,
      beacons: [
        {
          format: 'ibeacon',
          uuid: 'b5b182c7-eab1-4988-aa99-b5c1517008d9',
          major: 0x1234,
          minor: 0xabcd,
          measuredPowerDbm: -58,
        },
      ],
    });
  });

  it('major 0x0001 is 1, not 256 (not little-endian)', () => {
    const result = decodeIBeacon(bytes('0215' + 'B5B182C7EAB14988AA99B5C1517008D9' + '0001' + '0100' + 'C5'));
    expect(result).toMatchObject({ major: 1, minor: 256, measuredPowerDbm: -59 });
  });

  it('rejects a truncated iBeacon', () => {
    expect(
      decodeAdvertisement(
        '0201061AFF4C000215B5B182C7EAB14988AA99B5C1517008D91234ABCD'.slice(0, -2).replace('1AFF', '18FF'),
      ),
    ).toEqual({
      ok: false,
      reason: 'truncated iBeacon: 21 bytes after the company id, expected 23',
    });
  });

  it('rejects a wrong iBeacon length byte', () => {
    expect(decodeIBeacon(bytes('0214' + 'B5B182C7EAB14988AA99B5C1517008D9' + '1234ABCD'))).toEqual({
      error: 'iBeacon length byte must be 0x15, got 0x14',
    });
  });

  it('rejects trailing bytes', () => {
    expect(decodeIBeacon(bytes('0215' + 'B5B182C7EAB14988AA99B5C1517008D9' + '1234ABCDC600'))).toEqual({
      error: 'iBeacon has 24 bytes after the company id, expected 23',
    });
  });

  it('ignores other Apple manufacturer data types (e.g. 0x10 Nearby Info)', () => {
    expect(decodeManufacturerData(0x004c, bytes('1005031C0F5D3A'))).toBeNull();
    expect(decodeAdvertisement('02011A0AFF4C001005031C0F5D3A')).toEqual({ ok: true, beacons: [] });
  });

  it('encodes the same layout, UUID with or without dashes, either case', () => {
    const values = {
      uuid: 'B5B182C7-EAB1-4988-AA99-B5C1517008D9',
      major: 0x1234,
      minor: 0xabcd,
      measuredPowerDbm: -58,
    };
    expect(encodeIBeaconAdvertisement(values)).toBe(APRIL_BROTHER);
    expect(encodeIBeaconAdvertisement({ ...values, uuid: 'b5b182c7eab14988aa99b5c1517008d9' })).toBe(
      APRIL_BROTHER,
    );
  });

  it('refuses to encode out-of-range values', () => {
    const values = {
      uuid: 'b5b182c7-eab1-4988-aa99-b5c1517008d9',
      major: 1,
      minor: 2,
      measuredPowerDbm: -59,
    };
    expect(() => encodeIBeaconAdvertisement({ ...values, major: 65536 })).toThrow(
      'major must be an integer between 0 and 65535',
    );
    expect(() => encodeIBeaconAdvertisement({ ...values, uuid: 'not-a-uuid' })).toThrow(
      'uuid must be 32 hex digits',
    );
  });
});
