import type { DemoAsset } from '@wardwatch/demo-hospital';
import type { Random } from '../random/seeded-random';
import type { HospitalWorld } from '../world/hospital-world';
import { requireRoom } from '../world/hospital-world';
import { randomPointInRoom } from '../world/room-point';
import type { FloorPosition } from '../world/world-types';
import { AssetWalker } from './asset-walker';
import { DailyRhythm } from './daily-rhythm';
import { MOBILITY_PROFILES } from './mobility-profiles';
import { TripPlanner } from './trip-planner';

/**
 * Every asset of the hospital over simulated time. Each starts parked at a random spot in its home room
 * (where the API's seed put it); the mobile ones are taken places now and then.
 */
export class FleetMovement {
  private readonly walkers: AssetWalker[];
  private readonly byTagMac = new Map<string, AssetWalker>();
  private readonly planner: TripPlanner;
  private readonly rhythm: DailyRhythm;

  constructor(
    world: HospitalWorld,
    assets: readonly DemoAsset[],
    private readonly random: Random,
    startEpochMs: number,
  ) {
    this.planner = new TripPlanner(world, random.fork('trips'));
    this.rhythm = new DailyRhythm(world.hospital.site.timezone);
    const placement = random.fork('placement');
    this.walkers = assets.map((asset) => {
      const room = requireRoom(world, asset.homeRoomKey);
      const walker = new AssetWalker(
        asset,
        MOBILITY_PROFILES[asset.categoryCode] ?? null,
        { floorKey: room.floorKey, roomKey: room.key, point: randomPointInRoom(room, placement) },
        startEpochMs / 1000,
      );
      this.byTagMac.set(asset.tagMac, walker);
      return walker;
    });
  }

  /** Moves everything on to this simulated instant. */
  advanceTo(epochMs: number): void {
    const activity = this.rhythm.activityAt(epochMs);
    const nowS = epochMs / 1000;
    for (const walker of this.walkers) {
      walker.advanceTo(nowS, activity, this.planner, this.random);
    }
  }

  /** undefined: no asset carries this tag; null: the asset is out of sight (in an elevator). */
  positionOfTag(mac: string): FloorPosition | null | undefined {
    const walker = this.byTagMac.get(mac);
    return walker === undefined ? undefined : walker.current;
  }

  /** Assets on their way somewhere right now. */
  get movingCount(): number {
    let count = 0;
    for (const walker of this.walkers) {
      if (walker.moving) {
        count++;
      }
    }
    return count;
  }

  /** The walkers in asset order (for inspection and tests). */
  get all(): readonly AssetWalker[] {
    return this.walkers;
  }
}
