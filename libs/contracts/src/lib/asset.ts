import type { CurrentLocationDto } from './location';
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
  limit?: number;
  offset?: number;
}

export type AssetPage = Page<AssetDto>;
