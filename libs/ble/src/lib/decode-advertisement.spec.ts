import { walkAdStructures } from './ad-structures';
import { decodeAdvertisement } from './decode-advertisement';
import { parseHex } from './hex';

const RUUVI_VALID = '0201061BFF99040512FC5394C37C0004FFFC040CAC364200CDCBB8334C884F';

describe('decodeAdvertisement', () => {
  describe('AD structure parsing', () => {
    it('accepts lower-case hex', () => {
      const result = decodeAdvertisement(RUUVI_VALID.toLowerCase());
      expect(result.ok && result.beacons[0]).toMatchObject({ format: 'ruuvi-rawv2', temperatureC: 24.3 });
    });

    it('a zero-length structure ends the data: zero padding after it is ignored', () => {
      const result = decodeAdvertisement(RUUVI_VALID + '000000000000');
      expect(result.ok && result.beacons).toHaveLength(1);
    });

    it('a zero-length structure ends the data even if bytes follow it', () => {
      expect(decodeAdvertisement('020106' + '00' + '1BFF9904')).toEqual({ ok: true, beacons: [] });
    });

    it('a structure running past the end is an error naming where', () => {
      expect(decodeAdvertisement(RUUVI_VALID.slice(0, -2))).toEqual({
        ok: false,
        reason: 'AD structure at byte 3 declares length 27 but only 26 bytes follow',
      });
    });

    it('a lone length byte at the end is an error', () => {
      expect(decodeAdvertisement('02010603')).toEqual({
        ok: false,
        reason: 'AD structure at byte 3 declares length 3 but only 0 bytes follow',
      });
    });

    it('ignores AD types it does not decode (flags, names, TX power, 128-bit UUIDs)', () => {
      // flags; complete local name "Ruuvi 884F"; TX power level 4 dBm; incomplete 128-bit UUID list
      const advert =
        '020106' + '0B0952757576692038383446' + '020A04' + '1106' + '9ECADC240EE5A9E093F3A3B50100406E';
      expect(decodeAdvertisement(advert)).toEqual({ ok: true, beacons: [] });
    });

    it('an advertisement with nothing decodable is still ok (a sighting for location)', () => {
      expect(decodeAdvertisement('020106')).toEqual({ ok: true, beacons: [] });
      expect(decodeAdvertisement('')).toEqual({ ok: true, beacons: [] });
    });

    it('ignores manufacturer data of companies it does not decode', () => {
      expect(decodeAdvertisement('020106' + '07FF590001020304')).toEqual({ ok: true, beacons: [] });
    });

    it('returns every beacon in the advertisement, in order', () => {
      const ibeacon = '1AFF4C000215' + 'B5B182C7EAB14988AA99B5C1517008D9' + '00010002' + 'C5';
      const tlm = '1116AAFE' + '2000' + '0BB8' + '1780' + '00000001' + '0000000A';
      const result = decodeAdvertisement('020106' + ibeacon + tlm);
      expect(result.ok && result.beacons.map((b) => b.format)).toEqual(['ibeacon', 'eddystone-tlm']);
    });

    it('rejects manufacturer data too short for a company id', () => {
      expect(decodeAdvertisement('020106' + '02FF99')).toEqual({
        ok: false,
        reason: 'manufacturer specific data at byte 3 has 1 byte(s); the company id needs 2',
      });
    });

    it('rejects service data too short for a 16-bit UUID', () => {
      expect(decodeAdvertisement('020106' + '0216AA')).toEqual({
        ok: false,
        reason: 'service data at byte 3 has 1 byte(s); the 16-bit UUID needs 2',
      });
    });
  });

  describe('input that cannot be read', () => {
    it('odd-length hex', () => {
      expect(decodeAdvertisement('0201061')).toEqual({
        ok: false,
        reason: 'hex has an odd number of digits (7)',
      });
    });

    it('non-hex characters (including spaces and 0x prefixes)', () => {
      expect(decodeAdvertisement('02010G')).toEqual({
        ok: false,
        reason: 'hex has a non-hex character "G" at index 5',
      });
      expect(decodeAdvertisement('0201 06')).toMatchObject({ ok: false });
      expect(decodeAdvertisement('0x020106')).toMatchObject({ ok: false });
    });

    it('an unknown Ruuvi data format is rejected, not guessed', () => {
      expect(decodeAdvertisement('020106' + '05FF99040601')).toEqual({
        ok: false,
        reason: 'unsupported Ruuvi data format 0x06 (decoded: 0x03 RAWv1, 0x05 RAWv2)',
      });
    });

    it('Ruuvi manufacturer data with no format byte is rejected', () => {
      expect(decodeAdvertisement('020106' + '03FF9904')).toEqual({
        ok: false,
        reason: 'Ruuvi manufacturer data has no data format byte',
      });
    });

    it('a RAWv2 payload of the wrong length is rejected', () => {
      expect(
        decodeAdvertisement('020106' + '1AFF990405' + '12FC5394C37C0004FFFC040CAC364200CDCBB8334C88'),
      ).toEqual({
        ok: false,
        reason: 'Ruuvi RAWv2 payload must be 24 bytes, got 23',
      });
    });
  });

  describe('Ruuvi Gateway documentation examples (docs.ruuvi.com, Gateway data formats)', () => {
    it.each([
      // HTTP time-stamped example, tag C6:A5:B9:E0:AD:06
      [
        '0201061BFF99040513C85714C7CC00240008041CAB76F41C3CC6A5B9E0AD06',
        25.32,
        55.73,
        101148,
        'C6:A5:B9:E0:AD:06',
      ],
      // HTTP time-stamped example, tag E3:75:CF:37:4E:23
      [
        '0201061BFF99040514565D7CC7850008003C03E4A9F6741CC3E375CF374E23',
        26.03,
        59.83,
        101077,
        'E3:75:CF:37:4E:23',
      ],
      // MQTT time-stamped example, tag F4:1F:0C:28:CB:D6
      [
        '0201061BFF99040515AE4C6DC6D7000CFFF803F4ADB6AD697FF41F0C28CBD6',
        27.75,
        48.9125,
        100903,
        'F4:1F:0C:28:CB:D6',
      ],
    ])('%s', (hex, temperatureC, humidityPct, pressurePa, mac) => {
      const result = decodeAdvertisement(hex);
      expect(result.ok && result.beacons[0]).toMatchObject({
        format: 'ruuvi-rawv2',
        temperatureC,
        humidityPct,
        pressurePa,
        mac,
      });
    });
  });
});

describe('walkAdStructures', () => {
  it('visits each structure with its type, data offset and data length', () => {
    const bytes = parseHex('020106' + '03FF9904');
    if (!(bytes instanceof Uint8Array)) {
      throw new Error(bytes.error);
    }
    const seen: number[][] = [];
    expect(
      walkAdStructures(bytes, (type, offset, length) => (seen.push([type, offset, length]), null)),
    ).toBeNull();
    expect(seen).toEqual([
      [0x01, 2, 1],
      [0xff, 5, 2],
    ]);
  });
});
