import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssetAuditAction, AssetAuditEntryDto } from '@wardwatch/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface AssetAuditRecord {
  assetId: string;
  action: AssetAuditAction;
  userId: string | null;
  from: string | null;
  to: string | null;
  note: string | null;
}

/** The append-only trail of status changes and tag bindings. */
@Injectable()
export class AssetAuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(manager: EntityManager, r: AssetAuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO asset_audit (asset_id, action, user_id, from_value, to_value, note) VALUES ($1, $2, $3, $4, $5, $6)`,
      [r.assetId, r.action, r.userId, r.from, r.to, r.note],
    );
  }

  async latest(assetId: string, limit: number): Promise<AssetAuditEntryDto[]> {
    const rows: {
      at: Date;
      action: AssetAuditAction;
      email: string | null;
      from_value: string | null;
      to_value: string | null;
      note: string | null;
    }[] = await this.db.query(
      `SELECT x.at, x.action, u.email, x.from_value, x.to_value, x.note
       FROM asset_audit x LEFT JOIN app_user u ON u.id = x.user_id
       WHERE x.asset_id = $1 ORDER BY x.at DESC, x.id DESC LIMIT $2`,
      [assetId, limit],
    );
    return rows.map((r) => ({
      at: r.at.toISOString(),
      action: r.action,
      by: r.email,
      from: r.from_value,
      to: r.to_value,
      note: r.note,
    }));
  }
}
