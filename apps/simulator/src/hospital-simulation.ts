import type { DemoGateway, DemoHospital, DemoTag } from '@wardwatch/demo-hospital';
import { TagAdverts } from './adverts/tag-adverts';
import { FleetMovement } from './movement/fleet-movement';
import { TagPlacements } from './movement/tag-placements';
import { GatewayHearing, type Reception } from './radio/gateway-hearing';
import { createRandom } from './random/seeded-random';
import type { HeardAdvert } from './transport/ruuvi-gateway-body';
import { buildHospitalWorld, type HospitalWorld } from './world/hospital-world';

export interface SimulationOptions {
  seed: string;
  /** Simulated seconds of movement per real second. */
  speed: number;
  /** Only the first n gateways / tags (null: all). */
  gatewayLimit: number | null;
  tagLimit: number | null;
  /** Real time of tick 0, epoch ms. */
  startMs: number;
}

/**
 * What every gateway heard in one second. Kept as tag indices and RSSIs rather than an object per
 * sighting: a scaled run hears half a million sightings a second.
 */
export interface SimulatedSecond {
  nowMs: number;
  /** By tag index: the tag's MAC and this second's advertisement (hex). */
  tagMacs: readonly string[];
  adverts: readonly string[];
  /** By gateway index, in `gateways` order. */
  receptions: readonly (readonly Reception[])[];
}

/** One gateway's sightings of a second as objects (for inspection and tests; the sender writes text). */
export function heardBy(second: SimulatedSecond, gatewayIndex: number): HeardAdvert[] {
  return second.receptions[gatewayIndex].map(({ tagIndex, rssi }) => ({
    tagMac: second.tagMacs[tagIndex],
    rssi,
    seenAtMs: second.nowMs,
    advertHex: second.adverts[tagIndex],
  }));
}

/**
 * The hospital second by second, without any I/O: equipment moves (at `speed`), every tag advertises,
 * every gateway hears the tags around it.
 */
export class HospitalSimulation {
  readonly world: HospitalWorld;
  readonly gateways: readonly DemoGateway[];
  readonly tags: readonly DemoTag[];
  private readonly tagMacs: readonly string[];
  private readonly fleet: FleetMovement;
  private readonly placements: TagPlacements;
  private readonly hearing: GatewayHearing;
  private readonly adverts: TagAdverts;

  constructor(
    hospital: DemoHospital,
    private readonly options: SimulationOptions,
  ) {
    const random = createRandom(options.seed);
    this.world = buildHospitalWorld(hospital);
    this.gateways = limit(hospital.gateways, options.gatewayLimit);
    this.tags = limit(
      tagsNearFirst(hospital, this.gateways, options.gatewayLimit !== null),
      options.tagLimit,
    );
    this.tagMacs = this.tags.map((tag) => tag.mac);
    this.fleet = new FleetMovement(this.world, hospital.assets, random.fork('movement'), options.startMs);
    this.placements = new TagPlacements(this.world, this.tags, this.fleet, random.fork('sensor-mounts'));
    this.hearing = new GatewayHearing(this.world, this.gateways, random.fork('radio'));
    this.adverts = new TagAdverts(
      this.world,
      this.tags,
      hospital.assets,
      random.fork('adverts'),
      options.startMs,
    );
  }

  /**
   * Works out the radio links of every tag where it starts, so the first step is no slower than the rest
   * (with tens of thousands of tags that takes about a second). Changes nothing that is simulated.
   */
  prepare(): void {
    this.hearing.prime(this.placements.placed());
  }

  /** Simulated time of a tick: movement runs `speed` times faster than the clock. */
  simulatedTimeMs(tick: number): number {
    return this.options.startMs + tick * 1000 * this.options.speed;
  }

  /** Advances to tick `tick` (real time `nowMs`) and returns what each gateway heard in that second. */
  step(tick: number, nowMs: number): SimulatedSecond {
    this.fleet.advanceTo(this.simulatedTimeMs(tick));
    const adverts = this.adverts.advertise(nowMs);
    const receptions = this.hearing.hear(this.placements.placed());
    return { nowMs, tagMacs: this.tagMacs, adverts, receptions };
  }

  get movingAssets(): number {
    return this.fleet.movingCount;
  }
}

/**
 * With a gateway subset, the tags on those gateways' floors come first, so that `--gateways 30 --tags 200`
 * gives tags that those gateways can actually hear.
 */
function tagsNearFirst(
  hospital: DemoHospital,
  gateways: readonly DemoGateway[],
  subset: boolean,
): readonly DemoTag[] {
  if (!subset) {
    return hospital.tags;
  }
  const floorOfRoom = new Map<string, string>();
  for (const building of hospital.buildings) {
    for (const floor of building.floors) {
      for (const room of floor.rooms) {
        floorOfRoom.set(room.key, floor.key);
      }
    }
  }
  const homeRoomOfTag = new Map(hospital.assets.map((a) => [a.tagMac, a.homeRoomKey]));
  const floors = new Set(gateways.map((g) => g.floorKey));
  const onFloors = (t: DemoTag): boolean => {
    const room = t.installedRoomKey ?? homeRoomOfTag.get(t.mac);
    return room !== undefined && floors.has(floorOfRoom.get(room) ?? '');
  };
  return [...hospital.tags.filter(onFloors), ...hospital.tags.filter((t) => !onFloors(t))];
}

function limit<T>(items: readonly T[], count: number | null): readonly T[] {
  return count === null ? items : items.slice(0, count);
}
