import { normalizeMac } from '../mac-address';
import {
  RSSI_RULE,
  asJsonRecord,
  checkRssi,
  futureProblem,
  parseWholeNumber,
  quoteKey,
  rawHexProblem,
  unixSecondsToMs,
} from './field-checks';
import { GatewaySighting, ParseResult, RejectedItem } from './gateway-batch';
import { RUUVI_MAX_RAW_BYTES } from './ruuvi-gateway-http';

/**
 * Ruuvi Gateway MQTT: one message per advertisement on topic `<prefix>/<tag_mac>`, the default prefix being
 * `ruuvi/<gw_mac>/`, so `ruuvi/C8:25:2D:8E:9C:2C/F4:1F:0C:28:CB:D6` (docs.ruuvi.com → MQTT examples).
 * Payload (docs.ruuvi.com → Gateway data formats; ruuvi.gateway_esp.c mqtt_json.c):
 *
 * time-stamped:       {"gw_mac": "C8:25:2D:8E:9C:2C", "rssi": -26, "aoa": [], "gwts": "1653668027",
 *                      "ts": "1653668027", "data": "0201061BFF9904…", "coords": ""}
 * without timestamps: {"gw_mac": …, "rssi": -25, "aoa": [], "cnt": "338", "data": …, "coords": ""}
 *
 * `gwts` = when the gateway relayed it, `ts` = when it heard it; `cnt` = a message counter, not a time.
 * The field is `gwts` (not `gw_ts`). Newer firmware sends numbers instead of digit strings; both are accepted.
 * `data` is absent when the gateway is set to send decoded values only (rawHex is then null).
 *
 * The topic's last two segments must be the gateway and tag MACs; a payload `gw_mac`, when present, must
 * agree with the topic. Envelope problems (topic, gw_mac, gwts, not an object) fail the message; sighting
 * problems (rssi, ts/cnt, data, future time) reject its one sighting.
 */
export function parseRuuviGatewayMqtt(topic: string, payload: unknown, receivedAt: number): ParseResult {
  const errors: string[] = [];
  const segments = topic.split('/');
  const tagKey = segments.length >= 3 ? segments[segments.length - 1] : '';
  const tagMac = normalizeMac(tagKey);
  const topicGateway = segments.length >= 3 ? normalizeMac(segments[segments.length - 2]) : null;
  if (tagMac === null || topicGateway === null) {
    errors.push(
      `topic must end with /<gw_mac>/<tag_mac> (e.g. ruuvi/C8:25:2D:8E:9C:2C/F4:1F:0C:28:CB:D6), got ${quoteKey(topic)}`,
    );
  }
  const message = asJsonRecord(payload);
  if (message === null) {
    errors.push('payload must be a JSON object');
    return { ok: false, errors };
  }
  const gwMac = message['gw_mac'];
  if (gwMac !== undefined) {
    const payloadGateway = typeof gwMac === 'string' ? normalizeMac(gwMac) : null;
    if (payloadGateway === null) {
      errors.push('gw_mac must be a MAC address');
    } else if (topicGateway !== null && payloadGateway !== topicGateway) {
      errors.push(`gw_mac ${payloadGateway} does not match the gateway in the topic (${topicGateway})`);
    }
  }
  let gatewayTime: number | null = null;
  if (message['gwts'] !== undefined) {
    gatewayTime = unixSecondsToMs(message['gwts']);
    if (gatewayTime === null) {
      errors.push('gwts must be Unix seconds (a whole number or a string of digits)');
    }
  }
  if (errors.length > 0 || tagMac === null || topicGateway === null) {
    return { ok: false, errors };
  }

  const sentAt = gatewayTime ?? receivedAt;
  const sightings: GatewaySighting[] = [];
  const rejected: RejectedItem[] = [];
  const reject = (reason: string): ParseResult => {
    rejected.push({ index: tagKey, reason });
    return { ok: true, batch: { gatewayMac: topicGateway, sentAt, sequence: null, sightings, rejected } };
  };

  const rssi = checkRssi(message['rssi']);
  if (rssi === null) {
    return reject(`rssi must be ${RSSI_RULE}`);
  }
  let seenAt: number;
  let timeField: string;
  if (message['ts'] !== undefined) {
    const ts = unixSecondsToMs(message['ts']);
    if (ts === null) {
      return reject('ts must be Unix seconds (a whole number or a string of digits)');
    }
    seenAt = ts;
    timeField = 'ts';
  } else if (message['cnt'] !== undefined) {
    if (parseWholeNumber(message['cnt']) === null) {
      return reject('cnt must be a non-negative whole number');
    }
    seenAt = sentAt;
    timeField = 'cnt (dated by gwts)';
  } else {
    return reject('the message must have ts or cnt');
  }
  const future = futureProblem(seenAt, receivedAt);
  if (future !== null) {
    return reject(`${timeField} ${future}`);
  }
  const raw = message['data'];
  let rawHex: string | null = null;
  if (raw !== undefined && raw !== null) {
    if (typeof raw !== 'string') {
      return reject('data must be a hex string');
    }
    const problem = rawHexProblem(raw, RUUVI_MAX_RAW_BYTES);
    if (problem !== null) {
      return reject(`data ${problem}`);
    }
    rawHex = raw.toUpperCase();
  }
  sightings.push({ tagMac, rssi, seenAt, rawHex });
  return { ok: true, batch: { gatewayMac: topicGateway, sentAt, sequence: null, sightings, rejected } };
}
