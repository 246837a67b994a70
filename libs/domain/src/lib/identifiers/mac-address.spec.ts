import { normalizeMac } from './mac-address';

describe('normalizeMac', () => {
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
