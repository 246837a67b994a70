import type { CurrentLocationDto, MovementDto, TagReadingsDto } from './location';
import type { Page } from './page';

/** Equipment status as hospitals use it: available means clean and ready. */
export const ASSET_STATUSES = [
  'available',
  'in-use',
  'needs-cleaning',
  'in-maintenance',
  'out-of-service',
  'missing',
] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  available: 'Available',
  'in-use': 'In use',
  'needs-cleaning': 'Needs cleaning',
  'in-maintenance': 'In maintenance',
  'out-of-service': 'Out of service',
  missing: 'Missing',
};

export interface AssetCategoryDto {
  id: string;
  code: string;
  name: string;
  assetCount: number;
}

export interface AssetDto {
  id: string;
  assetTag: string;
  categoryCode: string;
  categoryName: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  udi: string | null;
  homeDepartment: string;
  status: AssetStatus;
  tagMac: string | null;
  /** Where the asset's tag is now; null when it has no tag or was never located. */
  location: CurrentLocationDto | null;
}

export interface AssetQuery {
  q?: string;
  category?: string;
  status?: AssetStatus;
  department?: string;
  /** Only assets whose tag is in this room now. */
  roomId?: string;
  /** true: only assets with a tag; false: only those without (commissioning). */
  tagged?: boolean;
  limit?: number;
  offset?: number;
}

export type AssetPage = Page<AssetDto>;

/** `GET /api/v1/assets/:id`: the asset page's data, for the signed-in user. */
export interface AssetDetailDto extends AssetDto {
  /** Statuses the signed-in user may set now (empty when none). */
  allowedStatusChanges: AssetStatus[];
  /** The last room change of its tag, with the engine's reason. */
  lastMove: MovementDto | null;
  /** When its tag was last heard by any gateway. */
  lastHeardAt: string | null;
  /** The tag's last decoded readings (battery, temperature…). */
  readings: TagReadingsDto | null;
  /** Status changes and tag bindings, newest first. */
  audit: AssetAuditEntryDto[];
}

export const ASSET_AUDIT_ACTIONS = ['created', 'status-changed', 'tag-bound', 'tag-unbound'] as const;
export type AssetAuditAction = (typeof ASSET_AUDIT_ACTIONS)[number];

export interface AssetAuditEntryDto {
  at: string;
  action: AssetAuditAction;
  /** The user's email; null for the system. */
  by: string | null;
  from: string | null;
  to: string | null;
  note: string | null;
}

/** `PATCH /api/v1/assets/:id/status` */
export interface ChangeAssetStatusRequest {
  status: AssetStatus;
  note?: string;
}

/** A new asset, created while binding a tag to it during commissioning. */
export interface NewAssetRequest {
  assetTag: string;
  categoryCode: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  udi?: string;
  homeDepartment: string;
}
