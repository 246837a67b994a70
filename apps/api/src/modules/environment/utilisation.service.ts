import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UtilisationDayDto, UtilisationReportDto } from '@wardwatch/contracts';
import { normalizeMac } from '@wardwatch/ble';
import { DataSource } from 'typeorm';

const MAX_DAYS = 367;

interface DayRow {
  asset_id: string;
  asset_tag: string;
  category_code: string;
  in_use_above_w: number;
  day: string;
  in_use: number;
  observed: number;
}

const ratio = (inUse: number, observed: number) =>
  observed > 0 ? Math.round((inUse / observed) * 10_000) / 10_000 : null;

/**
 * Equipment utilisation from power: a minute is in use when the plug's mean draw that minute is above
 * the asset's threshold; utilisation is in-use minutes over minutes with a power reading, per local day,
 * per asset and summed per category. Read from the per-minute rollups.
 */
@Injectable()
export class UtilisationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async setPlug(
    assetId: string,
    macInput: string,
    inUseAboveW: number,
  ): Promise<{ assetId: string; mac: string; inUseAboveW: number }> {
    const mac = normalizeMac(macInput);
    if (!mac) {
      throw new BadRequestException(['mac must be a MAC address such as C4:7A:11:00:00:99']);
    }
    const [asset] = await this.db.query(`SELECT id FROM asset WHERE id = $1`, [assetId]);
    if (!asset) {
      throw new NotFoundException(`asset ${assetId} does not exist`);
    }
    await this.db.query(
      `INSERT INTO tag (mac, kind) VALUES ($1, 'environment-sensor') ON CONFLICT (mac) DO NOTHING`,
      [mac],
    );
    const [other] = await this.db.query(
      `SELECT a.asset_tag FROM asset_plug p JOIN tag t ON t.id = p.tag_id JOIN asset a ON a.id = p.asset_id
       WHERE t.mac = $1 AND p.asset_id <> $2`,
      [mac, assetId],
    );
    if (other) {
      throw new BadRequestException([`mac: plug ${mac} already powers ${other.asset_tag}`]);
    }
    await this.db.query(
      `INSERT INTO asset_plug (asset_id, tag_id, in_use_above_w) SELECT $1, id, $3 FROM tag WHERE mac = $2
       ON CONFLICT (asset_id) DO UPDATE SET tag_id = excluded.tag_id, in_use_above_w = excluded.in_use_above_w`,
      [assetId, mac, inUseAboveW],
    );
    return { assetId, mac, inUseAboveW };
  }

  async report(from: string, to: string, category?: string): Promise<UtilisationReportDto> {
    const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
    if (!(span >= 1) || span > MAX_DAYS) {
      throw new BadRequestException([`from must be on or before to, at most ${MAX_DAYS} days apart`]);
    }
    const [{ timezone }] = await this.db.query(
      `SELECT coalesce((SELECT timezone FROM site ORDER BY name LIMIT 1), 'UTC') AS timezone`,
    );
    const rows: DayRow[] = await this.db.query(
      `SELECT a.id AS asset_id, a.asset_tag, c.code AS category_code, p.in_use_above_w,
              to_char(m.bucket AT TIME ZONE $3, 'YYYY-MM-DD') AS day,
              count(*) FILTER (WHERE m.power_sum / m.power_n > p.in_use_above_w)::int AS in_use,
              count(*)::int AS observed
       FROM asset_plug p
       JOIN asset a ON a.id = p.asset_id JOIN asset_category c ON c.id = a.category_id
       JOIN telemetry_minute m ON m.tag_id = p.tag_id AND m.power_n > 0
       WHERE m.bucket >= ($1::date::timestamp AT TIME ZONE $3) AND m.bucket < (($2::date + 1)::timestamp AT TIME ZONE $3)
         AND ($4::text IS NULL OR c.code = $4)
       GROUP BY 1, 2, 3, 4, 5 ORDER BY a.asset_tag, day`,
      [from, to, timezone, category ?? null],
    );
    const assets = new Map<string, UtilisationReportDto['assets'][number]>();
    const categories = new Map<
      string,
      { assets: Set<string>; days: Map<string, { inUse: number; observed: number }> }
    >();
    for (const r of rows) {
      const day: UtilisationDayDto = {
        day: r.day,
        inUseMinutes: r.in_use,
        observedMinutes: r.observed,
        utilisation: ratio(r.in_use, r.observed),
      };
      const asset = assets.get(r.asset_id) ?? {
        assetId: r.asset_id,
        assetTag: r.asset_tag,
        categoryCode: r.category_code,
        inUseAboveW: r.in_use_above_w,
        days: [],
      };
      asset.days.push(day);
      assets.set(r.asset_id, asset);
      const cat = categories.get(r.category_code) ?? { assets: new Set<string>(), days: new Map() };
      cat.assets.add(r.asset_id);
      const d = cat.days.get(r.day) ?? { inUse: 0, observed: 0 };
      d.inUse += r.in_use;
      d.observed += r.observed;
      cat.days.set(r.day, d);
      categories.set(r.category_code, cat);
    }
    return {
      from,
      to,
      timezone,
      assets: [...assets.values()],
      categories: [...categories].map(([categoryCode, c]) => ({
        categoryCode,
        assets: c.assets.size,
        days: [...c.days]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([day, d]) => ({
            day,
            inUseMinutes: d.inUse,
            observedMinutes: d.observed,
            utilisation: ratio(d.inUse, d.observed),
          })),
      })),
    };
  }
}
