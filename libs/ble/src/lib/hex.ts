/**
 * Hex ⇄ bytes without Buffer (the browser and the simulator import this lib too).
 * Parsing uses a char-code lookup table: no regex, no per-byte substring.
 */

/** Value of each ASCII char code as a hex digit, or -1. */
const HEX_DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let d = 0; d < 10; d++) {
  HEX_DIGIT_VALUE[48 + d] = d; // '0'..'9'
}
for (let d = 0; d < 6; d++) {
  HEX_DIGIT_VALUE[65 + d] = 10 + d; // 'A'..'F'
  HEX_DIGIT_VALUE[97 + d] = 10 + d; // 'a'..'f'
}

function hexPairs(digits: string): readonly string[] {
  const pairs: string[] = new Array<string>(256);
  for (let b = 0; b < 256; b++) {
    pairs[b] = digits[b >>> 4] + digits[b & 0x0f];
  }
  return pairs;
}

/** `HEX_PAIR_UPPER[0xAB] === 'AB'`. */
export const HEX_PAIR_UPPER: readonly string[] = hexPairs('0123456789ABCDEF');
/** `HEX_PAIR_LOWER[0xAB] === 'ab'`. */
export const HEX_PAIR_LOWER: readonly string[] = hexPairs('0123456789abcdef');

export interface HexError {
  error: string;
}

/** Value 0..15 of a hex digit char code, or -1. */
export function hexDigitValue(charCode: number): number {
  return charCode < 128 ? HEX_DIGIT_VALUE[charCode] : -1;
}

/**
 * Index of the first char that is not a hex digit, or -1 when the whole string is hex.
 * Does not look at the length's parity.
 */
export function findNonHexChar(hex: string): number {
  for (let i = 0; i < hex.length; i++) {
    if (hexDigitValue(hex.charCodeAt(i)) < 0) {
      return i;
    }
  }
  return -1;
}

/** Parses upper- or lower-case hex (no separators, no 0x) into bytes; odd length or a non-hex char is an error. */
export function parseHex(hex: string): Uint8Array | HexError {
  const length = hex.length;
  if ((length & 1) !== 0) {
    return { error: `hex has an odd number of digits (${length})` };
  }
  const bytes = new Uint8Array(length >>> 1);
  for (let i = 0, j = 0; i < length; i += 2, j++) {
    const high = hexDigitValue(hex.charCodeAt(i));
    const low = hexDigitValue(hex.charCodeAt(i + 1));
    if ((high | low) < 0) {
      const at = high < 0 ? i : i + 1;
      return { error: `hex has a non-hex character ${JSON.stringify(hex.charAt(at))} at index ${at}` };
    }
    bytes[j] = (high << 4) | low;
  }
  return bytes;
}

/** Upper-case hex of `length` bytes from `offset` (default: all of them). */
export function bytesToHex(bytes: Uint8Array, offset = 0, length = bytes.length - offset): string {
  let hex = '';
  const end = offset + length;
  for (let i = offset; i < end; i++) {
    hex += HEX_PAIR_UPPER[bytes[i]];
  }
  return hex;
}

/** Lower-case hex of `length` bytes from `offset`. */
export function bytesToLowerHex(bytes: Uint8Array, offset: number, length: number): string {
  let hex = '';
  const end = offset + length;
  for (let i = offset; i < end; i++) {
    hex += HEX_PAIR_LOWER[bytes[i]];
  }
  return hex;
}
