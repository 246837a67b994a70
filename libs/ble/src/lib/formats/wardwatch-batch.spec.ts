import { parseWardwatchBatch } from './wardwatch-batch';

const RECEIVED_AT = Date.parse('2026-11-21T10:00:01.000Z');
const BATCH = {
  gateway: 'f2-a0-0c-00-00-01',
  sentAt: '2026-11-21T10:00:00.000Z',
  sequence: 42,
  sightings: [
    { tag: 'C4:7A:11:00:00:01', rssi: -67, seenAt: '2026-11-21T09:59:59.400Z', raw: '0201061aff4c000215' },
    { tag: 'c47a11000002', rssi: -80 },
    { tag: 'C4:7A:11:00:00:03', rssi: -45, seenAt: Date.parse('2026-11-21T09:59:58.000Z') },
  ],
};

describe('parseWardwatchBatch', () => {
  it('parses a batch: ISO and epoch-ms times, seenAt defaults to sentAt, MACs and hex normalised', () => {
    expect(parseWardwatchBatch(BATCH, RECEIVED_AT)).toEqual({
      ok: true,
      batch: {
        gatewayMac: 'F2:A0:0C:00:00:01',
        sentAt: Date.parse('2026-11-21T10:00:00.000Z'),
        sequence: 42,
        sightings: [
          {
            tagMac: 'C4:7A:11:00:00:01',
            rssi: -67,
            seenAt: Date.parse('2026-11-21T09:59:59.400Z'),
            rawHex: '0201061AFF4C000215',
          },
          {
            tagMac: 'C4:7A:11:00:00:02',
            rssi: -80,
            seenAt: Date.parse('2026-11-21T10:00:00.000Z'),
            rawHex: null,
          },
          {
            tagMac: 'C4:7A:11:00:00:03',
            rssi: -45,
            seenAt: Date.parse('2026-11-21T09:59:58.000Z'),
            rawHex: null,
          },
        ],
        rejected: [],
      },
    });
  });

  it('accepts sentAt as epoch ms and ISO with an offset', () => {
    expect(parseWardwatchBatch({ ...BATCH, sentAt: 1795255200000 }, RECEIVED_AT)).toMatchObject({
      ok: true,
      batch: { sentAt: 1795255200000 },
    });
    expect(parseWardwatchBatch({ ...BATCH, sentAt: '2026-11-21T11:00:00+01:00' }, RECEIVED_AT)).toMatchObject(
      {
        ok: true,
        batch: { sentAt: Date.parse('2026-11-21T10:00:00Z') },
      },
    );
  });

  it('rejects bad sightings by array index and keeps the rest', () => {
    const sightings = [
      { tag: 'C4:7A:11:00:00:01', rssi: -67 },
      { tag: 'C4:7A:11:00:00', rssi: -67 },
      { tag: 'C4:7A:11:00:00:03', rssi: 0.5 },
      { tag: 'C4:7A:11:00:00:04', rssi: -67, seenAt: '2026-11-21 09:59:59' },
      { tag: 'C4:7A:11:00:00:05', rssi: -67, seenAt: '2026-11-21T10:05:02.000Z' },
      { tag: 'C4:7A:11:00:00:06', rssi: -67, raw: 'AB'.repeat(63) },
      { tag: 'C4:7A:11:00:00:07', rssi: -67, raw: 12 },
      7,
      { tag: 'C4:7A:11:00:00:09', rssi: -67, raw: 'AB'.repeat(62), seenAt: '2020-01-01T00:00:00Z' },
    ];
    const result = parseWardwatchBatch({ ...BATCH, sightings }, RECEIVED_AT);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) {
      return;
    }
    expect(result.batch.sightings.map((s) => s.tagMac)).toEqual(['C4:7A:11:00:00:01', 'C4:7A:11:00:00:09']);
    expect(result.batch.rejected).toEqual([
      { index: 1, reason: 'sightings[1].tag must be a MAC address' },
      { index: 2, reason: 'sightings[2].rssi must be an integer between -127 and 20' },
      {
        index: 3,
        reason:
          'sightings[3].seenAt must be an ISO 8601 date-time with a zone (e.g. 2026-11-21T10:00:00.000Z) or epoch milliseconds',
      },
      { index: 4, reason: 'sightings[4].seenAt is 301 s after the time of receipt (at most 300 s allowed)' },
      { index: 5, reason: 'sightings[5].raw must be at most 62 bytes (124 hex digits), got 126 digits' },
      { index: 6, reason: 'sightings[6].raw must be a hex string' },
      { index: 7, reason: 'sightings[7] must be an object' },
    ]);
  });

  it('a defaulted seenAt that is in the future names sentAt as its source', () => {
    const result = parseWardwatchBatch(
      { ...BATCH, sentAt: RECEIVED_AT + 600_000, sightings: [{ tag: 'C4:7A:11:00:00:01', rssi: -1 }] },
      RECEIVED_AT,
    );
    expect(result).toMatchObject({
      ok: true,
      batch: {
        rejected: [
          {
            index: 0,
            reason:
              'sightings[0].seenAt (defaulted to sentAt) is 600 s after the time of receipt (at most 300 s allowed)',
          },
        ],
      },
    });
  });

  describe('envelope errors name each field', () => {
    it('all at once', () => {
      expect(
        parseWardwatchBatch(
          { gateway: 'gw-1', sentAt: '2026-11-21T10:00:00', sequence: -1, sightings: {} },
          RECEIVED_AT,
        ),
      ).toEqual({
        ok: false,
        errors: [
          'gateway must be a MAC address',
          'sentAt must be an ISO 8601 date-time with a zone (e.g. 2026-11-21T10:00:00.000Z) or epoch milliseconds',
          'sequence must be a non-negative integer',
          'sightings must be an array',
        ],
      });
    });

    it.each([
      [{ ...BATCH, sequence: 1.5 }, 'sequence must be a non-negative integer'],
      [{ ...BATCH, sequence: '42' }, 'sequence must be a non-negative integer'],
      [
        { ...BATCH, sentAt: -1 },
        'sentAt must be an ISO 8601 date-time with a zone (e.g. 2026-11-21T10:00:00.000Z) or epoch milliseconds',
      ],
      [{ ...BATCH, sightings: undefined }, 'sightings must be an array'],
    ])('%p', (body, error) => {
      expect(parseWardwatchBatch(body, RECEIVED_AT)).toEqual({ ok: false, errors: [error] });
    });

    it('more than 5000 sightings', () => {
      const sightings = Array.from({ length: 5001 }, () => ({ tag: 'C4:7A:11:00:00:01', rssi: -50 }));
      expect(parseWardwatchBatch({ ...BATCH, sightings }, RECEIVED_AT)).toEqual({
        ok: false,
        errors: ['sightings has 5001 items; at most 5000 are accepted'],
      });
    });

    it('exactly 5000 sightings is fine', () => {
      const sightings = Array.from({ length: 5000 }, () => ({ tag: 'C4:7A:11:00:00:01', rssi: -50 }));
      expect(parseWardwatchBatch({ ...BATCH, sightings }, RECEIVED_AT)).toMatchObject({ ok: true });
    });
  });
});
