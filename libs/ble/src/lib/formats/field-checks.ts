import { findNonHexChar } from '../hex';
import { MAX_FUTURE_SKEW_MS, RSSI_MAX, RSSI_MIN } from './gateway-batch';

/** Checks on single JSON fields shared by the gateway-format parsers. Each returns null when the value is unusable. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object as is, or a string holding a JSON object (e.g. an MQTT payload); null otherwise. */
export function asJsonRecord(value: unknown): JsonRecord | null {
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      return isRecord(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
  return isRecord(value) ? value : null;
}

export const RSSI_RULE = `an integer between ${RSSI_MIN} and ${RSSI_MAX}`;

export function checkRssi(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= RSSI_MIN && value <= RSSI_MAX
    ? value
    : null;
}

const MAX_EPOCH_MS = 8.64e15;

/** A non-negative whole number given as a JSON number or a string of 1..16 digits (Ruuvi sends both). */
export function parseWholeNumber(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? value : null;
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > 16) {
    return null;
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) {
      return null;
    }
  }
  return Number(value);
}

/** Unix seconds (number or digit string) → epoch ms. */
export function unixSecondsToMs(value: unknown): number | null {
  const seconds = parseWholeNumber(value);
  return seconds === null || seconds * 1000 > MAX_EPOCH_MS ? null : seconds * 1000;
}

/** ISO 8601 date-time with an explicit zone (Z or ±hh:mm); a zone-less time would be read as local time. */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms as a non-negative integer, or an ISO 8601 string with a zone. */
export function parseInstant(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 && value <= MAX_EPOCH_MS ? value : null;
  }
  if (typeof value !== 'string' || !ISO_WITH_ZONE.test(value)) {
    return null;
  }
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

export const INSTANT_RULE =
  'an ISO 8601 date-time with a zone (e.g. 2026-11-21T10:00:00.000Z) or epoch milliseconds';

/** Reason when `value` is not even-length hex of at most `maxBytes` bytes; null when it is. */
export function rawHexProblem(value: string, maxBytes: number): string | null {
  if (value.length > maxBytes * 2) {
    return `must be at most ${maxBytes} bytes (${maxBytes * 2} hex digits), got ${value.length} digits`;
  }
  if ((value.length & 1) !== 0) {
    return `must have an even number of hex digits, got ${value.length}`;
  }
  const bad = findNonHexChar(value);
  return bad >= 0 ? `must be hex; character ${bad} is ${JSON.stringify(value.charAt(bad))}` : null;
}

/** Reason when `seenAt` lies more than MAX_FUTURE_SKEW_MS after `receivedAt`; null otherwise. */
export function futureProblem(seenAt: number, receivedAt: number): string | null {
  const ahead = seenAt - receivedAt;
  return ahead > MAX_FUTURE_SKEW_MS
    ? `is ${Math.round(ahead / 1000)} s after the time of receipt (at most ${MAX_FUTURE_SKEW_MS / 1000} s allowed)`
    : null;
}

/** A key quoted for a reason, shortened so a hostile key cannot blow up the response. */
export function quoteKey(key: string): string {
  return JSON.stringify(key.length > 40 ? key.substring(0, 40) + '…' : key);
}
