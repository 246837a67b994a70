import type { DemoAsset, DemoTag } from '@wardwatch/demo-hospital';
import type { Random } from '../random/seeded-random';
import type { HospitalWorld } from '../world/hospital-world';
import type { AdvertSource } from './advert-source';
import { AssetTagBeacon } from './asset-tag-beacon';
import { climateProfileFor } from './climate-profiles';
import { EnvironmentSensor } from './environment-sensor';

/**
 * The advertising state of every simulated tag. Each tag sends one advertisement a second; every gateway
 * that hears the tag in that second relays the same one.
 */
export class TagAdverts {
  private readonly sources: AdvertSource[];

  constructor(
    world: HospitalWorld,
    tags: readonly DemoTag[],
    assets: readonly DemoAsset[],
    random: Random,
    startMs: number,
  ) {
    const assetByTag = new Map(assets.map((asset) => [asset.tagMac, asset]));
    this.sources = tags.map((tag): AdvertSource => {
      const tagRandom = random.fork(tag.mac);
      if (tag.kind !== 'environment-sensor') {
        return new AssetTagBeacon(tag.mac, tagRandom, startMs);
      }
      const unit = assetByTag.get(tag.mac);
      const roomKey = tag.installedRoomKey ?? unit?.homeRoomKey ?? null;
      const roomClass = roomKey === null ? null : (world.rooms.get(roomKey)?.spaceClass ?? null);
      const profile = climateProfileFor(unit?.categoryCode ?? null, roomClass);
      return new EnvironmentSensor(tag.mac, profile, tagRandom, startMs);
    });
  }

  /** This second's advertisement of every tag, by tag index. */
  advertise(epochMs: number): string[] {
    return this.sources.map((source) => source.advertAt(epochMs));
  }
}
