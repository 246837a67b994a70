import { AD_TYPE_COMPLETE_16BIT_SERVICE_UUIDS, AD_TYPE_SERVICE_DATA_16BIT_UUID } from '../ad-structures';
import { writeUint16BE, writeUint32BE } from '../byte-order';
import { EddystoneTlmBeacon, EddystoneUidBeacon } from '../decoded-beacon';
import {
  EDDYSTONE_FRAME_TLM,
  EDDYSTONE_FRAME_UID,
  EDDYSTONE_SERVICE_UUID,
  EDDYSTONE_TLM_PLAIN_LENGTH,
  EDDYSTONE_TLM_VERSION_PLAIN,
} from '../eddystone';
import {
  AdStructureInput,
  FLAGS_STRUCTURE,
  adStructuresToHex,
  requireHexBytes,
  requireInteger,
  roundAndClip,
  wrapCounter,
} from './ad-builder';

export type EddystoneUidValues = Omit<EddystoneUidBeacon, 'format'>;
export type EddystoneTlmValues = Omit<EddystoneTlmBeacon, 'format'>;

const UUID_LE = [EDDYSTONE_SERVICE_UUID & 0xff, EDDYSTONE_SERVICE_UUID >>> 8];

/** The common Eddystone header from the spec: flags, then the 16-bit service UUID list with 0xFEAA. */
const SERVICE_UUID_LIST: AdStructureInput = { type: AD_TYPE_COMPLETE_16BIT_SERVICE_UUIDS, data: UUID_LE };

/** Full 20-byte UID frame (with the two RFU bytes): `… 17 16 AA FE 00 <tx> <namespace 10> <instance 6> 00 00`. */
export function encodeEddystoneUidAdvertisement(values: EddystoneUidValues): string {
  const txPower = requireInteger(values.txPowerDbm, -128, 127, 'txPowerDbm');
  const namespace = requireHexBytes(values.namespace, 20, 'namespace');
  const instance = requireHexBytes(values.instance, 12, 'instance');
  return adStructuresToHex([
    FLAGS_STRUCTURE,
    SERVICE_UUID_LIST,
    {
      type: AD_TYPE_SERVICE_DATA_16BIT_UUID,
      data: [...UUID_LE, EDDYSTONE_FRAME_UID, txPower & 0xff, ...namespace, ...instance, 0x00, 0x00],
    },
  ]);
}

/**
 * Plain TLM frame (version 0x00). batteryMv null → 0, temperatureC null → 0x8000 (the spec's "not supported").
 * uptimeS is sent as SEC_CNT in 0.1 s ticks; counters wrap at 2^32.
 */
export function encodeEddystoneTlmAdvertisement(values: EddystoneTlmValues): string {
  const frame = new Uint8Array(EDDYSTONE_TLM_PLAIN_LENGTH);
  frame[0] = EDDYSTONE_FRAME_TLM;
  frame[1] = EDDYSTONE_TLM_VERSION_PLAIN;
  writeUint16BE(
    frame,
    2,
    values.batteryMv === null ? 0 : roundAndClip(values.batteryMv, 0, 0xffff, 'batteryMv'),
  );
  writeUint16BE(
    frame,
    4,
    values.temperatureC === null
      ? 0x8000
      : roundAndClip(values.temperatureC * 256, -32767, 32767, 'temperatureC'),
  );
  writeUint32BE(frame, 6, wrapCounter(values.advertisingCount, 2 ** 32, 'advertisingCount'));
  writeUint32BE(frame, 10, wrapCounter(Math.round(values.uptimeS * 10), 2 ** 32, 'uptimeS × 10'));
  return adStructuresToHex([
    FLAGS_STRUCTURE,
    SERVICE_UUID_LIST,
    { type: AD_TYPE_SERVICE_DATA_16BIT_UUID, data: [...UUID_LE, ...frame] },
  ]);
}
