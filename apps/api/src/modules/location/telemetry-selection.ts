import type { DecodedBeacon } from '@wardwatch/ble';

/** A decoded beacon that carries measurements, with the time it was heard. */
export interface HeardReading {
  at: number;
  beacon: Extract<DecodedBeacon, { format: 'ruuvi-rawv2' | 'ruuvi-rawv1' | 'eddystone-tlm' }>;
}

export function isReading(beacon: DecodedBeacon): beacon is HeardReading['beacon'] {
  return (
    beacon.format === 'ruuvi-rawv2' || beacon.format === 'ruuvi-rawv1' || beacon.format === 'eddystone-tlm'
  );
}

export const sequenceOf = (b: HeardReading['beacon']): number | null =>
  b.format === 'ruuvi-rawv2' ? b.measurementSequence : null;

/**
 * Whether to store this reading: newer than the last stored, at least `minIntervalMs` after it, and
 * (for Ruuvi RAWv2) a new measurement rather than the same one heard by another gateway.
 */
export function shouldStoreReading(
  reading: HeardReading,
  last: { telemetryAt: number; telemetrySeq: number | null },
  minIntervalMs: number,
): boolean {
  if (reading.at <= last.telemetryAt || reading.at - last.telemetryAt < minIntervalMs) {
    return false;
  }
  const seq = sequenceOf(reading.beacon);
  return seq === null || seq !== last.telemetrySeq;
}

/** The row for the telemetry table, SI units with explicit names. */
export function telemetryRow(mac: string, reading: HeardReading) {
  const b = reading.beacon;
  const ruuvi = b.format === 'ruuvi-rawv2' || b.format === 'ruuvi-rawv1';
  return {
    mac,
    recordedAt: reading.at,
    format: b.format,
    temperatureC: b.temperatureC,
    humidityPct: ruuvi ? b.humidityPct : null,
    pressurePa: ruuvi ? b.pressurePa : null,
    batteryMv: b.batteryMv,
    txPowerDbm: b.format === 'ruuvi-rawv2' ? b.txPowerDbm : null,
    measurementSequence: sequenceOf(b),
  };
}
