/** What the decoders return. `null` means "the sender says not available", exactly as each spec defines it. */

/** Ruuvi data format 5 (RAWv2). docs.ruuvi.com → Data format 5 (RAWv2). */
export interface RuuviRawV2Beacon {
  format: 'ruuvi-rawv2';
  /** 0.005 °C steps; null for 0x8000. */
  temperatureC: number | null;
  /** 0.0025 % steps; null for 65535. */
  humidityPct: number | null;
  /** 1 Pa steps from 50 000 Pa; null for 65535. */
  pressurePa: number | null;
  /** Milli-g; null for 0x8000. */
  accelerationXMg: number | null;
  accelerationYMg: number | null;
  accelerationZMg: number | null;
  /** 1600 + 11-bit value; null when the 11 bits are all ones (2047). */
  batteryMv: number | null;
  /** -40 + 2 × 5-bit value; null when the 5 bits are all ones (31). */
  txPowerDbm: number | null;
  /** 0..254; null for 255. */
  movementCounter: number | null;
  /** 0..65534; null for 65535. */
  measurementSequence: number | null;
  /** 'AA:BB:CC:DD:EE:FF'; null for FF:FF:FF:FF:FF:FF. */
  mac: string | null;
}

/**
 * Ruuvi data format 3 (RAWv1). The spec defines no "not available" value (it suggests sending 0),
 * so the decoder never returns null here; the type allows it only to match RAWv2's shape.
 */
export interface RuuviRawV1Beacon {
  format: 'ruuvi-rawv1';
  /** Sign-and-magnitude, 0.01 °C steps. */
  temperatureC: number | null;
  /** 0.5 % steps. */
  humidityPct: number | null;
  pressurePa: number | null;
  accelerationXMg: number | null;
  accelerationYMg: number | null;
  accelerationZMg: number | null;
  batteryMv: number | null;
}

/** Eddystone-UID (frame type 0x00). */
export interface EddystoneUidBeacon {
  format: 'eddystone-uid';
  /** Calibrated TX power at 0 m (int8). */
  txPowerDbm: number;
  /** 10-byte namespace as 20 lower-case hex digits. */
  namespace: string;
  /** 6-byte instance as 12 lower-case hex digits. */
  instance: string;
}

/** Eddystone-TLM, unencrypted (frame type 0x20, version 0x00). */
export interface EddystoneTlmBeacon {
  format: 'eddystone-tlm';
  /** 1 mV per bit; null for 0 ("not supported", e.g. USB powered). */
  batteryMv: number | null;
  /** Signed 8.8 fixed point; null for 0x8000 ("not supported"). */
  temperatureC: number | null;
  /** ADV_CNT: advertising PDUs since power-up or reboot. */
  advertisingCount: number;
  /** SEC_CNT counts 0.1 s ticks since power-up or reboot: uptimeS = SEC_CNT / 10. */
  uptimeS: number;
}

/** Eddystone-TLM, encrypted (version 0x01, paired with EID): recognised, not decoded. */
export interface EddystoneTlmEncryptedBeacon {
  format: 'eddystone-tlm-encrypted';
}

/** Apple iBeacon: manufacturer data of company 0x004C, type 0x02, length 0x15. */
export interface AppleIBeacon {
  format: 'ibeacon';
  /** Proximity UUID, lower-case 8-4-4-4-12. */
  uuid: string;
  /** uint16, big-endian on air. */
  major: number;
  /** uint16, big-endian on air. */
  minor: number;
  /** int8: RSSI expected at 1 m. */
  measuredPowerDbm: number;
}

export type DecodedBeacon =
  | RuuviRawV2Beacon
  | RuuviRawV1Beacon
  | EddystoneUidBeacon
  | EddystoneTlmBeacon
  | EddystoneTlmEncryptedBeacon
  | AppleIBeacon;

/** A payload that claims a format we decode but cannot be read as that format. */
export interface DecodeError {
  error: string;
}

export type DecodeResult = { ok: true; beacons: DecodedBeacon[] } | { ok: false; reason: string };
