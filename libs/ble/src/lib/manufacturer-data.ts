import { DecodeError, DecodedBeacon } from './decoded-beacon';
import { HEX_PAIR_UPPER } from './hex';
import { APPLE_COMPANY_ID, readIBeacon } from './ibeacon';
import { RUUVI_RAWV1_FORMAT, readRuuviRawV1 } from './ruuvi-rawv1';
import { RUUVI_RAWV2_FORMAT, readRuuviRawV2 } from './ruuvi-rawv2';

/** Ruuvi Innovations' Bluetooth company id; on air `99 04`. */
export const RUUVI_COMPANY_ID = 0x0499;

/**
 * Decodes manufacturer specific data (AD type 0xFF) given the company id (already read little-endian) and
 * the bytes after it. Returns null when the company or message type is not one this lib decodes.
 */
export function decodeManufacturerData(
  companyId: number,
  data: Uint8Array,
): DecodedBeacon | DecodeError | null {
  return readManufacturerData(companyId, data, 0, data.length);
}

export function readManufacturerData(
  companyId: number,
  bytes: Uint8Array,
  offset: number,
  length: number,
): DecodedBeacon | DecodeError | null {
  if (companyId === RUUVI_COMPANY_ID) {
    return readRuuvi(bytes, offset, length);
  }
  if (companyId === APPLE_COMPANY_ID) {
    return readIBeacon(bytes, offset, length);
  }
  return null;
}

function readRuuvi(bytes: Uint8Array, offset: number, length: number): DecodedBeacon | DecodeError {
  if (length === 0) {
    return { error: 'Ruuvi manufacturer data has no data format byte' };
  }
  const format = bytes[offset];
  if (format === RUUVI_RAWV2_FORMAT) {
    return readRuuviRawV2(bytes, offset, length);
  }
  if (format === RUUVI_RAWV1_FORMAT) {
    return readRuuviRawV1(bytes, offset, length);
  }
  return {
    error: `unsupported Ruuvi data format 0x${HEX_PAIR_UPPER[format]} (decoded: 0x03 RAWv1, 0x05 RAWv2)`,
  };
}
