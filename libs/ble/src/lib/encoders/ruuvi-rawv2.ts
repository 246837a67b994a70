import { AD_TYPE_MANUFACTURER_SPECIFIC_DATA } from '../ad-structures';
import { writeUint16BE } from '../byte-order';
import { RuuviRawV2Beacon } from '../decoded-beacon';
import { normalizeMac } from '../mac-address';
import { RUUVI_COMPANY_ID } from '../manufacturer-data';
import { RUUVI_RAWV2_FORMAT, RUUVI_RAWV2_LENGTH } from '../ruuvi-rawv2';
import { FLAGS_STRUCTURE, adStructuresToHex, roundAndClip, wrapCounter } from './ad-builder';

export type RuuviRawV2Values = Omit<RuuviRawV2Beacon, 'format'>;

/**
 * Encodes RAWv2 (payload from the format byte). null → the spec's "not available" value. Measurements are
 * rounded to the format's resolution and clipped to its range, as Ruuvi firmware does; counters wrap
 * (movement 0..254, sequence 0..65534). Throws for NaN/Infinity, negative counters or a bad MAC.
 */
export function encodeRuuviRawV2Payload(values: RuuviRawV2Values): Uint8Array {
  const payload = new Uint8Array(RUUVI_RAWV2_LENGTH);
  payload[0] = RUUVI_RAWV2_FORMAT;
  writeUint16BE(
    payload,
    1,
    values.temperatureC === null
      ? 0x8000
      : roundAndClip(values.temperatureC * 200, -32767, 32767, 'temperatureC'),
  );
  writeUint16BE(
    payload,
    3,
    values.humidityPct === null ? 0xffff : roundAndClip(values.humidityPct * 400, 0, 65534, 'humidityPct'),
  );
  writeUint16BE(
    payload,
    5,
    values.pressurePa === null ? 0xffff : roundAndClip(values.pressurePa - 50000, 0, 65534, 'pressurePa'),
  );
  writeUint16BE(payload, 7, acceleration(values.accelerationXMg, 'accelerationXMg'));
  writeUint16BE(payload, 9, acceleration(values.accelerationYMg, 'accelerationYMg'));
  writeUint16BE(payload, 11, acceleration(values.accelerationZMg, 'accelerationZMg'));
  const battery =
    values.batteryMv === null ? 2047 : roundAndClip(values.batteryMv - 1600, 0, 2046, 'batteryMv');
  const txPower =
    values.txPowerDbm === null ? 31 : roundAndClip((values.txPowerDbm + 40) / 2, 0, 30, 'txPowerDbm');
  writeUint16BE(payload, 13, (battery << 5) | txPower);
  payload[15] =
    values.movementCounter === null ? 255 : wrapCounter(values.movementCounter, 255, 'movementCounter');
  writeUint16BE(
    payload,
    16,
    values.measurementSequence === null
      ? 0xffff
      : wrapCounter(values.measurementSequence, 65535, 'measurementSequence'),
  );
  writeMac(payload, 18, values.mac);
  return payload;
}

/** A whole RAWv2 advertisement as a RuuviTag sends it: `02 01 06` then `1B FF 99 04 05 …`. */
export function encodeRuuviRawV2Advertisement(values: RuuviRawV2Values): string {
  return adStructuresToHex([
    FLAGS_STRUCTURE,
    { type: AD_TYPE_MANUFACTURER_SPECIFIC_DATA, data: withRuuviCompanyId(encodeRuuviRawV2Payload(values)) },
  ]);
}

export function withRuuviCompanyId(payload: Uint8Array): Uint8Array {
  const data = new Uint8Array(payload.length + 2);
  data[0] = RUUVI_COMPANY_ID & 0xff;
  data[1] = RUUVI_COMPANY_ID >>> 8;
  data.set(payload, 2);
  return data;
}

function acceleration(value: number | null, field: string): number {
  return value === null ? 0x8000 : roundAndClip(value, -32767, 32767, field);
}

function writeMac(bytes: Uint8Array, offset: number, mac: string | null): void {
  if (mac === null) {
    bytes.fill(0xff, offset, offset + 6);
    return;
  }
  const normalized = normalizeMac(mac);
  if (normalized === null) {
    throw new RangeError(`mac must be a MAC address, got ${JSON.stringify(mac)}`);
  }
  for (let i = 0; i < 6; i++) {
    bytes[offset + i] = parseInt(normalized.substring(i * 3, i * 3 + 2), 16);
  }
}
