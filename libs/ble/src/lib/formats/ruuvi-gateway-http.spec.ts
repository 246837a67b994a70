import { ParseResult, ParsedBatch } from './gateway-batch';
import { parseRuuviGatewayHttp } from './ruuvi-gateway-http';

function batchOf(result: ParseResult): ParsedBatch {
  if (!result.ok) {
    throw new Error(result.errors.join('; '));
  }
  return result.batch;
}

/**
 * docs.ruuvi.com "HTTP: Time-stamped data from Bluetooth-sensors" (github.com/ruuvi/docs
 * data-formats/http-time-stamped-data-from-bluetooth-sensors.md), the schema's `examples` body verbatim.
 */
const TIMESTAMPED_EXAMPLE = {
  data: {
    coordinates: '',
    timestamp: '1653633988',
    nonce: '2636366621',
    gw_mac: 'C8:25:2D:8E:9C:2C',
    tags: {
      'C6:A5:B9:E0:AD:06': {
        rssi: -71,
        timestamp: '1653633986',
        data: '0201061BFF99040513C85714C7CC00240008041CAB76F41C3CC6A5B9E0AD06',
      },
      'E3:75:CF:37:4E:23': {
        rssi: -72,
        timestamp: '1653633986',
        data: '0201061BFF99040514565D7CC7850008003C03E4A9F6741CC3E375CF374E23',
      },
    },
  },
};

/**
 * docs.ruuvi.com "HTTP: Data from Bluetooth-sensors without timestamps" (github.com/ruuvi/docs
 * data-formats/http-data-from-bluetooth-sensors-without-timestamps.md), the `examples` body verbatim:
 * no data.timestamp at all, and a per-tag "counter" instead of "timestamp".
 */
const COUNTER_EXAMPLE = {
  data: {
    coordinates: '',
    nonce: '2896361039',
    gw_mac: 'C8:25:2D:8E:9C:2C',
    tags: {
      'E3:75:CF:37:4E:23': {
        rssi: -50,
        counter: '363',
        data: '0201061BFF990405158A5B05C6810004004403DCAB767A45BDE375CF374E23',
      },
      'F4:1F:0C:28:CB:D6': {
        rssi: -32,
        counter: '365',
        data: '0201061BFF990405166455D5C6DD0008FFF803F0ADB60F2A92F41F0C28CBD6',
      },
    },
  },
};

const RECEIVED_AT = 1653633990_000;

describe('parseRuuviGatewayHttp', () => {
  describe('documented examples', () => {
    it('time-stamped variant: sentAt and seenAt from the gateway clock', () => {
      expect(parseRuuviGatewayHttp(TIMESTAMPED_EXAMPLE, RECEIVED_AT)).toEqual({
        ok: true,
        batch: {
          gatewayMac: 'C8:25:2D:8E:9C:2C',
          sentAt: 1653633988_000,
          sequence: null,
          sightings: [
            {
              tagMac: 'C6:A5:B9:E0:AD:06',
              rssi: -71,
              seenAt: 1653633986_000,
              rawHex: '0201061BFF99040513C85714C7CC00240008041CAB76F41C3CC6A5B9E0AD06',
            },
            {
              tagMac: 'E3:75:CF:37:4E:23',
              rssi: -72,
              seenAt: 1653633986_000,
              rawHex: '0201061BFF99040514565D7CC7850008003C03E4A9F6741CC3E375CF374E23',
            },
          ],
          rejected: [],
        },
      });
    });

    it('counter variant: no gateway time, so sentAt and every seenAt are the time of receipt', () => {
      const batch = batchOf(parseRuuviGatewayHttp(COUNTER_EXAMPLE, RECEIVED_AT));
      expect(batch.sentAt).toBe(RECEIVED_AT);
      expect(batch.sightings.map((s) => [s.tagMac, s.rssi, s.seenAt])).toEqual([
        ['E3:75:CF:37:4E:23', -50, RECEIVED_AT],
        ['F4:1F:0C:28:CB:D6', -32, RECEIVED_AT],
      ]);
      expect(batch.rejected).toEqual([]);
    });
  });

  it('counter tags are dated by data.timestamp when the gateway does send one', () => {
    const body = { data: { ...COUNTER_EXAMPLE.data, timestamp: '1653633980' } };
    const batch = batchOf(parseRuuviGatewayHttp(body, RECEIVED_AT));
    expect(batch.sentAt).toBe(1653633980_000);
    expect(batch.sightings.map((s) => s.seenAt)).toEqual([1653633980_000, 1653633980_000]);
  });

  it('accepts numbers where older firmware sends digit strings (newer firmware), and normalises MACs and hex', () => {
    const body = {
      data: {
        coordinates: '',
        timestamp: 1653633988,
        nonce: 2636366621,
        gw_mac: 'c8-25-2d-8e-9c-2c',
        tags: {
          c6a5b9e0ad06: { rssi: -71, timestamp: 1653633986, ble_phy: '1M', ble_chan: 37, data: '020106' },
        },
      },
    };
    expect(batchOf(parseRuuviGatewayHttp(body, RECEIVED_AT))).toEqual({
      gatewayMac: 'C8:25:2D:8E:9C:2C',
      sentAt: 1653633988_000,
      sequence: null,
      sightings: [{ tagMac: 'C6:A5:B9:E0:AD:06', rssi: -71, seenAt: 1653633986_000, rawHex: '020106' }],
      rejected: [],
    });
  });

  it('a tag without data (gateway sends decoded values only) is a sighting with rawHex null', () => {
    const body = {
      data: {
        gw_mac: 'C8:25:2D:8E:9C:2C',
        timestamp: '1653633988',
        tags: { 'C6:A5:B9:E0:AD:06': { rssi: -71, timestamp: '1653633986', temperature: 25.3 } },
      },
    };
    expect(batchOf(parseRuuviGatewayHttp(body, RECEIVED_AT)).sightings[0].rawHex).toBeNull();
  });

  it('an empty tags object is a valid, empty batch', () => {
    const batch = batchOf(
      parseRuuviGatewayHttp({ data: { gw_mac: 'C8:25:2D:8E:9C:2C', nonce: '1', tags: {} } }, RECEIVED_AT),
    );
    expect(batch.sightings).toEqual([]);
  });

  it('accepts the body as a JSON string too', () => {
    expect(
      batchOf(parseRuuviGatewayHttp(JSON.stringify(TIMESTAMPED_EXAMPLE), RECEIVED_AT)).sightings,
    ).toHaveLength(2);
  });

  describe('partial rejection: bad tag entries are refused one by one, with the key and field', () => {
    const good = { rssi: -60, timestamp: '1653633986', data: '020106' };
    const body = {
      data: {
        gw_mac: 'C8:25:2D:8E:9C:2C',
        timestamp: '1653633988',
        tags: {
          'AA:AA:AA:AA:AA:01': good,
          'not-a-mac': good,
          'AA:AA:AA:AA:AA:02': { ...good, rssi: -128 },
          'AA:AA:AA:AA:AA:03': { ...good, rssi: -60.5 },
          'AA:AA:AA:AA:AA:04': { ...good, rssi: '-60' },
          'AA:AA:AA:AA:AA:05': { rssi: -60, data: '020106' },
          'AA:AA:AA:AA:AA:06': { ...good, timestamp: '16536339.86' },
          'AA:AA:AA:AA:AA:07': { ...good, data: '02010' },
          'AA:AA:AA:AA:AA:08': { ...good, data: '0201XY' },
          'AA:AA:AA:AA:AA:09': { ...good, timestamp: String(1653633990 + 301) },
          'AA:AA:AA:AA:AA:0A': { ...good, timestamp: '1000000000' },
          'AA:AA:AA:AA:AA:0B': 'hello',
          'AA:AA:AA:AA:AA:0C': { ...good, counter: 'x', timestamp: undefined },
          'AA:AA:AA:AA:AA:0D': { ...good, rssi: 21 },
        },
      },
    };
    const batch = batchOf(parseRuuviGatewayHttp(body, RECEIVED_AT));

    it('keeps the good entries (a very late timestamp is still accepted: late delivery)', () => {
      expect(batch.sightings.map((s) => s.tagMac)).toEqual(['AA:AA:AA:AA:AA:01', 'AA:AA:AA:AA:AA:0A']);
      expect(batch.sightings[1].seenAt).toBe(1000000000_000);
    });

    it('rejects each bad entry with a reason naming the tag key and field', () => {
      expect(batch.rejected).toEqual([
        { index: 'not-a-mac', reason: 'data.tags["not-a-mac"]: the key must be a tag MAC address' },
        {
          index: 'AA:AA:AA:AA:AA:02',
          reason: 'data.tags["AA:AA:AA:AA:AA:02"].rssi must be an integer between -127 and 20',
        },
        {
          index: 'AA:AA:AA:AA:AA:03',
          reason: 'data.tags["AA:AA:AA:AA:AA:03"].rssi must be an integer between -127 and 20',
        },
        {
          index: 'AA:AA:AA:AA:AA:04',
          reason: 'data.tags["AA:AA:AA:AA:AA:04"].rssi must be an integer between -127 and 20',
        },
        {
          index: 'AA:AA:AA:AA:AA:05',
          reason: 'data.tags["AA:AA:AA:AA:AA:05"] must have a timestamp or a counter',
        },
        {
          index: 'AA:AA:AA:AA:AA:06',
          reason:
            'data.tags["AA:AA:AA:AA:AA:06"].timestamp must be Unix seconds (a whole number or a string of digits)',
        },
        {
          index: 'AA:AA:AA:AA:AA:07',
          reason: 'data.tags["AA:AA:AA:AA:AA:07"].data must have an even number of hex digits, got 5',
        },
        {
          index: 'AA:AA:AA:AA:AA:08',
          reason: 'data.tags["AA:AA:AA:AA:AA:08"].data must be hex; character 4 is "X"',
        },
        {
          index: 'AA:AA:AA:AA:AA:09',
          reason:
            'data.tags["AA:AA:AA:AA:AA:09"].timestamp is 301 s after the time of receipt (at most 300 s allowed)',
        },
        { index: 'AA:AA:AA:AA:AA:0B', reason: 'data.tags["AA:AA:AA:AA:AA:0B"] must be an object' },
        {
          index: 'AA:AA:AA:AA:AA:0C',
          reason: 'data.tags["AA:AA:AA:AA:AA:0C"].counter must be a non-negative whole number',
        },
        {
          index: 'AA:AA:AA:AA:AA:0D',
          reason: 'data.tags["AA:AA:AA:AA:AA:0D"].rssi must be an integer between -127 and 20',
        },
      ]);
    });
  });

  it('exactly 5 minutes ahead is still accepted; the limit is "more than"', () => {
    const body = {
      data: {
        gw_mac: 'C8:25:2D:8E:9C:2C',
        tags: { 'AA:AA:AA:AA:AA:01': { rssi: -1, timestamp: 1653633990 + 300 } },
      },
    };
    expect(batchOf(parseRuuviGatewayHttp(body, RECEIVED_AT)).sightings).toHaveLength(1);
  });

  it('rejects counter tags when the gateway clock itself is far ahead', () => {
    const body = {
      data: {
        gw_mac: 'C8:25:2D:8E:9C:2C',
        timestamp: 1653633990 + 3600,
        tags: { 'AA:AA:AA:AA:AA:01': { rssi: -1, counter: 7 } },
      },
    };
    expect(batchOf(parseRuuviGatewayHttp(body, RECEIVED_AT)).rejected).toEqual([
      {
        index: 'AA:AA:AA:AA:AA:01',
        reason:
          'data.tags["AA:AA:AA:AA:AA:01"].counter (dated by data.timestamp) is 3600 s after the time of receipt (at most 300 s allowed)',
      },
    ]);
  });

  describe('envelope errors fail the whole body, naming each field', () => {
    it.each([
      [null, ['body must be a JSON object']],
      [[], ['body must be a JSON object']],
      ['{not json', ['body must be a JSON object']],
      [{}, ['data must be an object']],
      [{ data: 'x' }, ['data must be an object']],
      [
        { data: { gw_mac: 'C8:25:2D:8E:9C', timestamp: 'yesterday', tags: [] } },
        [
          'data.gw_mac must be a MAC address',
          'data.timestamp must be Unix seconds (a whole number or a string of digits)',
          'data.tags must be an object keyed by tag MAC',
        ],
      ],
      [{ data: { gw_mac: 'C8:25:2D:8E:9C:2C' } }, ['data.tags must be an object keyed by tag MAC']],
    ])('%p', (body, errors) => {
      expect(parseRuuviGatewayHttp(body, RECEIVED_AT)).toEqual({ ok: false, errors });
    });

    it('more than 5000 tags', () => {
      const tags: Record<string, unknown> = {};
      for (let i = 0; i < 5001; i++) {
        tags[
          `AA:BB:CC:00:${((i >> 8) & 0xff).toString(16).padStart(2, '0')}:${(i & 0xff).toString(16).padStart(2, '0')}`
        ] = { rssi: -50, counter: i };
      }
      expect(parseRuuviGatewayHttp({ data: { gw_mac: 'C8:25:2D:8E:9C:2C', tags } }, RECEIVED_AT)).toEqual({
        ok: false,
        errors: ['data.tags has 5001 entries; at most 5000 are accepted'],
      });
    });
  });
});
