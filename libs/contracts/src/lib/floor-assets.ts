import type { AssetStatus } from './asset';

/**
 * One tracked asset on a floor, as the live map needs it: identity for the icon and colour, and the
 * room its tag is in now. Markers are laid out inside their room by the client.
 */
export interface FloorAssetDto {
  assetId: string;
  assetTag: string;
  categoryCode: string;
  status: AssetStatus;
  tagMac: string;
  roomId: string;
  /** 0..1 */
  confidence: number;
  lastSeenAt: string;
}

/** `GET /api/v1/floors/:id/assets`: every located asset whose tag is on the floor now. */
export interface FloorAssetsDto {
  floorId: string;
  items: FloorAssetDto[];
}
