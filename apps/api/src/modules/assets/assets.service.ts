import { Injectable, NotFoundException } from '@nestjs/common';
import type { AssetCategoryDto, AssetDto, AssetPage, AssetQuery } from '@wardwatch/contracts';

import { toAssetDto } from './asset.mapper';
import { AssetsRepository } from './assets.repository';

const DEFAULT_LIMIT = 50;

@Injectable()
export class AssetsService {
  constructor(private readonly assets: AssetsRepository) {}

  async search(query: AssetQuery): Promise<AssetPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const [rows, total] = await this.assets.search(query, limit, offset);
    return { items: rows.map(toAssetDto), total, limit, offset };
  }

  async get(id: string): Promise<AssetDto> {
    const asset = await this.assets.findById(id);
    if (!asset) {
      throw new NotFoundException(`asset ${id} does not exist`);
    }
    return toAssetDto(asset);
  }

  categories(): Promise<AssetCategoryDto[]> {
    return this.assets.categoriesWithCounts();
  }
}
