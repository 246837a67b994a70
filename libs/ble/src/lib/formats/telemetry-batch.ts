import { normalizeMac } from '../mac-address';
import { futureProblem, INSTANT_RULE, isRecord, parseInstant, type JsonRecord } from './field-checks';
import type { RejectedItem } from './gateway-batch';

/**
 * `POST /api/v1/ingest/telemetry`: batched readings from any sensor or smart plug, with explicit units.
 *
 *   {
 *     "source":   "F2:A0:0C:00:00:01",        MAC of the posting gateway or hub (its ingest key's)
 *     "sentAt":   "2026-11-21T10:00:00Z",     ISO 8601 with a zone, or epoch ms
 *     "sequence": 7,                          per source, increasing; a repeat changes nothing
 *     "readings": [
 *       { "sensor": "C4:7A:11:00:00:99",      MAC of the sensor or plug
 *         "at": "2026-11-21T09:59:30Z",       optional, defaults to sentAt
 *         "temperature": { "value": 41.2, "unit": "°F" },   °C or °F (C, F accepted); stored in °C
 *         "humidity": { "value": 45, "unit": "%" },         relative humidity, 0–100 %
 *         "power": { "watts": 120.5, "on": true } }         smart plug: draw and relay state
 *     ]
 *   }
 *
 * A reading needs at least one of temperature, humidity or power. A malformed reading is rejected by its
 * index with a reason; the rest are kept.
 */
export interface TelemetryReading {
  sensorMac: string;
  at: number;
  temperatureC: number | null;
  humidityPct: number | null;
  powerW: number | null;
  powerOn: boolean | null;
}

export interface ParsedTelemetryBatch {
  sourceMac: string;
  sentAt: number;
  sequence: number;
  readings: TelemetryReading[];
  rejected: RejectedItem[];
}

export type TelemetryParseResult =
  { ok: true; batch: ParsedTelemetryBatch } | { ok: false; errors: string[] };

export const MAX_READINGS_PER_BATCH = 5000;
/** Plausible physical ranges: outside them a reading is a fault, not an excursion. */
const TEMPERATURE_C = { min: -100, max: 150 };
const POWER_W = { min: 0, max: 100_000 };

const CELSIUS = new Set(['C', '°C', 'celsius']);
const FAHRENHEIT = new Set(['F', '°F', 'fahrenheit']);

export const fahrenheitToCelsius = (f: number): number => Math.round(((f - 32) * 5 * 1000) / 9) / 1000;

export function parseTelemetryBatch(body: unknown, receivedAt: number): TelemetryParseResult {
  if (!isRecord(body)) {
    return { ok: false, errors: ['body must be a JSON object with source, sentAt, sequence and readings'] };
  }
  const errors: string[] = [];
  const sourceMac = typeof body['source'] === 'string' ? normalizeMac(body['source']) : null;
  if (!sourceMac) {
    errors.push('source must be the MAC address of the posting gateway or hub');
  }
  const sentAt = parseInstant(body['sentAt']);
  if (sentAt === null) {
    errors.push(`sentAt must be ${INSTANT_RULE}`);
  }
  const sequence = body['sequence'];
  const validSequence = typeof sequence === 'number' && Number.isSafeInteger(sequence) && sequence >= 0;
  if (!validSequence) {
    errors.push('sequence must be a non-negative integer');
  }
  const readings = body['readings'];
  if (!Array.isArray(readings)) {
    errors.push('readings must be an array');
  } else if (readings.length > MAX_READINGS_PER_BATCH) {
    errors.push(`readings must hold at most ${MAX_READINGS_PER_BATCH} items, got ${readings.length}`);
  }
  if (errors.length > 0 || !sourceMac || sentAt === null || !validSequence || !Array.isArray(readings)) {
    return { ok: false, errors };
  }
  const batch: ParsedTelemetryBatch = { sourceMac, sentAt, sequence, readings: [], rejected: [] };
  readings.forEach((item: unknown, index) => {
    const result = parseReading(item, sentAt, receivedAt);
    if (typeof result === 'string') {
      batch.rejected.push({ index, reason: result });
    } else {
      batch.readings.push(result);
    }
  });
  return { ok: true, batch };
}

function parseReading(item: unknown, sentAt: number, receivedAt: number): TelemetryReading | string {
  if (!isRecord(item)) {
    return 'must be an object with sensor and at least one of temperature, humidity, power';
  }
  const sensorMac = typeof item['sensor'] === 'string' ? normalizeMac(item['sensor']) : null;
  if (!sensorMac) {
    return 'sensor must be a MAC address such as C4:7A:11:00:00:99';
  }
  const at = item['at'] === undefined ? sentAt : parseInstant(item['at']);
  if (at === null) {
    return `at must be ${INSTANT_RULE}`;
  }
  const future = futureProblem(at, receivedAt);
  if (future) {
    return `at ${future}`;
  }
  const temperature = parseTemperature(item['temperature']);
  if (typeof temperature === 'string') {
    return temperature;
  }
  const humidity = parseHumidity(item['humidity']);
  if (typeof humidity === 'string') {
    return humidity;
  }
  const power = parsePower(item['power']);
  if (typeof power === 'string') {
    return power;
  }
  if (temperature === null && humidity === null && power === null) {
    return 'needs at least one of temperature, humidity or power';
  }
  return {
    sensorMac,
    at,
    temperatureC: temperature,
    humidityPct: humidity,
    powerW: power?.watts ?? null,
    powerOn: power?.on ?? null,
  };
}

function measured(value: unknown, field: string): { value: number; unit: string } | string | null {
  if (value === undefined || value === null) {
    return null;
  }
  if (!isRecord(value) || typeof value['value'] !== 'number' || !Number.isFinite(value['value'])) {
    return `${field} must be {"value": <number>, "unit": <unit>}`;
  }
  if (typeof value['unit'] !== 'string') {
    return `${field}.unit is required (the unit is never guessed)`;
  }
  return { value: value['value'], unit: value['unit'].trim() };
}

function parseTemperature(value: unknown): number | string | null {
  const m = measured(value, 'temperature');
  if (m === null || typeof m === 'string') {
    return m;
  }
  const celsius = CELSIUS.has(m.unit)
    ? m.value
    : FAHRENHEIT.has(m.unit)
      ? fahrenheitToCelsius(m.value)
      : null;
  if (celsius === null) {
    return `temperature.unit must be °C or °F, got ${JSON.stringify(m.unit.slice(0, 20))}`;
  }
  if (celsius < TEMPERATURE_C.min || celsius > TEMPERATURE_C.max) {
    return `temperature ${m.value} ${m.unit} is outside what a sensor can read (${TEMPERATURE_C.min}–${TEMPERATURE_C.max} °C)`;
  }
  return celsius;
}

function parseHumidity(value: unknown): number | string | null {
  const m = measured(value, 'humidity');
  if (m === null || typeof m === 'string') {
    return m;
  }
  if (m.unit !== '%') {
    return `humidity.unit must be % (relative humidity), got ${JSON.stringify(m.unit.slice(0, 20))}`;
  }
  return m.value < 0 || m.value > 100 ? `humidity must be 0 to 100 %, got ${m.value}` : m.value;
}

function parsePower(value: unknown): { watts: number | null; on: boolean | null } | string | null {
  if (value === undefined || value === null) {
    return null;
  }
  if (!isRecord(value)) {
    return 'power must be {"watts": <number>, "on": <boolean>} (either may be left out)';
  }
  const p: JsonRecord = value;
  const watts = p['watts'] === undefined ? null : p['watts'];
  const on = p['on'] === undefined ? null : p['on'];
  if (
    watts !== null &&
    (typeof watts !== 'number' || !Number.isFinite(watts) || watts < POWER_W.min || watts > POWER_W.max)
  ) {
    return `power.watts must be a number from ${POWER_W.min} to ${POWER_W.max}`;
  }
  if (on !== null && typeof on !== 'boolean') {
    return 'power.on must be true or false';
  }
  if (watts === null && on === null) {
    return 'power needs watts or on';
  }
  return { watts, on };
}
