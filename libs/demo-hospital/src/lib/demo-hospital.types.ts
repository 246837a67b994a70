import type { AssetStatus, PlanPoint, PlanPolygon, SpaceClass, TagKind } from '@wardwatch/contracts';

/**
 * The demo hospital as plain data. Every entity has a stable `key` (unique within its kind, e.g.
 * 'A/3/312' for room 312 on floor 3 of building A); the seeder turns keys into stable UUIDs.
 */
export interface DemoHospital {
  site: { key: string; name: string; timezone: string };
  buildings: DemoBuilding[];
  categories: DemoCategory[];
  assets: DemoAsset[];
  tags: DemoTag[];
  gateways: DemoGateway[];
}

export interface DemoBuilding {
  key: string;
  code: string;
  name: string;
  floors: DemoFloor[];
}

export interface DemoFloor {
  key: string;
  name: string;
  /** Level ordinal: 0 ground, negative below. */
  level: number;
  /** Floor outline in plan metres (x east, y north), origin at the south-west corner. */
  outline: PlanPolygon;
  widthM: number;
  heightM: number;
  rooms: DemoRoom[];
}

export interface DemoRoom {
  key: string;
  number: string;
  name: string;
  spaceClass: SpaceClass;
  polygon: PlanPolygon;
  /** Department or ward this room belongs to, e.g. 'ICU', '4 West'. */
  department: string;
}

export interface DemoCategory {
  code: string;
  name: string;
}

export interface DemoAsset {
  key: string;
  assetTag: string;
  categoryCode: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  udi: string | null;
  homeDepartment: string;
  status: AssetStatus;
  /** The room the asset is usually kept in (its home, for the simulator and first placement). */
  homeRoomKey: string;
  tagMac: string;
}

export interface DemoTag {
  /** Upper-case, colon-separated, e.g. 'C4:7A:11:00:00:01'. */
  mac: string;
  kind: TagKind;
  /** Fixed environment sensors are installed in a room; asset tags are not. */
  installedRoomKey: string | null;
}

export interface DemoGateway {
  key: string;
  mac: string;
  name: string;
  floorKey: string;
  roomKey: string;
  point: PlanPoint;
}
