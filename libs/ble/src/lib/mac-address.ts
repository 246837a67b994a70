import { HEX_PAIR_UPPER, hexDigitValue } from './hex';

const COLON = 58;
const DASH = 45;
const CANONICAL_LENGTH = 17;

/** Already `AA:BB:CC:DD:EE:FF` (upper case), as gateways mostly send it: kept as is, with no new string. */
function isCanonicalMac(input: string): boolean {
  if (input.length !== CANONICAL_LENGTH) {
    return false;
  }
  for (let i = 0; i < CANONICAL_LENGTH; i++) {
    const c = input.charCodeAt(i);
    const ok = i % 3 === 2 ? c === COLON : (c >= 48 && c <= 57) || (c >= 65 && c <= 70);
    if (!ok) {
      return false;
    }
  }
  return true;
}

/**
 * Normalises a MAC written as `aa:bb:cc:dd:ee:ff`, `AA-BB-CC-DD-EE-FF` or `aabbccddeeff` (surrounding
 * whitespace ignored; each pair may be followed by one ':' or '-', as libs/domain accepts) to upper-case
 * colon form `AA:BB:CC:DD:EE:FF`. Returns null for anything else. No regex: this runs per sighting.
 */
export function normalizeMac(input: string): string | null {
  if (isCanonicalMac(input)) {
    return input;
  }
  const text =
    input.length > 0 && (input.charCodeAt(0) <= 32 || input.charCodeAt(input.length - 1) <= 32)
      ? input.trim()
      : input;
  if (text.length < 12 || text.length > 17) {
    return null;
  }
  let out = '';
  let i = 0;
  for (let pair = 0; pair < 6; pair++) {
    if (i + 1 >= text.length) {
      return null;
    }
    const high = hexDigitValue(text.charCodeAt(i));
    const low = hexDigitValue(text.charCodeAt(i + 1));
    if ((high | low) < 0) {
      return null;
    }
    out += pair === 0 ? HEX_PAIR_UPPER[(high << 4) | low] : ':' + HEX_PAIR_UPPER[(high << 4) | low];
    i += 2;
    if (pair < 5 && i < text.length) {
      const separator = text.charCodeAt(i);
      if (separator === COLON || separator === DASH) {
        i++;
      }
    }
  }
  return i === text.length ? out : null;
}

/** `AA:BB:CC:DD:EE:FF` from six bytes at `offset`. */
export function macFromBytes(bytes: Uint8Array, offset: number): string {
  return (
    HEX_PAIR_UPPER[bytes[offset]] +
    ':' +
    HEX_PAIR_UPPER[bytes[offset + 1]] +
    ':' +
    HEX_PAIR_UPPER[bytes[offset + 2]] +
    ':' +
    HEX_PAIR_UPPER[bytes[offset + 3]] +
    ':' +
    HEX_PAIR_UPPER[bytes[offset + 4]] +
    ':' +
    HEX_PAIR_UPPER[bytes[offset + 5]]
  );
}
