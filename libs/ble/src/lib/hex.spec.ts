import { bytesToHex, parseHex } from './hex';

describe('parseHex / bytesToHex', () => {
  it('parses upper- and lower-case hex into bytes', () => {
    expect(parseHex('00ff7FaB')).toEqual(new Uint8Array([0x00, 0xff, 0x7f, 0xab]));
  });

  it('parses the empty string into no bytes', () => {
    expect(parseHex('')).toEqual(new Uint8Array(0));
  });

  it('rejects odd length', () => {
    expect(parseHex('abc')).toEqual({ error: 'hex has an odd number of digits (3)' });
  });

  it.each([
    ['zz', 0, 'z'],
    ['0g', 1, 'g'],
    ['00 1', 2, ' '],
    ['0é', 1, 'é'],
  ])('rejects %p naming the first bad character', (input, index, char) => {
    const padded = input.length % 2 === 0 ? input : input + '0';
    expect(parseHex(padded)).toEqual({
      error: `hex has a non-hex character ${JSON.stringify(char)} at index ${index}`,
    });
  });

  it('writes upper-case hex, optionally a slice', () => {
    const bytes = new Uint8Array([0x0a, 0xbc, 0xde, 0xf0]);
    expect(bytesToHex(bytes)).toBe('0ABCDEF0');
    expect(bytesToHex(bytes, 1, 2)).toBe('BCDE');
  });

  it('round-trips every byte value', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(parseHex(bytesToHex(all))).toEqual(all);
  });
});
