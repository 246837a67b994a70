import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GatewayPlacement } from '@wardwatch/domain';
import { DataSource } from 'typeorm';

const REFRESH_MS = 30_000;
const MISS_REFRESH_MS = 5_000;

/** Where every gateway hangs (room, floor, point), cached in memory and refreshed in the background. */
@Injectable()
export class GatewayPlacementsService {
  private placements = new Map<string, GatewayPlacement>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The placements; reloaded when stale, or soon after a gateway was asked for that is not known. */
  async get(gatewayIds: Iterable<string> = []): Promise<ReadonlyMap<string, GatewayPlacement>> {
    const age = Date.now() - this.loadedAt;
    let missing = false;
    for (const id of gatewayIds) {
      if (!this.placements.has(id)) {
        missing = true;
        break;
      }
    }
    if (age > REFRESH_MS || (missing && age > MISS_REFRESH_MS)) {
      await this.reload();
    }
    return this.placements;
  }

  private reload(): Promise<void> {
    this.loading ??= this.db
      .query<{ id: string; room_id: string; floor_id: string; x: number; y: number }[]>(
        'SELECT id, room_id, floor_id, x, y FROM gateway WHERE room_id IS NOT NULL',
      )
      .then((rows) => {
        this.placements = new Map(
          rows.map((r) => [
            r.id,
            { gatewayId: r.id, roomId: r.room_id, floorId: r.floor_id, x: r.x, y: r.y },
          ]),
        );
        this.loadedAt = Date.now();
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}
