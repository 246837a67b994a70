import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { MOBILITY_PROFILES } from '../movement/mobility-profiles';
import { EXTRA_MAC_PREFIX } from './extra-macs';
import { generateExtraTags } from './extra-tags';

const demo = generateDemoHospital();
const EXTRA = 17_724; // --tags 20000
const extra = generateExtraTags(demo, EXTRA, 'bench');
const MAC = /^([0-9A-F]{2}:){5}[0-9A-F]{2}$/;

const floorOfRoom = new Map(
  demo.buildings.flatMap((b) => b.floors.flatMap((f) => f.rooms.map((r) => [r.key, f.key] as const))),
);

describe('extra tags', () => {
  it('are exactly as many as asked for, the same for the same seed', () => {
    expect(extra.tags).toHaveLength(EXTRA);
    expect(generateExtraTags(demo, EXTRA, 'bench')).toEqual(extra);
  });

  it('keep the smaller count as the start of a larger one', () => {
    const fewer = generateExtraTags(demo, 500, 'bench');
    expect(fewer.tags).toEqual(extra.tags.slice(0, 500));
    expect(fewer.assets).toEqual(extra.assets.slice(0, fewer.assets.length));
  });

  it('are placed differently with another seed', () => {
    const other = generateExtraTags(demo, 500, 'another seed');
    const homes = (tags: typeof extra) => tags.assets.map((a) => a.homeRoomKey).join();
    expect(homes(other)).not.toEqual(homes(generateExtraTags(demo, 500, 'bench')));
  });

  it('have unique MACs under their own prefixes, never a demo MAC', () => {
    const macs = extra.tags.map((t) => t.mac);
    expect(new Set(macs).size).toBe(macs.length);
    const demoMacs = new Set([...demo.tags.map((t) => t.mac), ...demo.gateways.map((g) => g.mac)]);
    expect(macs.filter((mac) => demoMacs.has(mac))).toEqual([]);
    for (const tag of extra.tags) {
      expect(tag.mac).toMatch(MAC);
      const prefix =
        tag.kind === 'environment-sensor' ? EXTRA_MAC_PREFIX.environmentSensor : EXTRA_MAC_PREFIX.assetTag;
      expect(tag.mac.startsWith(`${prefix}:`)).toBe(true);
    }
    expect(extra.tags[0].mac.endsWith(':00:00:01')).toBe(true);
  });

  it('are each on made-up equipment or installed in a room, all of which exist', () => {
    const assetMacs = new Set(extra.assets.map((a) => a.tagMac));
    expect(assetMacs.size).toBe(extra.assets.length);
    for (const tag of extra.tags) {
      expect(assetMacs.has(tag.mac) !== (tag.installedRoomKey !== null)).toBe(true);
      if (tag.installedRoomKey !== null) {
        expect(floorOfRoom.has(tag.installedRoomKey)).toBe(true);
      }
    }
    for (const asset of extra.assets) {
      expect(floorOfRoom.has(asset.homeRoomKey)).toBe(true);
      expect(asset.assetTag).toMatch(/^SIM-\d{6}$/);
    }
  });

  it('mix kinds and equipment like the demo: mostly stationary, a share that moves', () => {
    const share = (count: number, of: number) => count / of;
    const mobile = (assets: readonly { categoryCode: string }[]) =>
      share(assets.filter((a) => MOBILITY_PROFILES[a.categoryCode] !== undefined).length, assets.length);
    const sensors = (tags: readonly { kind: string }[]) =>
      share(tags.filter((t) => t.kind === 'environment-sensor').length, tags.length);
    expect(mobile(extra.assets)).toBeCloseTo(mobile(demo.assets), 1);
    expect(sensors(extra.tags)).toBeCloseTo(sensors(demo.tags), 1);
    // Mostly stationary: even mobile categories leave a parked unit at most a few times a day.
    expect(Math.max(...Object.values(MOBILITY_PROFILES).map((p) => p.tripsPerHour))).toBeLessThan(0.5);
  });

  it('spread over every floor', () => {
    const perFloor = new Map<string, number>();
    for (const asset of extra.assets) {
      const floor = floorOfRoom.get(asset.homeRoomKey) ?? '?';
      perFloor.set(floor, (perFloor.get(floor) ?? 0) + 1);
    }
    const floors = demo.buildings.flatMap((b) => b.floors.map((f) => f.key));
    expect([...perFloor.keys()].sort()).toEqual([...floors].sort());
    expect(Math.min(...perFloor.values())).toBeGreaterThan(EXTRA / floors.length / 4);
  });
});
