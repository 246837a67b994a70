import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentLocationDto, MovementDto, TagReadingsDto } from '@wardwatch/contracts';
import { DataSource } from 'typeorm';

interface LocationRow {
  tag_id: string;
  room_id: string;
  room_number: string;
  room_name: string;
  floor_id: string;
  floor_name: string;
  building_id: string;
  confidence: number;
  since: Date;
  last_seen_at: Date;
}

export const toLocationDto = (r: LocationRow): CurrentLocationDto => ({
  roomId: r.room_id,
  roomNumber: r.room_number,
  roomName: r.room_name,
  floorId: r.floor_id,
  floorName: r.floor_name,
  buildingId: r.building_id,
  confidence: Math.round(r.confidence * 1000) / 1000,
  since: r.since.toISOString(),
  lastSeenAt: r.last_seen_at.toISOString(),
});

export const LOCATION_SELECT = `
  p.tag_id, p.room_id, r.number AS room_number, r.name AS room_name, p.floor_id, f.name AS floor_name,
  f.building_id, p.confidence, p.since, p.last_seen_at`;
export const LOCATION_JOIN = `JOIN room r ON r.id = p.room_id JOIN floor f ON f.id = p.floor_id`;

/** Read side of current positions, movement history and latest readings (API process). */
@Injectable()
export class LocationReaderService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async locationsOfTags(tagIds: string[]): Promise<Map<string, CurrentLocationDto>> {
    if (tagIds.length === 0) {
      return new Map();
    }
    const rows: LocationRow[] = await this.db.query(
      `SELECT ${LOCATION_SELECT} FROM tag_position p ${LOCATION_JOIN} WHERE p.tag_id = ANY($1::uuid[])`,
      [tagIds],
    );
    return new Map(rows.map((r) => [r.tag_id, toLocationDto(r)]));
  }

  async latestReadings(tagId: string): Promise<TagReadingsDto | null> {
    const [row] = await this.db.query(
      `SELECT recorded_at, format, temperature_c, humidity_pct, pressure_pa, battery_mv, tx_power_dbm
       FROM telemetry WHERE tag_id = $1 ORDER BY recorded_at DESC LIMIT 1`,
      [tagId],
    );
    if (!row) {
      return null;
    }
    return {
      at: (row.recorded_at as Date).toISOString(),
      format: row.format,
      temperatureC: row.temperature_c,
      humidityPct: row.humidity_pct,
      pressurePa: row.pressure_pa,
      batteryMv: row.battery_mv,
      txPowerDbm: row.tx_power_dbm,
    };
  }

  async movements(tagId: string, from: Date, to: Date, limit: number): Promise<MovementDto[]> {
    return this.movementRows(`m.at >= $2 AND m.at < $3 ORDER BY m.at ASC LIMIT $4`, [tagId, from, to, limit]);
  }

  /** The tag's last room change, with the engine's reason. */
  async lastMovement(tagId: string): Promise<MovementDto | null> {
    const [last] = await this.movementRows(`TRUE ORDER BY m.at DESC LIMIT 1`, [tagId]);
    return last ?? null;
  }

  private async movementRows(whereAndOrder: string, params: unknown[]): Promise<MovementDto[]> {
    const rows = await this.db.query(
      `SELECT m.at, m.from_room_id, fr.name AS from_room_name, m.to_room_id, tr.name AS to_room_name, m.floor_id,
              m.confidence, m.reason
       FROM tag_movement m
       JOIN room tr ON tr.id = m.to_room_id
       LEFT JOIN room fr ON fr.id = m.from_room_id
       WHERE m.tag_id = $1 AND ${whereAndOrder}`,
      params,
    );
    return rows.map((r: Record<string, unknown>) => ({
      at: (r['at'] as Date).toISOString(),
      fromRoomId: r['from_room_id'] as string | null,
      fromRoomName: r['from_room_name'] as string | null,
      toRoomId: r['to_room_id'] as string,
      toRoomName: r['to_room_name'] as string,
      floorId: r['floor_id'] as string,
      confidence: r['confidence'] as number,
      reason: r['reason'] as MovementDto['reason'],
    }));
  }
}
