import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, TagDto, TagKind } from '@wardwatch/contracts';
import { normalizeMac } from '@wardwatch/ble';
import { DataSource } from 'typeorm';

import { LocationReaderService } from '../location/location-reader.service';

interface TagRow {
  id: string;
  mac: string;
  kind: TagKind;
  asset_id: string | null;
  asset_tag: string | null;
  last_heard_at: Date | null;
}

@Injectable()
export class TagsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly locations: LocationReaderService,
  ) {}

  async get(macInput: string): Promise<TagDto> {
    const mac = normalizeMac(macInput);
    if (!mac) {
      throw new BadRequestException(['mac must be a MAC address such as C4:7A:11:00:00:01']);
    }
    const [row]: TagRow[] = await this.db.query(
      `SELECT t.id, t.mac, t.kind, a.id AS asset_id, a.asset_tag, t.last_heard_at
       FROM tag t LEFT JOIN asset a ON a.tag_id = t.id WHERE t.mac = $1`,
      [mac],
    );
    if (!row) {
      throw new NotFoundException(`tag ${mac} has never been heard or registered`);
    }
    const [locations, readings] = await Promise.all([
      this.locations.locationsOfTags([row.id]),
      this.locations.latestReadings(row.id),
    ]);
    return { ...this.toDto(row), location: locations.get(row.id) ?? null, readings };
  }

  /**
   * Tags, optionally only those bound to no asset (for commissioning), only those on a floor, or ordered by
   * distance from a room (same floor by straight line between room centres first, then other floors).
   */
  async list(query: {
    unassigned?: boolean;
    kind?: TagKind;
    floorId?: string;
    nearRoomId?: string;
    limit: number;
    offset: number;
  }): Promise<Page<TagDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.unassigned) {
      where.push('a.id IS NULL');
    }
    if (query.kind) {
      params.push(query.kind);
      where.push(`t.kind = $${params.length}`);
    }
    if (query.floorId) {
      params.push(query.floorId);
      where.push(`p.floor_id = $${params.length}`);
    }
    let order = 't.last_heard_at DESC NULLS LAST, t.mac';
    let near = '';
    const orderParams: unknown[] = [];
    if (query.nearRoomId) {
      const [origin] = await this.db.query(
        'SELECT floor_id, centroid_x, centroid_y FROM room WHERE id = $1',
        [query.nearRoomId],
      );
      if (!origin) {
        throw new BadRequestException([`nearRoomId: room ${query.nearRoomId} does not exist`]);
      }
      near = `LEFT JOIN room pr ON pr.id = p.room_id`;
      where.push('p.tag_id IS NOT NULL');
      orderParams.push(origin.floor_id, origin.centroid_x, origin.centroid_y);
      const [f, x, y] = [1, 2, 3].map((k) => `$${params.length + k}`);
      order = `(p.floor_id = ${f}::uuid) DESC, sqrt(power(pr.centroid_x - ${x}::float8, 2) + power(pr.centroid_y - ${y}::float8, 2)), t.mac`;
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const from = `FROM tag t LEFT JOIN asset a ON a.tag_id = t.id LEFT JOIN tag_position p ON p.tag_id = t.id ${near} ${filter}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total ${from}`, params);
    const all = [...params, ...orderParams];
    const rows: TagRow[] = await this.db.query(
      `SELECT t.id, t.mac, t.kind, a.id AS asset_id, a.asset_tag, t.last_heard_at ${from}
       ORDER BY ${order} LIMIT $${all.length + 1} OFFSET $${all.length + 2}`,
      [...all, query.limit, query.offset],
    );
    const locations = await this.locations.locationsOfTags(rows.map((r) => r.id));
    return {
      items: rows.map((r) => ({ ...this.toDto(r), location: locations.get(r.id) ?? null, readings: null })),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  private toDto(r: TagRow): Omit<TagDto, 'location' | 'readings'> {
    return {
      id: r.id,
      mac: r.mac,
      kind: r.kind,
      assetId: r.asset_id,
      assetTag: r.asset_tag,
      lastHeardAt: r.last_heard_at?.toISOString() ?? null,
    };
  }
}
