import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  AssetCategoryDto,
  AssetDto,
  AssetHistoryDto,
  AssetPage,
  AssetQuery,
  NearestAssetsDto,
} from '@wardwatch/contracts';

import { HospitalService } from '../hospital/hospital.service';
import { LocationReaderService } from '../location/location-reader.service';
import { toAssetDto } from './asset.mapper';
import { AssetsRepository } from './assets.repository';
import type { AssetEntity } from './entities/asset.entity';

const DEFAULT_LIMIT = 50;
const DAY_MS = 24 * 3600_000;
const MAX_HISTORY_MS = 31 * DAY_MS;
const MAX_MOVEMENTS = 5000;

@Injectable()
export class AssetsService {
  constructor(
    private readonly assets: AssetsRepository,
    private readonly locations: LocationReaderService,
    private readonly hospital: HospitalService,
  ) {}

  async search(query: AssetQuery): Promise<AssetPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const [rows, total] = await this.assets.search(query, limit, offset);
    return { items: await this.withLocations(rows), total, limit, offset };
  }

  async get(id: string): Promise<AssetDto> {
    const [dto] = await this.withLocations([await this.entity(id)]);
    return dto;
  }

  categories(): Promise<AssetCategoryDto[]> {
    return this.assets.categoriesWithCounts();
  }

  /** Room changes of an asset's tag between from and to (default: the last 24 hours; at most 31 days). */
  async history(id: string, from?: Date, to?: Date): Promise<AssetHistoryDto> {
    const asset = await this.entity(id);
    const end = to ?? new Date();
    const start = from ?? new Date(end.getTime() - DAY_MS);
    if (start >= end) {
      throw new BadRequestException(['from must be before to']);
    }
    if (end.getTime() - start.getTime() > MAX_HISTORY_MS) {
      throw new BadRequestException(['from and to may be at most 31 days apart']);
    }
    const movements = asset.tagId
      ? await this.locations.movements(asset.tagId, start, end, MAX_MOVEMENTS)
      : [];
    return { assetId: id, from: start.toISOString(), to: end.toISOString(), movements };
  }

  async nearestAvailable(category: string, roomId: string, limit: number): Promise<NearestAssetsDto> {
    await this.hospital.getRoom(roomId).catch(() => {
      throw new BadRequestException([`roomId: room ${roomId} does not exist`]);
    });
    const ranked = await this.assets.nearestAvailable(roomId, category, limit);
    const dtos = await this.withLocations(await this.assets.findByIds(ranked.map((r) => r.asset_id)));
    return {
      fromRoomId: roomId,
      category,
      items: ranked.map((r, i) => ({
        asset: dtos[i],
        location: dtos[i].location!,
        distanceM: r.same_floor ? Math.round(r.distance_m * 10) / 10 : null,
        sameFloor: r.same_floor,
        floorsAway: r.floors_away,
      })),
    };
  }

  private async entity(id: string): Promise<AssetEntity> {
    const asset = await this.assets.findById(id);
    if (!asset) {
      throw new NotFoundException(`asset ${id} does not exist`);
    }
    return asset;
  }

  private async withLocations(rows: AssetEntity[]): Promise<AssetDto[]> {
    const locations = await this.locations.locationsOfTags(rows.flatMap((r) => (r.tagId ? [r.tagId] : [])));
    return rows.map((r) => toAssetDto(r, r.tagId ? (locations.get(r.tagId) ?? null) : null));
  }
}
