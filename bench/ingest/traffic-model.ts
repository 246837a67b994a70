// The bench's gateway traffic, modelled on the simulator's but scalable and cheap per request: tags placed
// in rooms, heard loud by their room's gateway(s) and weaker by 2–3 neighbouring gateways, a small share of
// tags moving between neighbouring rooms, and the bodies each gateway posts in Wardwatch's batch format
// with ms `seenAt`. Everything per tag (MAC, JSON fragments, a ring of real adverts) is built up front, so
// a body costs string concatenation.
import {
  encodeEddystoneTlmAdvertisement,
  encodeEddystoneUidAdvertisement,
  encodeIBeaconAdvertisement,
  encodeRuuviRawV2Advertisement,
} from '@wardwatch/ble';

/** A gateway the bench posts as: where it hangs and its ingest key. */
export interface BenchGateway {
  mac: string;
  floorId: string;
  roomId: string;
  x: number;
  y: number;
  /** `Bearer wwg_…` */
  authorization: string;
}

export interface TrafficOptions {
  tags: number;
  /** Share of tags that move between rooms, 0..1. */
  movingShare: number;
  seed: number;
  /** A moving tag changes room every this many seconds (uniform between the two). */
  moveEveryS: [number, number];
}

/** The latency probe recognises the moving tags by this MAC prefix. */
export const MOVING_TAG_PREFIX = 'C4:7B:4D:';
const STATIC_TAG_PREFIX = 'C4:7B:00:';
const IBEACON_UUID = '5a4b9c2e-7d31-4f08-a6e2-3c1d0b9f8e47';
const EDDYSTONE_NAMESPACE = '5a4b9c2e3c1d0b9f8e47';
const NEIGHBOURS = 3;
const LOUD_DBM = -58;
const NOISE_DB = 3;
const SENSOR_SHARE = 0.15;
const TLM_SHARE = 0.4;
const RUUVI_RING = 16;
const ASSET_RING = 10;
const MAX_SIGHTINGS_PER_BODY = 5000;

/** mulberry32: small, seeded, fast. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex2 = (n: number): string => n.toString(16).toUpperCase().padStart(2, '0');
const tagMac = (prefix: string, i: number): string =>
  prefix + [i >> 16, (i >> 8) & 0xff, i & 0xff].map(hex2).join(':');

/** `,"raw":"…"}`: the tail of a sighting, one per advert of the tag's ring. */
const rawTail = (hex: string): string => `,"raw":"${hex}"}`;

function assetAdverts(mac: string, random: () => number): string[] {
  const bytes = mac.split(':').map((pair) => parseInt(pair, 16));
  const iBeacon = encodeIBeaconAdvertisement({
    uuid: IBEACON_UUID,
    major: (bytes[3] << 8) | bytes[4],
    minor: bytes[5],
    measuredPowerDbm: -59,
  });
  const uid = encodeEddystoneUidAdvertisement({
    txPowerDbm: -18,
    namespace: EDDYSTONE_NAMESPACE,
    instance: mac.replace(/:/g, '').toLowerCase(),
  });
  const tlmSlot = random() < TLM_SHARE ? Math.floor(random() * ASSET_RING) : -1;
  const ring: string[] = [];
  for (let k = 0; k < ASSET_RING; k++) {
    const hex =
      k === tlmSlot
        ? encodeEddystoneTlmAdvertisement({
            batteryMv: 2900 + Math.round(random() * 200),
            temperatureC: 21 + random() * 3,
            advertisingCount: 100_000 + k,
            uptimeS: 864_000 + k,
          })
        : k % 2 === 0
          ? iBeacon
          : uid;
    ring.push(rawTail(hex));
  }
  return ring;
}

function sensorAdverts(mac: string, random: () => number): string[] {
  const setPointC = random() < 0.5 ? 4 : 21;
  const ring: string[] = [];
  for (let k = 0; k < RUUVI_RING; k++) {
    const hex = encodeRuuviRawV2Advertisement({
      temperatureC: setPointC + Math.sin(k / 3) * 0.4,
      humidityPct: 40 + random(),
      pressurePa: 99_300 + Math.round(random() * 20),
      accelerationXMg: 4,
      accelerationYMg: -8,
      accelerationZMg: 1000,
      batteryMv: 2950,
      txPowerDbm: 4,
      movementCounter: 7,
      measurementSequence: 1000 + k,
      mac,
    });
    ring.push(rawTail(hex));
  }
  return ring;
}

export class TrafficModel {
  readonly macs: string[] = [];
  private readonly moving: boolean[] = [];
  /** `{"tag":"…","rssi":` per tag. */
  private readonly heads: string[] = [];
  private readonly adverts: string[][] = [];
  private readonly home: number[] = [];
  private readonly heardBy: number[][] = [];
  private readonly nextMoveAt: number[] = [];
  /** Per gateway: tag index → base RSSI. */
  private readonly heard: Map<number, number>[];
  private readonly roomGateways = new Map<string, number[]>();
  private readonly nearest: number[][];
  private readonly random: () => number;
  private readonly bodyHeads: string[];
  private perSecondStatic = 1;
  private perSecondMoving = 1;
  moves = 0;

  constructor(
    readonly gateways: readonly BenchGateway[],
    private readonly options: TrafficOptions,
  ) {
    this.random = prng(options.seed);
    this.heard = gateways.map(() => new Map());
    this.bodyHeads = gateways.map((g) => `{"gateway":"${g.mac}","sentAt":`);
    gateways.forEach((g, i) => {
      const list = this.roomGateways.get(g.roomId) ?? [];
      list.push(i);
      this.roomGateways.set(g.roomId, list);
    });
    this.nearest = gateways.map((_, i) => this.nearestOtherRooms(i));
    const movingCount = Math.round(options.tags * options.movingShare);
    for (let t = 0; t < options.tags; t++) {
      const moving = t < movingCount;
      const mac = tagMac(moving ? MOVING_TAG_PREFIX : STATIC_TAG_PREFIX, t);
      this.macs.push(mac);
      this.moving.push(moving);
      this.heads.push(`{"tag":"${mac}","rssi":`);
      const sensor = !moving && this.random() < SENSOR_SHARE;
      this.adverts.push(sensor ? sensorAdverts(mac, this.random) : assetAdverts(mac, this.random));
      this.home.push(Math.floor(this.random() * gateways.length));
      this.heardBy.push([]);
      this.nextMoveAt.push(0);
      this.hear(t);
    }
  }

  get movingTags(): number {
    return this.moving.filter(Boolean).length;
  }

  /** The gateways of other rooms on the same floor, nearest first. */
  private nearestOtherRooms(i: number): number[] {
    const g = this.gateways[i];
    return this.gateways
      .map((o, j) => ({ j, o, d: Math.hypot(o.x - g.x, o.y - g.y) }))
      .filter(({ o }) => o.floorId === g.floorId && o.roomId !== g.roomId)
      .sort((a, b) => a.d - b.d)
      .slice(0, NEIGHBOURS)
      .map(({ j }) => j);
  }

  /** Puts tag t on the lists of the gateways that hear it: its room's loud, 2–3 neighbours weaker. */
  private hear(t: number): void {
    const home = this.home[t];
    const loud = this.roomGateways.get(this.gateways[home].roomId) ?? [home];
    const tagOffset = Math.round(this.random() * 4) - 2;
    for (const g of loud) {
      this.heard[g].set(t, LOUD_DBM + tagOffset);
      this.heardBy[t].push(g);
    }
    const weak = this.nearest[home].slice(0, 2 + (t % 2));
    weak.forEach((g, rank) => {
      if (!this.heard[g].has(t)) {
        this.heard[g].set(t, -76 - 4 * rank - Math.round(this.random() * 4));
        this.heardBy[t].push(g);
      }
    });
  }

  private unhear(t: number): void {
    for (const g of this.heardBy[t]) {
      this.heard[g].delete(t);
    }
    this.heardBy[t] = [];
  }

  /**
   * Sightings per (gateway, tag) pair per second for a target total rate. Moving tags advertise at least
   * once a second (motion-triggered fast advertising), the others share what is left.
   */
  setRate(sightingsPerSecond: number): void {
    let movingPairs = 0;
    let staticPairs = 0;
    this.heardBy.forEach((gs, t) =>
      this.moving[t] ? (movingPairs += gs.length) : (staticPairs += gs.length),
    );
    const even = sightingsPerSecond / Math.max(1, movingPairs + staticPairs);
    if (even >= 1) {
      this.perSecondStatic = even;
      this.perSecondMoving = even;
    } else {
      this.perSecondMoving = 1;
      this.perSecondStatic = Math.max(0, sightingsPerSecond - movingPairs) / Math.max(1, staticPairs);
    }
  }

  /** Moves the moving tags whose time has come to the room of one of their neighbour gateways. */
  advance(now: number): void {
    const [minS, maxS] = this.options.moveEveryS;
    for (let t = 0; t < this.macs.length && this.moving[t]; t++) {
      if (this.nextMoveAt[t] === 0) {
        this.nextMoveAt[t] = now + (minS + this.random() * (maxS - minS)) * 1000;
      } else if (now >= this.nextMoveAt[t]) {
        const choices = this.nearest[this.home[t]];
        if (choices.length > 0) {
          this.unhear(t);
          this.home[t] = choices[Math.floor(this.random() * choices.length)];
          this.hear(t);
          this.moves += 1;
        }
        this.nextMoveAt[t] = now + (minS + this.random() * (maxS - minS)) * 1000;
      }
    }
  }

  /** Forgets the move timers, so a new phase starts with a fresh first interval. */
  resetMoves(): void {
    this.nextMoveAt.fill(0);
  }

  /**
   * Gateway g's batch sent at `now`: the last second of adverts of every tag it hears, the newest stamped
   * `now` (so a change's `at` is the moment that POST was sent).
   */
  body(g: number, now: number, sequence: number): { body: string; sightings: number } {
    let out = `${this.bodyHeads[g]}${now},"sequence":${sequence},"sightings":[`;
    let n = 0;
    const second = Math.floor(now / 1000);
    for (const [t, base] of this.heard[g]) {
      const f = this.moving[t] ? this.perSecondMoving : this.perSecondStatic;
      let k = Math.floor(f);
      if (this.random() < f - k) {
        k += 1;
      }
      const ring = this.adverts[t];
      for (let j = 0; j < k && n < MAX_SIGHTINGS_PER_BODY; j++) {
        const at = now - Math.floor((j * 1000) / k);
        const rssi = base + Math.round((this.random() * 2 - 1) * NOISE_DB);
        out += `${n > 0 ? ',' : ''}${this.heads[t]}${rssi},"seenAt":${at}${ring[(second + j) % ring.length]}`;
        n += 1;
      }
    }
    return { body: `${out}]}`, sightings: n };
  }
}
