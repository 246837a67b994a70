import type { NewAssetRequest } from './asset';

export const TAG_KINDS = ['asset-tag', 'environment-sensor', 'staff-badge'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/** `PUT /api/v1/tags/:mac/asset`: bind a tag to an existing asset (assetId) or to a new one (newAsset). */
export interface BindTagRequest {
  assetId?: string;
  newAsset?: NewAssetRequest;
}
