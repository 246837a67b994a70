import { normalizeMac } from '../mac-address';
import {
  INSTANT_RULE,
  RSSI_RULE,
  asJsonRecord,
  checkRssi,
  futureProblem,
  isRecord,
  parseInstant,
  rawHexProblem,
} from './field-checks';
import { GatewaySighting, MAX_SIGHTINGS_PER_BATCH, ParseResult, RejectedItem } from './gateway-batch';

/**
 * Wardwatch's own batch, for gateways and adapters that do not speak a Ruuvi format
 * (POST /api/v1/ingest/sightings; see libs/ble/README.md for the schema):
 *
 * {
 *   "gateway":  "F2:A0:0C:00:00:01",            MAC of the gateway (any of aa:bb.., AA-BB-.., aabb..)
 *   "sentAt":   "2026-11-21T10:00:00.000Z",      ISO 8601 with a zone, or epoch ms (number)
 *   "sequence": 42,                              non-negative integer, per gateway, increasing; with `gateway`
 *                                                it is the batch's identity: a repeat changes nothing
 *   "sightings": [                               at most 5000
 *     { "tag": "C4:7A:11:00:00:01",              tag MAC
 *       "rssi": -67,                             integer, -127..20
 *       "seenAt": "2026-11-21T09:59:59.400Z",    optional, ISO or epoch ms; defaults to sentAt
 *       "raw": "0201061BFF9904…" }               optional advertisement hex, ≤ 62 bytes (124 hex digits)
 *   ]
 * }
 *
 * A malformed sighting is rejected by its array index with a reason; the rest are kept. A seenAt more than
 * 5 minutes after receipt is rejected; older is accepted (late delivery).
 */

/** One advertisement plus its scan response: 31 + 31 bytes. */
export const WARDWATCH_MAX_RAW_BYTES = 62;

export function parseWardwatchBatch(body: unknown, receivedAt: number): ParseResult {
  const root = asJsonRecord(body);
  if (root === null) {
    return { ok: false, errors: ['body must be a JSON object'] };
  }
  const errors: string[] = [];
  const gatewayValue = root['gateway'];
  const gatewayMac = typeof gatewayValue === 'string' ? normalizeMac(gatewayValue) : null;
  if (gatewayMac === null) {
    errors.push('gateway must be a MAC address');
  }
  const sentAt = parseInstant(root['sentAt']);
  if (sentAt === null) {
    errors.push(`sentAt must be ${INSTANT_RULE}`);
  }
  const sequence = root['sequence'];
  const validSequence = typeof sequence === 'number' && Number.isSafeInteger(sequence) && sequence >= 0;
  if (!validSequence) {
    errors.push('sequence must be a non-negative integer');
  }
  const items = root['sightings'];
  if (!Array.isArray(items)) {
    errors.push('sightings must be an array');
  } else if (items.length > MAX_SIGHTINGS_PER_BATCH) {
    errors.push(`sightings has ${items.length} items; at most ${MAX_SIGHTINGS_PER_BATCH} are accepted`);
  }
  if (
    errors.length > 0 ||
    gatewayMac === null ||
    sentAt === null ||
    !validSequence ||
    !Array.isArray(items)
  ) {
    return { ok: false, errors };
  }

  const sightings: GatewaySighting[] = [];
  const rejected: RejectedItem[] = [];
  for (let index = 0; index < items.length; index++) {
    const outcome = parseSighting(index, items[index], sentAt, receivedAt);
    if (typeof outcome === 'string') {
      rejected.push({ index, reason: outcome });
    } else {
      sightings.push(outcome);
    }
  }
  return { ok: true, batch: { gatewayMac, sentAt, sequence, sightings, rejected } };
}

function parseSighting(
  index: number,
  item: unknown,
  sentAt: number,
  receivedAt: number,
): GatewaySighting | string {
  const path = `sightings[${index}]`;
  if (!isRecord(item)) {
    return `${path} must be an object`;
  }
  const tag = item['tag'];
  const tagMac = typeof tag === 'string' ? normalizeMac(tag) : null;
  if (tagMac === null) {
    return `${path}.tag must be a MAC address`;
  }
  const rssi = checkRssi(item['rssi']);
  if (rssi === null) {
    return `${path}.rssi must be ${RSSI_RULE}`;
  }
  let seenAt = sentAt;
  if (item['seenAt'] !== undefined) {
    const parsed = parseInstant(item['seenAt']);
    if (parsed === null) {
      return `${path}.seenAt must be ${INSTANT_RULE}`;
    }
    seenAt = parsed;
  }
  const future = futureProblem(seenAt, receivedAt);
  if (future !== null) {
    return `${path}.${item['seenAt'] !== undefined ? 'seenAt' : 'seenAt (defaulted to sentAt)'} ${future}`;
  }
  const raw = item['raw'];
  if (raw === undefined) {
    return { tagMac, rssi, seenAt, rawHex: null };
  }
  if (typeof raw !== 'string') {
    return `${path}.raw must be a hex string`;
  }
  const problem = rawHexProblem(raw, WARDWATCH_MAX_RAW_BYTES);
  if (problem !== null) {
    return `${path}.raw ${problem}`;
  }
  return { tagMac, rssi, seenAt, rawHex: raw.toUpperCase() };
}
