import { readInt16BE, readUint16BE } from './byte-order';
import { DecodeError, RuuviRawV1Beacon } from './decoded-beacon';
import { HEX_PAIR_UPPER } from './hex';

/**
 * Ruuvi data format 3 (RAWv1), https://docs.ruuvi.com/communication/bluetooth-advertisements/data-format-3-rawv1
 *
 * offset 0 format (3) · 1 humidity × 0.5 % · 2 temperature integer part, MSB is the sign (sign and
 * magnitude, not two's complement) · 3 temperature fraction in 1/100 (0..99) · 4-5 pressure uint16 + 50 000 Pa
 * · 6-11 acceleration x/y/z int16 mG · 12-13 battery mV. All MSB first.
 * The spec has no "not available" value ("it is suggested to send 0"), so nothing decodes to null.
 */
export const RUUVI_RAWV1_FORMAT = 0x03;
export const RUUVI_RAWV1_LENGTH = 14;

/** Decodes a RAWv1 payload that starts at the format byte 0x03 (i.e. after the company id 99 04). */
export function decodeRuuviRawV1(payload: Uint8Array): RuuviRawV1Beacon | DecodeError {
  return readRuuviRawV1(payload, 0, payload.length);
}

export function readRuuviRawV1(
  bytes: Uint8Array,
  offset: number,
  length: number,
): RuuviRawV1Beacon | DecodeError {
  if (length !== RUUVI_RAWV1_LENGTH) {
    return { error: `Ruuvi RAWv1 payload must be ${RUUVI_RAWV1_LENGTH} bytes, got ${length}` };
  }
  if (bytes[offset] !== RUUVI_RAWV1_FORMAT) {
    return {
      error: `Ruuvi RAWv1 payload must start with format byte 0x03, got 0x${HEX_PAIR_UPPER[bytes[offset]]}`,
    };
  }
  const fraction = bytes[offset + 3];
  if (fraction > 99) {
    return { error: `Ruuvi RAWv1 temperature fraction must be 0..99, got ${fraction}` };
  }
  const signAndInteger = bytes[offset + 2];
  const hundredths = (signAndInteger & 0x7f) * 100 + fraction;
  return {
    format: 'ruuvi-rawv1',
    // `hundredths === 0` avoids -0 for a set sign bit on 0.00 °C.
    temperatureC: (signAndInteger & 0x80) !== 0 && hundredths !== 0 ? -hundredths / 100 : hundredths / 100,
    humidityPct: bytes[offset + 1] / 2,
    pressurePa: readUint16BE(bytes, offset + 4) + 50000,
    accelerationXMg: readInt16BE(bytes, offset + 6),
    accelerationYMg: readInt16BE(bytes, offset + 8),
    accelerationZMg: readInt16BE(bytes, offset + 10),
    batteryMv: readUint16BE(bytes, offset + 12),
  };
}
