import type { AssetDto } from './asset';
import type { TagKind } from './tag';

/** Where a tag is now, as the position engine last decided. */
export interface CurrentLocationDto {
  roomId: string;
  roomNumber: string;
  roomName: string;
  floorId: string;
  floorName: string;
  buildingId: string;
  /** 0..1 */
  confidence: number;
  /** When the tag entered this room. */
  since: string;
  lastSeenAt: string;
}

/** The latest decoded values a tag broadcast, in SI units with explicit names. */
export interface TagReadingsDto {
  at: string;
  format: string;
  temperatureC: number | null;
  humidityPct: number | null;
  pressurePa: number | null;
  batteryMv: number | null;
  txPowerDbm: number | null;
}

export interface TagDto {
  id: string;
  mac: string;
  kind: TagKind;
  assetId: string | null;
  assetTag: string | null;
  lastHeardAt: string | null;
  location: CurrentLocationDto | null;
  readings: TagReadingsDto | null;
}

export interface TagQuery {
  unassigned?: boolean;
  kind?: TagKind;
  floorId?: string;
  /** Order by distance from this room, its floor first (commissioning: tags near where you stand). */
  nearRoomId?: string;
  limit?: number;
  offset?: number;
}

/** Why the engine moved a tag: the gateways it used and the scores. */
export interface MovementReasonDto {
  gateways: { gatewayId: string; roomId: string; rssi: number }[];
  winnerScore: number;
  previousScore: number | null;
  marginDb: number | null;
}

export interface MovementDto {
  at: string;
  fromRoomId: string | null;
  fromRoomName: string | null;
  toRoomId: string;
  toRoomName: string;
  floorId: string;
  confidence: number;
  reason: MovementReasonDto;
}

export interface AssetHistoryDto {
  assetId: string;
  from: string;
  to: string;
  movements: MovementDto[];
}

export interface NearestAssetDto {
  asset: AssetDto;
  location: CurrentLocationDto;
  /** Straight-line distance in plan metres when on the same floor, else null. */
  distanceM: number | null;
  sameFloor: boolean;
  /** Floors between the asking room's floor and the asset's (0 on the same floor). */
  floorsAway: number;
}

export interface NearestAssetsDto {
  fromRoomId: string;
  category: string;
  items: NearestAssetDto[];
}
