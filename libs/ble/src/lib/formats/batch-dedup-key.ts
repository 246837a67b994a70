import { fnv1a64Hex } from '../fnv1a64';
import { ParsedBatch } from './gateway-batch';

/**
 * Idempotency key for a batch, so a gateway's resend after a network failure changes nothing.
 *
 * - A batch with a sequence (Wardwatch format): `<format>:<gatewayMac>:<sequence>`, e.g. `wardwatch:F2:A0:0C:00:00:01:42`.
 * - Without one (Ruuvi): `<format>:<gatewayMac>:<fnv1a64 hex>` of the gateway, sentAt and the sightings
 *   (tagMac, rssi, seenAt, rawHex) sorted, so it does not depend on tag order. Rejected items are not part of it.
 *
 * When sentAt/seenAt were derived from the time of receipt (Ruuvi counter variant, no gateway timestamp), a
 * resend would hash differently; pass `rawBodyCanonical` (e.g. `canonicalJson(body)`) and the hash covers the
 * gateway and that text instead.
 */
export function batchDedupKey(batch: ParsedBatch, format: string, rawBodyCanonical?: string): string {
  if (batch.sequence !== null) {
    return `${format}:${batch.gatewayMac}:${batch.sequence}`;
  }
  let content: string;
  if (rawBodyCanonical !== undefined) {
    content = `body\n${rawBodyCanonical}`;
  } else {
    const lines = new Array<string>(batch.sightings.length);
    for (let i = 0; i < batch.sightings.length; i++) {
      const s = batch.sightings[i];
      lines[i] = `${s.tagMac}|${s.rssi}|${s.seenAt}|${s.rawHex ?? ''}`;
    }
    lines.sort();
    content = `sentAt ${batch.sentAt}\n${lines.join('\n')}`;
  }
  return `${format}:${batch.gatewayMac}:${fnv1a64Hex(`${batch.gatewayMac}\n${content}`)}`;
}
