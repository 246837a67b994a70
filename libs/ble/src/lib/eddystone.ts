import { readInt16BE, readInt8, readUint16BE, readUint32BE } from './byte-order';
import {
  DecodeError,
  EddystoneTlmBeacon,
  EddystoneTlmEncryptedBeacon,
  EddystoneUidBeacon,
} from './decoded-beacon';
import { HEX_PAIR_UPPER, bytesToLowerHex } from './hex';

/**
 * Eddystone, https://github.com/google/eddystone : Service Data (AD type 0x16) under the 16-bit service
 * UUID 0xFEAA (on air `AA FE`). The frame type is the first byte of the service data after the UUID.
 */
export const EDDYSTONE_SERVICE_UUID = 0xfeaa;
export const EDDYSTONE_FRAME_UID = 0x00;
export const EDDYSTONE_FRAME_URL = 0x10;
export const EDDYSTONE_FRAME_TLM = 0x20;
export const EDDYSTONE_TLM_VERSION_PLAIN = 0x00;
export const EDDYSTONE_TLM_VERSION_ENCRYPTED = 0x01;

/** eddystone-uid/README.md: 20 bytes (service data length 0x17); 18 from implementations that omit the 2 RFU bytes (0x15). */
export const EDDYSTONE_UID_LENGTH = 20;
export const EDDYSTONE_UID_LENGTH_WITHOUT_RFU = 18;
/** eddystone-tlm/tlm-plain.md: fixed 14 bytes (service data length 0x11). */
export const EDDYSTONE_TLM_PLAIN_LENGTH = 14;
/** eddystone-tlm/tlm-encrypted.md: 2 + 12 ETLM + 2 salt + 2 MIC. */
export const EDDYSTONE_TLM_ENCRYPTED_LENGTH = 18;

export type EddystoneBeacon = EddystoneUidBeacon | EddystoneTlmBeacon | EddystoneTlmEncryptedBeacon;

/**
 * Decodes one Eddystone frame: the service data after the `AA FE` UUID, starting at the frame type.
 * Returns null for frame types this lib does not decode (URL 0x10, EID 0x30, unknown).
 */
export function decodeEddystoneFrame(frame: Uint8Array): EddystoneBeacon | DecodeError | null {
  return readEddystoneFrame(frame, 0, frame.length);
}

export function readEddystoneFrame(
  bytes: Uint8Array,
  offset: number,
  length: number,
): EddystoneBeacon | DecodeError | null {
  if (length === 0) {
    return { error: 'Eddystone service data has no frame type byte' };
  }
  const frameType = bytes[offset];
  if (frameType === EDDYSTONE_FRAME_UID) {
    return readUid(bytes, offset, length);
  }
  if (frameType === EDDYSTONE_FRAME_TLM) {
    return readTlm(bytes, offset, length);
  }
  return null;
}

function readUid(bytes: Uint8Array, offset: number, length: number): EddystoneUidBeacon | DecodeError {
  if (length !== EDDYSTONE_UID_LENGTH && length !== EDDYSTONE_UID_LENGTH_WITHOUT_RFU) {
    return {
      error: `Eddystone-UID frame must be ${EDDYSTONE_UID_LENGTH} bytes (or ${EDDYSTONE_UID_LENGTH_WITHOUT_RFU} without RFU), got ${length}`,
    };
  }
  // The two RFU bytes "must be 0x00"; like other reserved fields they are ignored on receipt.
  return {
    format: 'eddystone-uid',
    txPowerDbm: readInt8(bytes, offset + 1),
    namespace: bytesToLowerHex(bytes, offset + 2, 10),
    instance: bytesToLowerHex(bytes, offset + 12, 6),
  };
}

function readTlm(
  bytes: Uint8Array,
  offset: number,
  length: number,
): EddystoneTlmBeacon | EddystoneTlmEncryptedBeacon | DecodeError {
  if (length < 2) {
    return { error: 'Eddystone-TLM frame has no version byte' };
  }
  const version = bytes[offset + 1];
  if (version === EDDYSTONE_TLM_VERSION_ENCRYPTED) {
    if (length !== EDDYSTONE_TLM_ENCRYPTED_LENGTH) {
      return {
        error: `encrypted Eddystone-TLM frame must be ${EDDYSTONE_TLM_ENCRYPTED_LENGTH} bytes, got ${length}`,
      };
    }
    return { format: 'eddystone-tlm-encrypted' };
  }
  if (version !== EDDYSTONE_TLM_VERSION_PLAIN) {
    return {
      error: `unknown Eddystone-TLM version 0x${HEX_PAIR_UPPER[version]} (0x00 plain, 0x01 encrypted)`,
    };
  }
  if (length !== EDDYSTONE_TLM_PLAIN_LENGTH) {
    return { error: `Eddystone-TLM frame must be ${EDDYSTONE_TLM_PLAIN_LENGTH} bytes, got ${length}` };
  }
  const battery = readUint16BE(bytes, offset + 2);
  const temperature = readInt16BE(bytes, offset + 4);
  return {
    format: 'eddystone-tlm',
    batteryMv: battery === 0 ? null : battery,
    // 8.8 fixed point: /256 is exact in binary floating point.
    temperatureC: temperature === -32768 ? null : temperature / 256,
    advertisingCount: readUint32BE(bytes, offset + 6),
    uptimeS: readUint32BE(bytes, offset + 10) / 10,
  };
}
