import { AD_TYPE_FLAGS } from '../ad-structures';
import { HEX_PAIR_UPPER, findNonHexChar } from '../hex';

/** Flags 0x06: LE General Discoverable, BR/EDR not supported; what beacons send first (`02 01 06`). */
export const FLAGS_GENERAL_DISCOVERABLE_LE_ONLY = 0x06;

export interface AdStructureInput {
  type: number;
  data: ArrayLike<number>;
}

/** Serialises AD structures (length, type, data) to upper-case hex. */
export function adStructuresToHex(structures: readonly AdStructureInput[]): string {
  let hex = '';
  for (const { type, data } of structures) {
    if (data.length > 254) {
      throw new RangeError(
        `AD structure data of type 0x${HEX_PAIR_UPPER[type & 0xff]} is ${data.length} bytes; at most 254`,
      );
    }
    hex += HEX_PAIR_UPPER[data.length + 1] + HEX_PAIR_UPPER[type & 0xff];
    for (let i = 0; i < data.length; i++) {
      hex += HEX_PAIR_UPPER[data[i] & 0xff];
    }
  }
  return hex;
}

/** The flags AD structure real beacons put first. */
export const FLAGS_STRUCTURE: AdStructureInput = {
  type: AD_TYPE_FLAGS,
  data: [FLAGS_GENERAL_DISCOVERABLE_LE_ONLY],
};

/** Rounds and clips a finite number into [min, max]; throws for NaN/Infinity so simulator bugs surface. */
export function roundAndClip(value: number, min: number, max: number, field: string): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${field} must be a finite number, got ${value}`);
  }
  const rounded = Math.round(value);
  return rounded < min ? min : rounded > max ? max : rounded;
}

/** Wraps a non-negative counter the way the device does (value mod `modulus`). */
export function wrapCounter(value: number, modulus: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${field} must be a finite, non-negative whole count, got ${value}`);
  }
  return value % modulus;
}

/** Requires an integer in [min, max]. */
export function requireInteger(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${field} must be an integer between ${min} and ${max}, got ${value}`);
  }
  return value;
}

/** Requires exactly `digits` hex digits (either case) and returns them as bytes. */
export function requireHexBytes(hex: string, digits: number, field: string): number[] {
  if (hex.length !== digits || findNonHexChar(hex) >= 0) {
    throw new RangeError(`${field} must be ${digits} hex digits, got ${JSON.stringify(hex)}`);
  }
  const bytes: number[] = [];
  for (let i = 0; i < digits; i += 2) {
    bytes.push(parseInt(hex.substring(i, i + 2), 16));
  }
  return bytes;
}
