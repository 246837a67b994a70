import type { SpaceClass } from '@wardwatch/contracts';
import type { DemoHospital } from '@wardwatch/demo-hospital';
import type { ProfileCode } from '@wardwatch/domain';

import type { UnitKind } from '../modules/environment/entities/monitored-unit.entity';
import { stableId } from './stable-id';

/** The profile a monitored room follows, by its space class. */
const ROOM_PROFILES: Partial<Record<SpaceClass, ProfileCode>> = {
  'operating-room': 'operating-room',
  'sterile-storage': 'sterile-storage',
  'medication-room': 'controlled-room-temperature',
  pharmacy: 'controlled-room-temperature',
  'blood-bank': 'controlled-room-temperature',
};

/** Temperature-controlled equipment and the profile each follows (warming cabinets are not monitored yet). */
const EQUIPMENT_PROFILES: Record<string, { profile: ProfileCode; kind: UnitKind }> = {
  'medication-refrigerator': { profile: 'vaccine-fridge', kind: 'fridge' },
  'vaccine-freezer': { profile: 'vaccine-freezer', kind: 'freezer' },
  'blood-bank-refrigerator': { profile: 'blood-bank-fridge', kind: 'fridge' },
  'plasma-freezer': { profile: 'plasma-freezer', kind: 'freezer' },
  'platelet-incubator': { profile: 'platelet-incubator', kind: 'incubator' },
};

/**
 * The demo's monitored units: every room with an installed environment sensor (ORs, sterile stores,
 * medication rooms, pharmacy, blood bank), and every fridge, freezer and incubator, watched by its own tag.
 */
export function demoMonitoredUnits(hospital: DemoHospital) {
  const rooms = new Map(
    hospital.buildings.flatMap((b) => b.floors.flatMap((f) => f.rooms)).map((r) => [r.key, r]),
  );
  const units: {
    id: string;
    name: string;
    kind: UnitKind;
    profileCode: ProfileCode;
    roomId: string;
    assetId: string | null;
    overrides: Record<string, never>;
  }[] = [];
  const sensors: { unitId: string; tagId: string }[] = [];
  // A fridge's own tag is installed in its room too: it watches the fridge, not the room.
  const equipmentTags = new Set(hospital.assets.map((a) => a.tagMac));
  for (const tag of hospital.tags) {
    const room =
      tag.installedRoomKey && !equipmentTags.has(tag.mac) ? rooms.get(tag.installedRoomKey) : undefined;
    const profile = room ? ROOM_PROFILES[room.spaceClass] : undefined;
    if (!room || !profile) {
      continue;
    }
    const id = stableId('unit', `room:${room.key}`);
    if (!units.some((u) => u.id === id)) {
      units.push({
        id,
        name: `${room.number} ${room.name}`,
        kind: 'room',
        profileCode: profile,
        roomId: stableId('room', room.key),
        assetId: null,
        overrides: {},
      });
    }
    sensors.push({ unitId: id, tagId: stableId('tag', tag.mac) });
  }
  for (const asset of hospital.assets) {
    const spec = EQUIPMENT_PROFILES[asset.categoryCode];
    if (!spec) {
      continue;
    }
    const id = stableId('unit', `asset:${asset.key}`);
    const room = rooms.get(asset.homeRoomKey);
    units.push({
      id,
      name: `${asset.assetTag} ${asset.model}${room ? ` (${room.number})` : ''}`,
      kind: spec.kind,
      profileCode: spec.profile,
      roomId: stableId('room', asset.homeRoomKey),
      assetId: stableId('asset', asset.key),
      overrides: {},
    });
    sensors.push({ unitId: id, tagId: stableId('tag', asset.tagMac) });
  }
  return { units, sensors };
}
