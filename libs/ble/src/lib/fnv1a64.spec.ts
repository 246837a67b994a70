import { fnv1a64Hex } from './fnv1a64';

/** Straightforward BigInt FNV-1a 64 over UTF-8, as the reference the limb arithmetic must match. */
function referenceFnv1a64(text: string): string {
  const prime = 0x100000001b3n;
  const mask = (1n << 64n) - 1n;
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('fnv1a64Hex', () => {
  // Published FNV-1a 64 test values (isthe.com/chongo/tech/comp/fnv, test_fnv.c).
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('%p → %s', (input, expected) => expect(fnv1a64Hex(input)).toBe(expected));

  it('matches a BigInt reference over many strings, including non-ASCII and surrogate pairs', () => {
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const alphabet = ['a', 'Z', '0', ':', '|', '\n', 'é', '€', '𝄞', '漢'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = next() % 40;
      for (let i = 0; i < length; i++) {
        text += alphabet[next() % alphabet.length];
      }
      expect(fnv1a64Hex(text)).toBe(referenceFnv1a64(text));
    }
  });
});
