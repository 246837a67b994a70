import { readInt16BE, readUint16BE } from './byte-order';
import { DecodeError, RuuviRawV2Beacon } from './decoded-beacon';
import { HEX_PAIR_UPPER } from './hex';
import { macFromBytes } from './mac-address';

/**
 * Ruuvi data format 5 (RAWv2), https://docs.ruuvi.com/communication/bluetooth-advertisements/data-format-5-rawv2
 *
 * offset 0 format (5) · 1-2 temperature int16 × 0.005 °C · 3-4 humidity uint16 × 0.0025 % ·
 * 5-6 pressure uint16 + 50 000 Pa · 7-12 acceleration x/y/z int16 mG · 13-14 power info: 11 bits battery
 * (mV above 1600) then 5 bits TX power (2 dBm steps above -40) · 15 movement counter · 16-17 measurement
 * sequence · 18-23 MAC. All MSB first. "Not available" is the largest unsigned / smallest signed value and
 * all bits set for the MAC.
 */
export const RUUVI_RAWV2_FORMAT = 0x05;
export const RUUVI_RAWV2_LENGTH = 24;

const INT16_NOT_AVAILABLE = -32768;
const UINT16_NOT_AVAILABLE = 0xffff;
const BATTERY_NOT_AVAILABLE = 2047;
const TX_POWER_NOT_AVAILABLE = 31;
const MOVEMENT_NOT_AVAILABLE = 255;

/** Decodes a RAWv2 payload that starts at the format byte 0x05 (i.e. after the company id 99 04). */
export function decodeRuuviRawV2(payload: Uint8Array): RuuviRawV2Beacon | DecodeError {
  return readRuuviRawV2(payload, 0, payload.length);
}

export function readRuuviRawV2(
  bytes: Uint8Array,
  offset: number,
  length: number,
): RuuviRawV2Beacon | DecodeError {
  if (length !== RUUVI_RAWV2_LENGTH) {
    return { error: `Ruuvi RAWv2 payload must be ${RUUVI_RAWV2_LENGTH} bytes, got ${length}` };
  }
  if (bytes[offset] !== RUUVI_RAWV2_FORMAT) {
    return {
      error: `Ruuvi RAWv2 payload must start with format byte 0x05, got 0x${HEX_PAIR_UPPER[bytes[offset]]}`,
    };
  }
  const temperature = readInt16BE(bytes, offset + 1);
  const humidity = readUint16BE(bytes, offset + 3);
  const pressure = readUint16BE(bytes, offset + 5);
  const power = readUint16BE(bytes, offset + 13);
  const battery = power >>> 5;
  const txPower = power & 0x1f;
  const movement = bytes[offset + 15];
  const sequence = readUint16BE(bytes, offset + 16);
  return {
    format: 'ruuvi-rawv2',
    // Integer arithmetic then one division: the result is the double nearest the exact decimal.
    temperatureC: temperature === INT16_NOT_AVAILABLE ? null : (temperature * 5) / 1000,
    humidityPct: humidity === UINT16_NOT_AVAILABLE ? null : (humidity * 25) / 10000,
    pressurePa: pressure === UINT16_NOT_AVAILABLE ? null : pressure + 50000,
    accelerationXMg: readAcceleration(bytes, offset + 7),
    accelerationYMg: readAcceleration(bytes, offset + 9),
    accelerationZMg: readAcceleration(bytes, offset + 11),
    batteryMv: battery === BATTERY_NOT_AVAILABLE ? null : battery + 1600,
    txPowerDbm: txPower === TX_POWER_NOT_AVAILABLE ? null : txPower * 2 - 40,
    movementCounter: movement === MOVEMENT_NOT_AVAILABLE ? null : movement,
    measurementSequence: sequence === UINT16_NOT_AVAILABLE ? null : sequence,
    mac: isAllOnes(bytes, offset + 18, 6) ? null : macFromBytes(bytes, offset + 18),
  };
}

function readAcceleration(bytes: Uint8Array, offset: number): number | null {
  const value = readInt16BE(bytes, offset);
  return value === INT16_NOT_AVAILABLE ? null : value;
}

function isAllOnes(bytes: Uint8Array, offset: number, length: number): boolean {
  for (let i = offset; i < offset + length; i++) {
    if (bytes[i] !== 0xff) {
      return false;
    }
  }
  return true;
}
