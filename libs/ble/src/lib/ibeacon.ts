import { readInt8, readUint16BE } from './byte-order';
import { AppleIBeacon, DecodeError } from './decoded-beacon';
import { HEX_PAIR_LOWER, HEX_PAIR_UPPER } from './hex';

/**
 * iBeacon: manufacturer specific data of Apple (company 0x004C, on air `4C 00`), then type 0x02, length 0x15,
 * 16-byte proximity UUID, major uint16 BE, minor uint16 BE, measured power int8 (RSSI at 1 m).
 */
export const APPLE_COMPANY_ID = 0x004c;
export const IBEACON_TYPE = 0x02;
export const IBEACON_DATA_LENGTH = 0x15;
/** Manufacturer data after the company id: type + length + 21 bytes. */
export const IBEACON_PAYLOAD_LENGTH = 2 + IBEACON_DATA_LENGTH;

/**
 * Decodes Apple manufacturer data (after the `4C 00` company id). Returns null when it is another Apple
 * message type (not 0x02), an error when it is type 0x02 but not a complete iBeacon.
 */
export function decodeIBeacon(data: Uint8Array): AppleIBeacon | DecodeError | null {
  return readIBeacon(data, 0, data.length);
}

export function readIBeacon(
  bytes: Uint8Array,
  offset: number,
  length: number,
): AppleIBeacon | DecodeError | null {
  if (length === 0 || bytes[offset] !== IBEACON_TYPE) {
    return null;
  }
  if (length < 2) {
    return { error: 'truncated iBeacon: no length byte after type 0x02' };
  }
  if (bytes[offset + 1] !== IBEACON_DATA_LENGTH) {
    return { error: `iBeacon length byte must be 0x15, got 0x${HEX_PAIR_UPPER[bytes[offset + 1]]}` };
  }
  if (length < IBEACON_PAYLOAD_LENGTH) {
    return {
      error: `truncated iBeacon: ${length} bytes after the company id, expected ${IBEACON_PAYLOAD_LENGTH}`,
    };
  }
  if (length > IBEACON_PAYLOAD_LENGTH) {
    return { error: `iBeacon has ${length} bytes after the company id, expected ${IBEACON_PAYLOAD_LENGTH}` };
  }
  return {
    format: 'ibeacon',
    uuid: formatUuid(bytes, offset + 2),
    major: readUint16BE(bytes, offset + 18),
    minor: readUint16BE(bytes, offset + 20),
    measuredPowerDbm: readInt8(bytes, offset + 22),
  };
}

function formatUuid(bytes: Uint8Array, offset: number): string {
  let text = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) {
      text += '-';
    }
    text += HEX_PAIR_LOWER[bytes[offset + i]];
  }
  return text;
}
