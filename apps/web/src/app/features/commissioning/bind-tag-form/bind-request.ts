import type { BindTagRequest, NewAssetRequest } from '@wardwatch/contracts';

/** The new-asset form as typed (every field a string; UDI may be blank). */
export type NewAssetFields = Record<keyof NewAssetRequest, string>;

export const EMPTY_NEW_ASSET: NewAssetFields = {
  assetTag: '',
  categoryCode: '',
  manufacturer: '',
  model: '',
  serialNumber: '',
  udi: '',
  homeDepartment: '',
};

/** `PUT /tags/:mac/asset` for an asset that already exists (and has no tag). */
export function bindExistingRequest(assetId: string): BindTagRequest {
  return { assetId };
}

/** `PUT /tags/:mac/asset` creating the asset: fields trimmed, a blank UDI left out. */
export function bindNewRequest(fields: NewAssetFields): BindTagRequest {
  const udi = fields.udi.trim();
  const newAsset: NewAssetRequest = {
    assetTag: fields.assetTag.trim(),
    categoryCode: fields.categoryCode,
    manufacturer: fields.manufacturer.trim(),
    model: fields.model.trim(),
    serialNumber: fields.serialNumber.trim(),
    homeDepartment: fields.homeDepartment.trim(),
    ...(udi ? { udi } : {}),
  };
  return { newAsset };
}
