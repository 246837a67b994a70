import {
  AD_TYPE_MANUFACTURER_SPECIFIC_DATA,
  AD_TYPE_SERVICE_DATA_16BIT_UUID,
  walkAdStructures,
} from './ad-structures';
import { readUint16LE } from './byte-order';
import { DecodeError, DecodeResult, DecodedBeacon } from './decoded-beacon';
import { EDDYSTONE_SERVICE_UUID, readEddystoneFrame } from './eddystone';
import { parseHex } from './hex';
import { readManufacturerData } from './manufacturer-data';

/**
 * Decodes a whole advertisement given as hex (AD structures: length, type, data…), e.g. what a Ruuvi Gateway
 * relays as `data`. Returns every beacon it recognises. A well-formed advertisement with nothing we decode is
 * `{ ok: true, beacons: [] }` (still a sighting for location). Bad hex, a truncated AD structure, or a
 * payload that claims a decoded format but cannot be read as it is `{ ok: false, reason }`.
 */
export function decodeAdvertisement(rawHex: string): DecodeResult {
  const bytes = parseHex(rawHex);
  if (!(bytes instanceof Uint8Array)) {
    return { ok: false, reason: bytes.error };
  }
  return decodeAdvertisementBytes(bytes);
}

/** As decodeAdvertisement, for bytes already parsed. */
export function decodeAdvertisementBytes(bytes: Uint8Array): DecodeResult {
  const beacons: DecodedBeacon[] = [];
  const error = walkAdStructures(bytes, (adType, offset, length) => {
    let decoded: DecodedBeacon | DecodeError | null;
    if (adType === AD_TYPE_MANUFACTURER_SPECIFIC_DATA) {
      if (length < 2) {
        return `manufacturer specific data at byte ${offset - 2} has ${length} byte(s); the company id needs 2`;
      }
      decoded = readManufacturerData(readUint16LE(bytes, offset), bytes, offset + 2, length - 2);
    } else if (adType === AD_TYPE_SERVICE_DATA_16BIT_UUID) {
      if (length < 2) {
        return `service data at byte ${offset - 2} has ${length} byte(s); the 16-bit UUID needs 2`;
      }
      if (readUint16LE(bytes, offset) !== EDDYSTONE_SERVICE_UUID) {
        return null;
      }
      decoded = readEddystoneFrame(bytes, offset + 2, length - 2);
    } else {
      return null;
    }
    if (decoded === null) {
      return null;
    }
    if ('error' in decoded) {
      return decoded.error;
    }
    beacons.push(decoded);
    return null;
  });
  return error === null ? { ok: true, beacons } : { ok: false, reason: error };
}
