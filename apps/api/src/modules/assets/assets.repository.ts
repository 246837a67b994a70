import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AssetCategoryDto, AssetQuery } from '@wardwatch/contracts';
import { Repository } from 'typeorm';

import { AssetCategoryEntity } from './entities/asset-category.entity';
import { AssetEntity } from './entities/asset.entity';

/** Escapes LIKE wildcards so that a search for "50%" means the text "50%". */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class AssetsRepository {
  constructor(
    @InjectRepository(AssetEntity) private readonly assets: Repository<AssetEntity>,
    @InjectRepository(AssetCategoryEntity) private readonly categories: Repository<AssetCategoryEntity>,
  ) {}

  async search(query: AssetQuery, limit: number, offset: number): Promise<[AssetEntity[], number]> {
    const qb = this.assets
      .createQueryBuilder('asset')
      .innerJoinAndSelect('asset.category', 'category')
      .leftJoinAndSelect('asset.tag', 'tag');
    const q = query.q?.trim();
    if (q) {
      qb.andWhere(
        `(asset.asset_tag ILIKE :q OR asset.serial_number ILIKE :q OR asset.model ILIKE :q
          OR asset.manufacturer ILIKE :q OR category.name ILIKE :q OR asset.udi ILIKE :q OR tag.mac ILIKE :q)`,
        { q: likePattern(q) },
      );
    }
    if (query.category) {
      qb.andWhere('category.code = :category', { category: query.category });
    }
    if (query.status) {
      qb.andWhere('asset.status = :status', { status: query.status });
    }
    if (query.department) {
      qb.andWhere('asset.home_department = :department', { department: query.department });
    }
    return qb.orderBy('asset.asset_tag', 'ASC').take(limit).skip(offset).getManyAndCount();
  }

  findById(id: string): Promise<AssetEntity | null> {
    return this.assets.findOne({ where: { id }, relations: { category: true, tag: true } });
  }

  async categoriesWithCounts(): Promise<AssetCategoryDto[]> {
    const rows = await this.categories
      .createQueryBuilder('category')
      .leftJoin(AssetEntity, 'asset', 'asset.category_id = category.id')
      .select(['category.id AS id', 'category.code AS code', 'category.name AS name'])
      .addSelect('COUNT(asset.id)::int', 'assetCount')
      .groupBy('category.id')
      .orderBy('category.name', 'ASC')
      .getRawMany<AssetCategoryDto>();
    return rows;
  }
}
