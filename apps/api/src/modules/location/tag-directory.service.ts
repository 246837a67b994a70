import { Injectable } from '@nestjs/common';
import type { TagKind } from '@wardwatch/contracts';
import type { EntityManager } from 'typeorm';

export interface TagRef {
  id: string;
  assetId: string | null;
}

const ASSET_BINDING_TTL_MS = 60_000;

/**
 * MAC → tag id (and bound asset), cached. Tags no gateway has reported before are created on first
 * sight as unassigned, so that commissioning can bind them later.
 */
@Injectable()
export class TagDirectoryService {
  private readonly refs = new Map<string, TagRef & { at: number }>();

  async resolve(manager: EntityManager, tags: ReadonlyMap<string, TagKind>): Promise<Map<string, TagRef>> {
    const now = Date.now();
    const result = new Map<string, TagRef>();
    const missing: string[] = [];
    for (const mac of tags.keys()) {
      const ref = this.refs.get(mac);
      if (ref && now - ref.at < ASSET_BINDING_TTL_MS) {
        result.set(mac, ref);
      } else {
        missing.push(mac);
      }
    }
    if (missing.length > 0) {
      await manager.query(
        `INSERT INTO tag (mac, kind) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (mac) DO NOTHING`,
        [missing, missing.map((m) => tags.get(m))],
      );
      const rows: { id: string; mac: string; asset_id: string | null }[] = await manager.query(
        `SELECT t.id, t.mac, a.id AS asset_id FROM tag t LEFT JOIN asset a ON a.tag_id = t.id WHERE t.mac = ANY($1::text[])`,
        [missing],
      );
      for (const row of rows) {
        const ref = { id: row.id, assetId: row.asset_id };
        this.refs.set(row.mac, { ...ref, at: now });
        result.set(row.mac, ref);
      }
    }
    return result;
  }
}
