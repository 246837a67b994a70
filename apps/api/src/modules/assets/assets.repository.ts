import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AssetCategoryDto, AssetQuery, AssetStatus } from '@wardwatch/contracts';
import { In, Repository } from 'typeorm';

import { RoomEntity } from '../hospital/entities/room.entity';
import { TagPositionEntity } from '../location/entities/tag-position.entity';
import { AssetCategoryEntity } from './entities/asset-category.entity';
import { AssetEntity } from './entities/asset.entity';

/** Escapes LIKE wildcards so that a search for "50%" means the text "50%". */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface FloorAssetRow {
  asset_id: string;
  asset_tag: string;
  category_code: string;
  status: AssetStatus;
  tag_mac: string;
  room_id: string;
  confidence: number;
  last_seen_at: Date;
}

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
      .leftJoinAndSelect('asset.tag', 'tag')
      .leftJoin(TagPositionEntity, 'position', 'position.tag_id = tag.id')
      .leftJoin(RoomEntity, 'room', 'room.id = position.room_id');
    const q = query.q?.trim();
    if (q) {
      qb.andWhere(
        `(asset.asset_tag ILIKE :q OR asset.serial_number ILIKE :q OR asset.model ILIKE :q
          OR asset.manufacturer ILIKE :q OR category.name ILIKE :q OR category.code ILIKE :q
          OR asset.udi ILIKE :q OR tag.mac ILIKE :q OR room.number ILIKE :q OR room.name ILIKE :q)`,
        { q: likePattern(q) },
      );
    }
    if (query.tagged !== undefined) {
      qb.andWhere(query.tagged ? 'asset.tag_id IS NOT NULL' : 'asset.tag_id IS NULL');
    }
    if (query.roomId) {
      qb.andWhere('position.room_id = :roomId', { roomId: query.roomId });
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

  /** Assets by id, in the order given. */
  async findByIds(ids: string[]): Promise<AssetEntity[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.assets.find({ where: { id: In(ids) }, relations: { category: true, tag: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Available assets of a category, nearest first to a room: same floor by straight-line distance between
   * room centres, then the same building by floors away, then other buildings. From current positions only.
   */
  async nearestAvailable(roomId: string, category: string, limit: number) {
    return this.assets.query(
      `WITH origin AS (
         SELECT r.floor_id, r.centroid_x AS x, r.centroid_y AS y, f.level, f.building_id
         FROM room r JOIN floor f ON f.id = r.floor_id WHERE r.id = $1)
       SELECT a.id AS asset_id, p.floor_id = o.floor_id AS same_floor, abs(f.level - o.level)::int AS floors_away,
              sqrt(power(r.centroid_x - o.x, 2) + power(r.centroid_y - o.y, 2)) AS distance_m
       FROM asset a
       JOIN asset_category c ON c.id = a.category_id
       JOIN tag_position p ON p.tag_id = a.tag_id
       JOIN room r ON r.id = p.room_id
       JOIN floor f ON f.id = p.floor_id
       CROSS JOIN origin o
       WHERE c.code = $2 AND a.status = 'available'
       ORDER BY (p.floor_id = o.floor_id) DESC, (f.building_id = o.building_id) DESC, abs(f.level - o.level), distance_m, a.asset_tag
       LIMIT $3`,
      [roomId, category, limit],
    ) as Promise<{ asset_id: string; same_floor: boolean; floors_away: number; distance_m: number }[]>;
  }

  /** Every located asset whose tag is on the floor now, for the live map. */
  onFloor(floorId: string): Promise<FloorAssetRow[]> {
    return this.assets.query(
      `SELECT a.id AS asset_id, a.asset_tag, c.code AS category_code, a.status, t.mac AS tag_mac,
              p.room_id, p.confidence, p.last_seen_at
       FROM tag_position p
       JOIN tag t ON t.id = p.tag_id
       JOIN asset a ON a.tag_id = p.tag_id
       JOIN asset_category c ON c.id = a.category_id
       WHERE p.floor_id = $1
       ORDER BY a.asset_tag`,
      [floorId],
    );
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
