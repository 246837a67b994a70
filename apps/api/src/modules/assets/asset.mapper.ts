import type { AssetDto, CurrentLocationDto } from '@wardwatch/contracts';

import type { AssetEntity } from './entities/asset.entity';

/** Needs `category` and `tag` joined. */
export const toAssetDto = (a: AssetEntity, location: CurrentLocationDto | null = null): AssetDto => ({
  id: a.id,
  assetTag: a.assetTag,
  categoryCode: a.category?.code ?? '',
  categoryName: a.category?.name ?? '',
  manufacturer: a.manufacturer,
  model: a.model,
  serialNumber: a.serialNumber,
  udi: a.udi,
  homeDepartment: a.homeDepartment,
  status: a.status,
  tagMac: a.tag?.mac ?? null,
  location,
});
