import type { SimulatedSecond } from '../hospital-simulation';

const COMMA = 0x2c;
const CLOSE = 0x7d;
const MINUS = 0x2d;
const ZERO = 0x30;
/** Unix seconds have ten digits from 2001 to 2286. */
const STAMP_DIGITS = 10;
/** Adverts remembered per tag: an asset tag cycles iBeacon and Eddystone-UID frames. */
const ADVERTS_KEPT = 4;

/**
 * One tag's entry for one advertisement, with slots for the RSSI and the time:
 * `"MAC":{"rssi":-00,"timestamp":"0000000000","data":"…"}`.
 */
interface Entry {
  bytes: Uint8Array;
  rssiAt: number;
  stampAt: number;
  /** The time (unix seconds) currently written into the slot. */
  stamp: number;
}

const unixSeconds = (epochMs: number): number => Math.floor(epochMs / 1000);

/**
 * Writes Ruuvi Gateway bodies as UTF-8 JSON bytes: exactly `JSON.stringify(buildRuuviGatewayBody(…))`,
 * without building objects or strings per sighting. A scaled run hears half a million sightings a second,
 * each a copy of its tag's entry with the gateway's RSSI written in. Entries are kept per tag and
 * advertisement, so from one second to the next only the time slot changes (an asset tag repeats its
 * frames; only telemetry frames are new).
 */
export class RuuviBodyWriter {
  private readonly entries: (Map<string, Entry> | undefined)[] = [];

  body(
    second: SimulatedSecond,
    gatewayIndex: number,
    gatewayMac: string,
    sentAtMs: number,
    nonce: number,
  ): Buffer {
    const receptions = second.receptions[gatewayIndex];
    const stamp = unixSeconds(second.nowMs);
    const open = Buffer.from(
      `{"data":{"coordinates":"","timestamp":"${unixSeconds(sentAtMs)}","nonce":"${nonce >>> 0}",` +
        `"gw_mac":${JSON.stringify(gatewayMac)},"tags":{`,
      'utf8',
    );
    const used: Entry[] = new Array<Entry>(receptions.length);
    let size = open.length + Math.max(0, receptions.length - 1) + 3;
    for (let i = 0; i < receptions.length; i++) {
      const { tagIndex, rssi } = receptions[i];
      used[i] = this.entry(second, tagIndex, stamp);
      size += used[i].bytes.length + (usual(rssi) ? 0 : String(rssi).length - 3);
    }
    const out = Buffer.allocUnsafe(size);
    out.set(open, 0);
    let at = open.length;
    for (let i = 0; i < receptions.length; i++) {
      const { rssi } = receptions[i];
      const entry = used[i];
      if (i > 0) {
        out[at++] = COMMA;
      }
      if (entry.stamp !== stamp) {
        writeDigits(entry.bytes, entry.stampAt, stamp);
        entry.stamp = stamp;
      }
      if (usual(rssi)) {
        out.set(entry.bytes, at);
        out[at + entry.rssiAt] = MINUS;
        out[at + entry.rssiAt + 1] = ZERO + Math.floor(-rssi / 10);
        out[at + entry.rssiAt + 2] = ZERO + (-rssi % 10);
        at += entry.bytes.length;
      } else {
        // An unusual reading: the parts around the slot, and the number as it is.
        out.set(entry.bytes.subarray(0, entry.rssiAt), at);
        at += entry.rssiAt;
        at += out.write(String(rssi), at, 'utf8');
        out.set(entry.bytes.subarray(entry.rssiAt + 3), at);
        at += entry.bytes.length - entry.rssiAt - 3;
      }
    }
    out[at++] = CLOSE;
    out[at++] = CLOSE;
    out[at++] = CLOSE;
    return out;
  }

  private entry(second: SimulatedSecond, tagIndex: number, stamp: number): Entry {
    const advert = second.adverts[tagIndex];
    let kept = this.entries[tagIndex];
    const known = kept?.get(advert);
    if (known !== undefined) {
      return known;
    }
    const stampText = String(stamp);
    const head = `${JSON.stringify(second.tagMacs[tagIndex])}:{"rssi":`;
    const middle = `-00,"timestamp":"`;
    const text = `${head}${middle}${stampText}","data":${JSON.stringify(advert)}}`;
    const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
    const entry: Entry = {
      bytes,
      rssiAt: Buffer.byteLength(head, 'utf8'),
      stampAt: Buffer.byteLength(head + middle, 'utf8'),
      stamp,
    };
    // Outside 2001–2286 the time slot would change size: such an entry is used once, not kept.
    if (stampText.length === STAMP_DIGITS) {
      if (kept === undefined || kept.size >= ADVERTS_KEPT) {
        kept = new Map();
        this.entries[tagIndex] = kept;
      }
      kept.set(advert, entry);
    }
    return entry;
  }
}

/** -10 … -99 dBm, what a BLE gateway reports nearly always: fits the entry's three-character slot. */
function usual(rssi: number): boolean {
  return Number.isInteger(rssi) && rssi <= -10 && rssi >= -99;
}

/** Writes `value` as exactly STAMP_DIGITS decimal digits at `at`. */
function writeDigits(bytes: Uint8Array, at: number, value: number): void {
  let rest = value;
  for (let i = STAMP_DIGITS - 1; i >= 0; i--) {
    bytes[at + i] = ZERO + (rest % 10);
    rest = Math.floor(rest / 10);
  }
}
