/**
 * The body a Ruuvi Gateway POSTs to its HTTP(S) server (time-stamped variant; docs.ruuvi.com → Gateway
 * data formats). Times are Unix seconds and the nonce a random uint32, both as strings of digits, as the
 * gateway firmware sends them.
 */
export interface RuuviGatewayBody {
  data: {
    coordinates: string;
    timestamp: string;
    nonce: string;
    gw_mac: string;
    tags: Record<string, RuuviTagEntry>;
  };
}

export interface RuuviTagEntry {
  rssi: number;
  timestamp: string;
  data: string;
}

/** A tag's advertisement as one gateway heard it. */
export interface HeardAdvert {
  tagMac: string;
  rssi: number;
  seenAtMs: number;
  advertHex: string;
}

const unixSeconds = (epochMs: number): string => String(Math.floor(epochMs / 1000));

export function buildRuuviGatewayBody(
  gatewayMac: string,
  sentAtMs: number,
  nonce: number,
  heard: readonly HeardAdvert[],
): RuuviGatewayBody {
  const tags: Record<string, RuuviTagEntry> = {};
  for (const advert of heard) {
    tags[advert.tagMac] = {
      rssi: advert.rssi,
      timestamp: unixSeconds(advert.seenAtMs),
      data: advert.advertHex,
    };
  }
  return {
    data: {
      coordinates: '',
      timestamp: unixSeconds(sentAtMs),
      nonce: String(nonce >>> 0),
      gw_mac: gatewayMac,
      tags,
    },
  };
}
