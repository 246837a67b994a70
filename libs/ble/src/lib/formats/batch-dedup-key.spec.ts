import { batchDedupKey } from './batch-dedup-key';
import { canonicalJson } from './canonical-json';
import { ParseResult, ParsedBatch } from './gateway-batch';
import { parseRuuviGatewayHttp } from './ruuvi-gateway-http';
import { parseWardwatchBatch } from './wardwatch-batch';

function batchOf(result: ParseResult): ParsedBatch {
  if (!result.ok) {
    throw new Error(result.errors.join('; '));
  }
  return result.batch;
}

const RECEIVED_AT = 1653633990_000;
const TAG_A = {
  rssi: -71,
  timestamp: '1653633986',
  data: '0201061BFF99040513C85714C7CC00240008041CAB76F41C3CC6A5B9E0AD06',
};
const TAG_B = {
  rssi: -72,
  timestamp: '1653633986',
  data: '0201061BFF99040514565D7CC7850008003C03E4A9F6741CC3E375CF374E23',
};
const ruuvi = (tags: Record<string, unknown>, extra: Record<string, unknown> = {}): ParsedBatch =>
  batchOf(
    parseRuuviGatewayHttp(
      { data: { gw_mac: 'C8:25:2D:8E:9C:2C', timestamp: '1653633988', nonce: '1', tags, ...extra } },
      RECEIVED_AT,
    ),
  );

describe('batchDedupKey', () => {
  it('Wardwatch batches: wardwatch:<gatewayMac>:<sequence>', () => {
    const batch = batchOf(
      parseWardwatchBatch({ gateway: 'f2a00c000001', sentAt: 0, sequence: 42, sightings: [] }, RECEIVED_AT),
    );
    expect(batchDedupKey(batch, 'wardwatch')).toBe('wardwatch:F2:A0:0C:00:00:01:42');
  });

  it('Ruuvi batches: a 64-bit content hash, stable under tag order', () => {
    const forward = batchDedupKey(
      ruuvi({ 'C6:A5:B9:E0:AD:06': TAG_A, 'E3:75:CF:37:4E:23': TAG_B }),
      'ruuvi-http',
    );
    const backward = batchDedupKey(
      ruuvi({ 'E3:75:CF:37:4E:23': TAG_B, 'C6:A5:B9:E0:AD:06': TAG_A }),
      'ruuvi-http',
    );
    expect(forward).toMatch(/^ruuvi-http:C8:25:2D:8E:9C:2C:[0-9a-f]{16}$/);
    expect(backward).toBe(forward);
  });

  it('does not depend on the nonce, MAC spelling or hex case (only on what was parsed)', () => {
    const a = batchDedupKey(ruuvi({ 'C6:A5:B9:E0:AD:06': TAG_A }), 'ruuvi-http');
    const b = batchDedupKey(
      ruuvi({ c6a5b9e0ad06: { ...TAG_A, data: TAG_A.data.toLowerCase() } }, { nonce: '2' }),
      'ruuvi-http',
    );
    expect(b).toBe(a);
  });

  it('differs when any sighting field, the send time, the gateway or the format differs', () => {
    const base = ruuvi({ 'C6:A5:B9:E0:AD:06': TAG_A, 'E3:75:CF:37:4E:23': TAG_B });
    const key = batchDedupKey(base, 'ruuvi-http');
    const variants = [
      ruuvi({ 'C6:A5:B9:E0:AD:06': { ...TAG_A, rssi: -70 }, 'E3:75:CF:37:4E:23': TAG_B }),
      ruuvi({ 'C6:A5:B9:E0:AD:06': { ...TAG_A, timestamp: '1653633987' }, 'E3:75:CF:37:4E:23': TAG_B }),
      ruuvi({
        'C6:A5:B9:E0:AD:06': { ...TAG_A, data: TAG_A.data.slice(0, -2) + '07' },
        'E3:75:CF:37:4E:23': TAG_B,
      }),
      ruuvi({ 'C6:A5:B9:E0:AD:07': TAG_A, 'E3:75:CF:37:4E:23': TAG_B }),
      ruuvi({ 'C6:A5:B9:E0:AD:06': TAG_A }),
      ruuvi({ 'C6:A5:B9:E0:AD:06': TAG_A, 'E3:75:CF:37:4E:23': TAG_B }, { timestamp: '1653633989' }),
      ruuvi({ 'C6:A5:B9:E0:AD:06': TAG_A, 'E3:75:CF:37:4E:23': TAG_B }, { gw_mac: 'C8:25:2D:8E:9C:2D' }),
    ];
    const keys = new Set([
      key,
      ...variants.map((v) => batchDedupKey(v, 'ruuvi-http')),
      batchDedupKey(base, 'ruuvi-mqtt'),
    ]);
    expect(keys.size).toBe(variants.length + 2);
  });

  it('swapping values between two tags is a different batch (not just a different order)', () => {
    const a = ruuvi({ 'C6:A5:B9:E0:AD:06': TAG_A, 'E3:75:CF:37:4E:23': TAG_B });
    const b = ruuvi({ 'C6:A5:B9:E0:AD:06': TAG_B, 'E3:75:CF:37:4E:23': TAG_A });
    expect(batchDedupKey(a, 'ruuvi-http')).not.toBe(batchDedupKey(b, 'ruuvi-http'));
  });

  it('counter-variant bodies: with rawBodyCanonical a resend matches although receipt times differ', () => {
    const body = {
      data: {
        gw_mac: 'C8:25:2D:8E:9C:2C',
        nonce: '9',
        tags: { 'E3:75:CF:37:4E:23': { rssi: -50, counter: '363' } },
      },
    };
    const resent = {
      data: {
        tags: { 'E3:75:CF:37:4E:23': { counter: '363', rssi: -50 } },
        nonce: '9',
        gw_mac: 'C8:25:2D:8E:9C:2C',
      },
    };
    const first = batchOf(parseRuuviGatewayHttp(body, RECEIVED_AT));
    const second = batchOf(parseRuuviGatewayHttp(resent, RECEIVED_AT + 30_000));
    expect(batchDedupKey(first, 'ruuvi-http')).not.toBe(batchDedupKey(second, 'ruuvi-http'));
    expect(batchDedupKey(first, 'ruuvi-http', canonicalJson(body))).toBe(
      batchDedupKey(second, 'ruuvi-http', canonicalJson(resent)),
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys recursively, keeps array order, drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, e: 'x' })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"e":"x"}',
    );
  });

  it('matches JSON.stringify for primitives, non-finite numbers become null', () => {
    expect([
      canonicalJson('a"b'),
      canonicalJson(null),
      canonicalJson(true),
      canonicalJson(NaN),
      canonicalJson([undefined]),
    ]).toEqual(['"a\\"b"', 'null', 'true', 'null', '[null]']);
  });
});
