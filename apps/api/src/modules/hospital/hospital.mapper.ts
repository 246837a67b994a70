import type { BuildingDto, FloorDto, RoomDto, SiteDto } from '@wardwatch/contracts';

import type { BuildingEntity } from './entities/building.entity';
import type { FloorEntity } from './entities/floor.entity';
import type { RoomEntity } from './entities/room.entity';
import type { SiteEntity } from './entities/site.entity';

export const toSiteDto = (s: SiteEntity): SiteDto => ({ id: s.id, name: s.name, timezone: s.timezone });

export const toBuildingDto = (b: BuildingEntity): BuildingDto => ({
  id: b.id,
  siteId: b.siteId,
  code: b.code,
  name: b.name,
});

export const toFloorDto = (f: FloorEntity): FloorDto => ({
  id: f.id,
  buildingId: f.buildingId,
  name: f.name,
  level: f.level,
  outline: f.outline,
  widthM: f.widthM,
  heightM: f.heightM,
});

export const toRoomDto = (r: RoomEntity): RoomDto => ({
  id: r.id,
  floorId: r.floorId,
  number: r.number,
  name: r.name,
  spaceClass: r.spaceClass,
  polygon: r.polygon,
  centroid: [r.centroidX, r.centroidY],
});
