import type { DemoAsset, DemoHospital, DemoRoom, DemoTag } from '@wardwatch/demo-hospital';
import { createRandom, type Random } from '../random/seeded-random';
import { EXTRA_MAC_PREFIX, extraMac } from './extra-macs';

/** Tags beyond the demo's, with the made-up equipment that carries them (the API knows neither). */
export interface ExtraTags {
  tags: DemoTag[];
  /** One per extra tag that rides on equipment; room sensors have none. */
  assets: DemoAsset[];
}

/**
 * `count` more tags spread over the hospital the way the demo's are: each copies a demo tag chosen at
 * random (so the mix of asset tags and sensors, of equipment categories and hence of mobility is the
 * demo's: mostly stationary, a share pushed along the corridors) into another room of the same kind.
 * Extra tag i depends only on the seed and i, so a larger count keeps the smaller count's tags.
 */
export function generateExtraTags(hospital: DemoHospital, count: number, seed: string): ExtraTags {
  const rooms = roomsByKey(hospital);
  const roomsOfClass = new Map<string, DemoRoom[]>();
  for (const room of rooms.values()) {
    const same = roomsOfClass.get(room.spaceClass);
    if (same === undefined) {
      roomsOfClass.set(room.spaceClass, [room]);
    } else {
      same.push(room);
    }
  }
  const assetByTag = new Map(hospital.assets.map((asset) => [asset.tagMac, asset]));
  const similarRoom = (roomKey: string, random: Random): DemoRoom => {
    const room = requireDemoRoom(rooms, roomKey);
    return random.pick(roomsOfClass.get(room.spaceClass) ?? [room]);
  };
  const random = createRandom(seed).fork('extra-tags');
  const extra: ExtraTags = { tags: [], assets: [] };
  for (let i = 0; i < count; i++) {
    const tagRandom = random.fork(String(i));
    const template = tagRandom.pick(hospital.tags);
    const mac = extraMac(
      template.kind === 'environment-sensor' ? EXTRA_MAC_PREFIX.environmentSensor : EXTRA_MAC_PREFIX.assetTag,
      i + 1,
    );
    const unit = assetByTag.get(template.mac);
    if (unit !== undefined) {
      const home = similarRoom(unit.homeRoomKey, tagRandom);
      const number = String(i + 1).padStart(6, '0');
      extra.assets.push({
        ...unit,
        key: `extra/${number}`,
        assetTag: `SIM-${number}`,
        serialNumber: `SIM-${number}`,
        udi: null,
        homeDepartment: home.department,
        homeRoomKey: home.key,
        tagMac: mac,
      });
    }
    const installedRoomKey =
      unit === undefined && template.installedRoomKey !== null
        ? similarRoom(template.installedRoomKey, tagRandom).key
        : null;
    extra.tags.push({ mac, kind: template.kind, installedRoomKey });
  }
  return extra;
}

function roomsByKey(hospital: DemoHospital): Map<string, DemoRoom> {
  const rooms = new Map<string, DemoRoom>();
  for (const building of hospital.buildings) {
    for (const floor of building.floors) {
      for (const room of floor.rooms) {
        rooms.set(room.key, room);
      }
    }
  }
  return rooms;
}

function requireDemoRoom(rooms: ReadonlyMap<string, DemoRoom>, key: string): DemoRoom {
  const room = rooms.get(key);
  if (room === undefined) {
    throw new Error(`The demo hospital has no room '${key}'`);
  }
  return room;
}
