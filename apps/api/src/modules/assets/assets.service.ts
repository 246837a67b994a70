import {
  BadRequestException,
  ForbiddenException,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AssetCategoryDto,
  AssetDetailDto,
  AssetDto,
  AssetStatus,
  FloorAssetsDto,
  AssetHistoryDto,
  AssetPage,
  AssetQuery,
  NearestAssetsDto,
} from '@wardwatch/contracts';

import { allowedStatusChanges, mayChangeStatus } from '@wardwatch/domain';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../../infra/auth/authenticated-user';
import { RealtimePublisher } from '../../infra/redis/realtime-publisher';
import { HospitalService } from '../hospital/hospital.service';
import { LocationReaderService } from '../location/location-reader.service';
import { toAssetDto } from './asset.mapper';
import { AssetAuditRepository } from './asset-audit.repository';
import { AssetsRepository } from './assets.repository';
import type { AssetEntity } from './entities/asset.entity';

const DEFAULT_LIMIT = 50;
const DAY_MS = 24 * 3600_000;
const MAX_HISTORY_MS = 31 * DAY_MS;
const MAX_MOVEMENTS = 5000;
const AUDIT_SHOWN = 20;

@Injectable()
export class AssetsService {
  private readonly logger = new Logger(AssetsService.name);

  constructor(
    private readonly assets: AssetsRepository,
    private readonly audit: AssetAuditRepository,
    private readonly locations: LocationReaderService,
    private readonly hospital: HospitalService,
    private readonly publisher: RealtimePublisher,
    @InjectDataSource() private readonly db: DataSource,
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

  /** The asset page: identity, status and what this user may change it to, place, last move, readings. */
  async detail(id: string, user: AuthenticatedUser): Promise<AssetDetailDto> {
    const asset = await this.entity(id);
    const [[dto], lastMove, readings, audit] = await Promise.all([
      this.withLocations([asset]),
      asset.tagId ? this.locations.lastMovement(asset.tagId) : null,
      asset.tagId ? this.locations.latestReadings(asset.tagId) : null,
      this.audit.latest(id, AUDIT_SHOWN),
    ]);
    return {
      ...dto,
      allowedStatusChanges: allowedStatusChanges(user.role, asset.status),
      lastMove,
      lastHeardAt: asset.tag?.lastHeardAt?.toISOString() ?? null,
      readings,
      audit,
    };
  }

  /** Sets the status if the user's role allows that change; audited, and pushed to the live maps. */
  async changeStatus(
    id: string,
    user: AuthenticatedUser,
    status: AssetStatus,
    note?: string,
  ): Promise<AssetDetailDto> {
    const asset = await this.entity(id);
    if (asset.status === status) {
      throw new BadRequestException([`status: asset ${asset.assetTag} is already ${status}`]);
    }
    if (!mayChangeStatus(user.role, asset.status, status)) {
      const allowed = allowedStatusChanges(user.role, asset.status);
      throw new ForbiddenException([
        `status: a ${user.role} user may not change ${asset.assetTag} from ${asset.status} to ${status}` +
          (allowed.length
            ? ` (allowed: ${allowed.join(', ')})`
            : ' (no status changes are allowed for this role)'),
      ]);
    }
    await this.db.transaction(async (manager) => {
      const [, updated] = await manager.query(
        `UPDATE asset SET status = $2, updated_at = now() WHERE id = $1 AND status = $3`,
        [id, status, asset.status],
      );
      if (updated !== 1) {
        throw new BadRequestException([
          `status: asset ${asset.assetTag} changed meanwhile; reload and try again`,
        ]);
      }
      await this.audit.record(manager, {
        assetId: id,
        action: 'status-changed',
        userId: user.id,
        from: asset.status,
        to: status,
        note: note?.trim() || null,
      });
    });
    this.logger.log({ assetId: id, from: asset.status, to: status, userId: user.id }, 'asset status changed');
    const detail = await this.detail(id, user);
    await this.publishChange(detail.id, detail.status, detail.tagMac, detail.location?.floorId ?? null);
    return detail;
  }

  /** Every located asset on a floor, for the live map's markers. */
  async onFloor(floorId: string): Promise<FloorAssetsDto> {
    await this.hospital.floorEntity(floorId);
    const rows = await this.assets.onFloor(floorId);
    return {
      floorId,
      items: rows.map((r) => ({
        assetId: r.asset_id,
        assetTag: r.asset_tag,
        categoryCode: r.category_code,
        status: r.status,
        tagMac: r.tag_mac,
        roomId: r.room_id,
        confidence: Math.round(r.confidence * 1000) / 1000,
        lastSeenAt: r.last_seen_at.toISOString(),
      })),
    };
  }

  /** Tells the live maps of the floor the asset is on. */
  async publishChange(
    assetId: string,
    status: AssetStatus,
    tagMac: string | null,
    floorId: string | null,
  ): Promise<void> {
    if (!floorId) {
      return;
    }
    await this.publisher
      .assetChanged({
        floorIds: [floorId],
        change: { assetId, status, tagMac, at: new Date().toISOString() },
      })
      .catch((error: unknown) =>
        this.logger.warn({ err: error, assetId }, 'could not publish an asset change'),
      );
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
