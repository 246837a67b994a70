import { normalizeMac } from '../mac-address';
import {
  JsonRecord,
  RSSI_RULE,
  asJsonRecord,
  checkRssi,
  futureProblem,
  isRecord,
  parseWholeNumber,
  quoteKey,
  rawHexProblem,
  unixSecondsToMs,
} from './field-checks';
import { GatewaySighting, MAX_SIGHTINGS_PER_BATCH, ParseResult, RejectedItem } from './gateway-batch';

/**
 * Ruuvi Gateway HTTP(S) POST body (docs.ruuvi.com → Gateway data formats, and ruuvi.gateway_esp.c http_json.c):
 *
 * time-stamped:  {"data": {"coordinates": "", "timestamp": "1653633988", "nonce": "2636366621",
 *                 "gw_mac": "C8:25:2D:8E:9C:2C",
 *                 "tags": {"C6:A5:B9:E0:AD:06": {"rssi": -71, "timestamp": "1653633986", "data": "0201061BFF9904…"}}}}
 * without timestamps (gateway has no wall clock, e.g. no NTP): no `data.timestamp` at all, and each tag has
 *                 "counter": "363" instead of "timestamp" — a per-tag count of messages the gateway received,
 *                 not a time.
 *
 * Older firmware sends timestamps/nonce/counter as strings of digits, newer as JSON numbers; both are accepted.
 * Newer firmware may add `ble_phy`, `ble_chan`, `ble_tx_power` per tag, and may omit `data` when only decoded
 * values are relayed (then rawHex is null). Unknown fields are ignored.
 *
 * seenAt: the tag's `timestamp`; for a `counter` tag (cannot be mapped to wall time) the gateway's
 * `data.timestamp` when present, else `receivedAt`. sentAt: `data.timestamp`, else `receivedAt`.
 */

/** Legacy adverts are ≤ 31 bytes; extended advertising (e.g. Coded PHY) can carry up to 255. */
export const RUUVI_MAX_RAW_BYTES = 255;

export function parseRuuviGatewayHttp(body: unknown, receivedAt: number): ParseResult {
  const root = asJsonRecord(body);
  if (root === null) {
    return { ok: false, errors: ['body must be a JSON object'] };
  }
  const data = root['data'];
  if (!isRecord(data)) {
    return { ok: false, errors: ['data must be an object'] };
  }

  const errors: string[] = [];
  const gwMac = data['gw_mac'];
  const gatewayMac = typeof gwMac === 'string' ? normalizeMac(gwMac) : null;
  if (gatewayMac === null) {
    errors.push('data.gw_mac must be a MAC address');
  }
  let gatewayTime: number | null = null;
  if (data['timestamp'] !== undefined) {
    gatewayTime = unixSecondsToMs(data['timestamp']);
    if (gatewayTime === null) {
      errors.push('data.timestamp must be Unix seconds (a whole number or a string of digits)');
    }
  }
  const tags = data['tags'];
  let keys: string[] = [];
  if (!isRecord(tags)) {
    errors.push('data.tags must be an object keyed by tag MAC');
  } else {
    keys = Object.keys(tags);
    if (keys.length > MAX_SIGHTINGS_PER_BATCH) {
      errors.push(`data.tags has ${keys.length} entries; at most ${MAX_SIGHTINGS_PER_BATCH} are accepted`);
    }
  }
  if (errors.length > 0 || gatewayMac === null || !isRecord(tags)) {
    return { ok: false, errors };
  }

  const sentAt = gatewayTime ?? receivedAt;
  const sightings: GatewaySighting[] = [];
  const rejected: RejectedItem[] = [];
  for (const key of keys) {
    const outcome = parseTag(key, tags[key], gatewayTime, sentAt, receivedAt);
    if (typeof outcome === 'string') {
      rejected.push({ index: key, reason: outcome });
    } else {
      sightings.push(outcome);
    }
  }
  return { ok: true, batch: { gatewayMac, sentAt, sequence: null, sightings, rejected } };
}

/** A sighting, or the reason the tag entry is refused. */
function parseTag(
  key: string,
  entry: unknown,
  gatewayTime: number | null,
  sentAt: number,
  receivedAt: number,
): GatewaySighting | string {
  const path = `data.tags[${quoteKey(key)}]`;
  const tagMac = normalizeMac(key);
  if (tagMac === null) {
    return `${path}: the key must be a tag MAC address`;
  }
  if (!isRecord(entry)) {
    return `${path} must be an object`;
  }
  const rssi = checkRssi(entry['rssi']);
  if (rssi === null) {
    return `${path}.rssi must be ${RSSI_RULE}`;
  }
  const seenAt = tagTime(path, entry, gatewayTime, sentAt);
  if (typeof seenAt === 'string') {
    return seenAt;
  }
  const future = futureProblem(seenAt, receivedAt);
  if (future !== null) {
    return `${path}.${entry['timestamp'] !== undefined ? 'timestamp' : 'counter (dated by data.timestamp)'} ${future}`;
  }
  const raw = entry['data'];
  if (raw === undefined || raw === null) {
    return { tagMac, rssi, seenAt, rawHex: null };
  }
  if (typeof raw !== 'string') {
    return `${path}.data must be a hex string`;
  }
  const problem = rawHexProblem(raw, RUUVI_MAX_RAW_BYTES);
  if (problem !== null) {
    return `${path}.data ${problem}`;
  }
  return { tagMac, rssi, seenAt, rawHex: raw.toUpperCase() };
}

function tagTime(
  path: string,
  entry: JsonRecord,
  gatewayTime: number | null,
  sentAt: number,
): number | string {
  if (entry['timestamp'] !== undefined) {
    return (
      unixSecondsToMs(entry['timestamp']) ??
      `${path}.timestamp must be Unix seconds (a whole number or a string of digits)`
    );
  }
  if (entry['counter'] !== undefined) {
    if (parseWholeNumber(entry['counter']) === null) {
      return `${path}.counter must be a non-negative whole number`;
    }
    return gatewayTime ?? sentAt;
  }
  return `${path} must have a timestamp or a counter`;
}
