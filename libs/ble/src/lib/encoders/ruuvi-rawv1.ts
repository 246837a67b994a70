import { AD_TYPE_MANUFACTURER_SPECIFIC_DATA } from '../ad-structures';
import { writeUint16BE } from '../byte-order';
import { RuuviRawV1Beacon } from '../decoded-beacon';
import { RUUVI_RAWV1_FORMAT, RUUVI_RAWV1_LENGTH } from '../ruuvi-rawv1';
import { FLAGS_STRUCTURE, adStructuresToHex, roundAndClip } from './ad-builder';
import { withRuuviCompanyId } from './ruuvi-rawv2';

export type RuuviRawV1Values = Omit<RuuviRawV1Beacon, 'format'>;

/**
 * Encodes RAWv1 (payload from the format byte). RAWv1 has no "not available" value; as its spec suggests,
 * null is sent as 0. Values are rounded to the resolution and clipped to the range.
 */
export function encodeRuuviRawV1Payload(values: RuuviRawV1Values): Uint8Array {
  const payload = new Uint8Array(RUUVI_RAWV1_LENGTH);
  payload[0] = RUUVI_RAWV1_FORMAT;
  payload[1] = values.humidityPct === null ? 0 : roundAndClip(values.humidityPct * 2, 0, 255, 'humidityPct');
  const hundredths =
    values.temperatureC === null ? 0 : roundAndClip(values.temperatureC * 100, -12799, 12799, 'temperatureC');
  const magnitude = Math.abs(hundredths);
  payload[2] = (hundredths < 0 ? 0x80 : 0) | Math.floor(magnitude / 100);
  payload[3] = magnitude % 100;
  writeUint16BE(
    payload,
    4,
    values.pressurePa === null ? 0 : roundAndClip(values.pressurePa - 50000, 0, 65535, 'pressurePa'),
  );
  writeUint16BE(payload, 6, acceleration(values.accelerationXMg, 'accelerationXMg'));
  writeUint16BE(payload, 8, acceleration(values.accelerationYMg, 'accelerationYMg'));
  writeUint16BE(payload, 10, acceleration(values.accelerationZMg, 'accelerationZMg'));
  writeUint16BE(
    payload,
    12,
    values.batteryMv === null ? 0 : roundAndClip(values.batteryMv, 0, 65535, 'batteryMv'),
  );
  return payload;
}

/** A whole RAWv1 advertisement: `02 01 06` then `11 FF 99 04 03 …`. */
export function encodeRuuviRawV1Advertisement(values: RuuviRawV1Values): string {
  return adStructuresToHex([
    FLAGS_STRUCTURE,
    { type: AD_TYPE_MANUFACTURER_SPECIFIC_DATA, data: withRuuviCompanyId(encodeRuuviRawV1Payload(values)) },
  ]);
}

function acceleration(value: number | null, field: string): number {
  return value === null ? 0 : roundAndClip(value, -32767, 32767, field);
}
