import { parseRuuviGatewayMqtt } from './ruuvi-gateway-mqtt';

const TOPIC = 'ruuvi/C8:25:2D:8E:9C:2C/F4:1F:0C:28:CB:D6';
const RECEIVED_AT = 1653668030_000;

/**
 * docs.ruuvi.com "MQTT: Time-stamped data from Bluetooth-sensors" (schema property examples: gw_mac, rssi -26,
 * aoa [], gwts and ts "1653668027", data, coords "") and "MQTT: Data from Bluetooth-sensors without timestamps"
 * (the `examples` message verbatim). Topic form from docs.ruuvi.com "MQTT examples": ruuvi/<gw_mac>/<tag_mac>.
 */
const TIMESTAMPED_EXAMPLE = {
  gw_mac: 'C8:25:2D:8E:9C:2C',
  rssi: -26,
  aoa: [],
  gwts: '1653668027',
  ts: '1653668027',
  data: '0201061BFF99040515AE4C6DC6D7000CFFF803F4ADB6AD697FF41F0C28CBD6',
  coords: '',
};
const COUNTER_EXAMPLE = {
  gw_mac: 'C8:25:2D:8E:9C:2C',
  rssi: -25,
  aoa: [],
  cnt: '338',
  data: '0201061BFF990405166455D5C6DE0008FFF403F0AE760F2A8BF41F0C28CBD6',
  coords: '',
};

describe('parseRuuviGatewayMqtt', () => {
  it('time-stamped message: sentAt from gwts, seenAt from ts', () => {
    expect(parseRuuviGatewayMqtt(TOPIC, TIMESTAMPED_EXAMPLE, RECEIVED_AT)).toEqual({
      ok: true,
      batch: {
        gatewayMac: 'C8:25:2D:8E:9C:2C',
        sentAt: 1653668027_000,
        sequence: null,
        sightings: [
          {
            tagMac: 'F4:1F:0C:28:CB:D6',
            rssi: -26,
            seenAt: 1653668027_000,
            rawHex: '0201061BFF99040515AE4C6DC6D7000CFFF803F4ADB6AD697FF41F0C28CBD6',
          },
        ],
        rejected: [],
      },
    });
  });

  it('counter message: cnt is not a time, so seenAt = sentAt = time of receipt', () => {
    const result = parseRuuviGatewayMqtt(TOPIC, COUNTER_EXAMPLE, RECEIVED_AT);
    expect(result).toMatchObject({
      ok: true,
      batch: {
        sentAt: RECEIVED_AT,
        sightings: [{ tagMac: 'F4:1F:0C:28:CB:D6', rssi: -25, seenAt: RECEIVED_AT }],
      },
    });
  });

  it('accepts a JSON string payload and numeric fields (newer firmware)', () => {
    const payload = JSON.stringify({ ...TIMESTAMPED_EXAMPLE, gwts: 1653668027, ts: 1653668026 });
    expect(parseRuuviGatewayMqtt(TOPIC, payload, RECEIVED_AT)).toMatchObject({
      ok: true,
      batch: { sentAt: 1653668027_000, sightings: [{ seenAt: 1653668026_000 }] },
    });
  });

  it('a payload without gw_mac takes the gateway from the topic; without data, rawHex is null', () => {
    const rest = { rssi: -26, aoa: [], gwts: '1653668027', ts: '1653668027', coords: '' };
    expect(parseRuuviGatewayMqtt('site-a/ruuvi/c8252d8e9c2c/f41f0c28cbd6', rest, RECEIVED_AT)).toMatchObject({
      ok: true,
      batch: { gatewayMac: 'C8:25:2D:8E:9C:2C', sightings: [{ tagMac: 'F4:1F:0C:28:CB:D6', rawHex: null }] },
    });
  });

  describe('envelope errors', () => {
    it('topic and payload gw_mac must agree', () => {
      expect(
        parseRuuviGatewayMqtt('ruuvi/C8:25:2D:8E:9C:2D/F4:1F:0C:28:CB:D6', TIMESTAMPED_EXAMPLE, RECEIVED_AT),
      ).toEqual({
        ok: false,
        errors: ['gw_mac C8:25:2D:8E:9C:2C does not match the gateway in the topic (C8:25:2D:8E:9C:2D)'],
      });
    });

    it('a gateway status topic is not a sighting', () => {
      expect(
        parseRuuviGatewayMqtt('ruuvi/C8:25:2D:8E:9C:2C/gw_status', { state: 'online' }, RECEIVED_AT),
      ).toEqual({
        ok: false,
        errors: [
          'topic must end with /<gw_mac>/<tag_mac> (e.g. ruuvi/C8:25:2D:8E:9C:2C/F4:1F:0C:28:CB:D6), got "ruuvi/C8:25:2D:8E:9C:2C/gw_status"',
        ],
      });
    });

    it('names every bad envelope field', () => {
      expect(
        parseRuuviGatewayMqtt(TOPIC, { ...TIMESTAMPED_EXAMPLE, gw_mac: 42, gwts: 'now' }, RECEIVED_AT),
      ).toEqual({
        ok: false,
        errors: [
          'gw_mac must be a MAC address',
          'gwts must be Unix seconds (a whole number or a string of digits)',
        ],
      });
      expect(parseRuuviGatewayMqtt(TOPIC, '[1,2]', RECEIVED_AT)).toEqual({
        ok: false,
        errors: ['payload must be a JSON object'],
      });
    });
  });

  describe('a bad sighting is rejected, keyed by the topic tag MAC', () => {
    it.each([
      [{ rssi: 30 }, 'rssi must be an integer between -127 and 20'],
      [{ ts: '-5' }, 'ts must be Unix seconds (a whole number or a string of digits)'],
      [{ ts: String(1653668030 + 301) }, 'ts is 301 s after the time of receipt (at most 300 s allowed)'],
      [{ data: 'ABC' }, 'data must have an even number of hex digits, got 3'],
      [{ data: 7 }, 'data must be a hex string'],
    ])('%p', (patch, reason) => {
      expect(parseRuuviGatewayMqtt(TOPIC, { ...TIMESTAMPED_EXAMPLE, ...patch }, RECEIVED_AT)).toEqual({
        ok: true,
        batch: {
          gatewayMac: 'C8:25:2D:8E:9C:2C',
          sentAt: 1653668027_000,
          sequence: null,
          sightings: [],
          rejected: [{ index: 'F4:1F:0C:28:CB:D6', reason }],
        },
      });
    });

    it('neither ts nor cnt', () => {
      expect(
        parseRuuviGatewayMqtt(TOPIC, { ...TIMESTAMPED_EXAMPLE, ts: undefined }, RECEIVED_AT),
      ).toMatchObject({
        ok: true,
        batch: { rejected: [{ index: 'F4:1F:0C:28:CB:D6', reason: 'the message must have ts or cnt' }] },
      });
    });
  });
});
