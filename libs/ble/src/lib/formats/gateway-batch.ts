/** The common result of every gateway-format parser: one batch of sightings from one gateway. */

export interface GatewaySighting {
  /** 'AA:BB:CC:DD:EE:FF'. */
  tagMac: string;
  /** dBm, integer in [RSSI_MIN, RSSI_MAX]. */
  rssi: number;
  /** Epoch ms. */
  seenAt: number;
  /** The advertisement as upper-case hex, when the gateway sent it. */
  rawHex: string | null;
}

/** One tag entry or sighting refused; the rest of its batch is kept. */
export interface RejectedItem {
  /** The tag MAC key as sent (Ruuvi) or the array index (Wardwatch). */
  index: number | string;
  /** Names the item and the field, e.g. `data.tags["F4:…"].rssi must be an integer between -127 and 20`. */
  reason: string;
}

export interface ParsedBatch {
  gatewayMac: string;
  /** Epoch ms: the gateway's send time, or the time of receipt when the gateway gives none. */
  sentAt: number;
  /** Per-gateway batch sequence when the format has one (Wardwatch); null otherwise (Ruuvi). */
  sequence: number | null;
  sightings: GatewaySighting[];
  rejected: RejectedItem[];
}

/** `ok: false` when the envelope itself is unusable; each error names its field. */
export type ParseResult = { ok: true; batch: ParsedBatch } | { ok: false; errors: string[] };

export const MAX_SIGHTINGS_PER_BATCH = 5000;
/** A sighting dated more than this after its receipt is refused (gateway clock ahead). Older is fine: late delivery. */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;
export const RSSI_MIN = -127;
export const RSSI_MAX = 20;
