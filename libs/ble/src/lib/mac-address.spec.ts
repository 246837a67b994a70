import { macFromBytes, normalizeMac } from './mac-address';

describe('normalizeMac', () => {
  it.each([
    ['aa:bb:cc:dd:ee:ff', 'AA:BB:CC:DD:EE:FF'],
    ['AA-BB-CC-DD-EE-0F', 'AA:BB:CC:DD:EE:0F'],
    ['aabbccddeeff', 'AA:BB:CC:DD:EE:FF'],
    ['C8:25:2D:8E:9C:2C', 'C8:25:2D:8E:9C:2C'],
    ['  c4:7a:11:00:00:01 ', 'C4:7A:11:00:00:01'],
    // Canonical length, but not canonical: the full parse still runs.
    ['AA:Bb:CC:DD:EE:FF', 'AA:BB:CC:DD:EE:FF'],
    ['AA:BB:CC:DD:EE-FF', 'AA:BB:CC:DD:EE:FF'],
  ])('%p → %p', (input, expected) => expect(normalizeMac(input)).toBe(expected));

  it.each([
    '',
    'aa:bb:cc:dd:ee',
    'aa:bb:cc:dd:ee:ff:00',
    'aa:bb:cc:dd:ee:ff:',
    'gg:bb:cc:dd:ee:ff',
    'AA:BB:CC:DD:EE:FG',
    'AA:BB:CC:DD:EE;FF',
    'a:abb:cc:dd:ee:ff',
    'aa::bbccddeeff',
    'aa.bb.cc.dd.ee.ff',
    'aabbccddeef',
    'aabbccddeeff0',
  ])('rejects %p', (input) => expect(normalizeMac(input)).toBeNull());
});

describe('normalizeMac: the forms the API accepts for gateway and tag MACs', () => {
  it.each([
    ['aa:bb:cc:dd:ee:ff', 'AA:BB:CC:DD:EE:FF'],
    ['AA-BB-CC-DD-EE-0F', 'AA:BB:CC:DD:EE:0F'],
    ['aabbccddeeff', 'AA:BB:CC:DD:EE:FF'],
    ['  c4:7a:11:00:00:01 ', 'C4:7A:11:00:00:01'],
  ])('%s → %s', (input, expected) => expect(normalizeMac(input)).toBe(expected));

  it.each([
    '',
    'aa:bb:cc:dd:ee',
    'aa:bb:cc:dd:ee:ff:00',
    'gg:bb:cc:dd:ee:ff',
    'a:abb:cc:dd:ee:ff',
    'aa::bbccddeeff',
  ])('rejects %p', (input) => expect(normalizeMac(input)).toBeNull());
});

describe('macFromBytes', () => {
  it('formats six bytes at an offset', () => {
    expect(macFromBytes(new Uint8Array([0, 0xcb, 0xb8, 0x33, 0x4c, 0x88, 0x4f]), 1)).toBe(
      'CB:B8:33:4C:88:4F',
    );
  });
});
