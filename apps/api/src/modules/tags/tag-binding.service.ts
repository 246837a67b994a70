import { BadRequestException, ConflictException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TagDto } from '@wardwatch/contracts';
import { normalizeMac } from '@wardwatch/ble';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthenticatedUser } from '../../infra/auth/authenticated-user';
import { AssetAuditRepository } from '../assets/asset-audit.repository';
import { AssetsService } from '../assets/assets.service';
import type { BindTagDto, NewAssetDto } from './dto/bind-tag.dto';
import { TagsService } from './tags.service';

/**
 * Commissioning: binds a tag to an asset (existing, or created here) and unbinds it. One tag per asset
 * and one asset per tag; each step is audited on the asset and pushed to the live map.
 */
@Injectable()
export class TagBindingService {
  private readonly logger = new Logger(TagBindingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tags: TagsService,
    private readonly assets: AssetsService,
    private readonly audit: AssetAuditRepository,
  ) {}

  async bind(macInput: string, body: BindTagDto, user: AuthenticatedUser): Promise<TagDto> {
    const mac = this.mac(macInput);
    if (Boolean(body.assetId) === Boolean(body.newAsset)) {
      throw new BadRequestException([
        'give either assetId (an existing asset) or newAsset (a new one), not both',
      ]);
    }
    const assetId = await this.db.transaction(async (manager) => {
      // A tag scanned before any gateway heard it is registered here.
      await manager.query(
        `INSERT INTO tag (mac, kind) VALUES ($1, 'asset-tag') ON CONFLICT (mac) DO NOTHING`,
        [mac],
      );
      const [tag] = await manager.query(
        `SELECT t.id, a.id AS asset_id, a.asset_tag FROM tag t LEFT JOIN asset a ON a.tag_id = t.id
         WHERE t.mac = $1 FOR UPDATE OF t`,
        [mac],
      );
      if (tag.asset_id) {
        throw new ConflictException([
          `tag ${mac} is already bound to asset ${tag.asset_tag}; unbind it first`,
        ]);
      }
      const id = body.newAsset
        ? await this.createAsset(manager, body.newAsset, user)
        : await this.existingWithoutTag(manager, body.assetId!);
      await manager.query(`UPDATE asset SET tag_id = $2, updated_at = now() WHERE id = $1`, [id, tag.id]);
      await this.audit.record(manager, {
        assetId: id,
        action: 'tag-bound',
        userId: user.id,
        from: null,
        to: mac,
        note: null,
      });
      return id;
    });
    this.logger.log({ mac, assetId, userId: user.id }, 'tag bound');
    return this.announce(mac, assetId);
  }

  async unbind(macInput: string, user: AuthenticatedUser): Promise<TagDto> {
    const mac = this.mac(macInput);
    const assetId = await this.db.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT a.id FROM asset a JOIN tag t ON t.id = a.tag_id WHERE t.mac = $1 FOR UPDATE OF a`,
        [mac],
      );
      if (!row) {
        throw new ConflictException([`tag ${mac} is not bound to any asset`]);
      }
      await manager.query(`UPDATE asset SET tag_id = NULL, updated_at = now() WHERE id = $1`, [row.id]);
      await this.audit.record(manager, {
        assetId: row.id,
        action: 'tag-unbound',
        userId: user.id,
        from: mac,
        to: null,
        note: null,
      });
      return row.id as string;
    });
    this.logger.log({ mac, assetId, userId: user.id }, 'tag unbound');
    const tag = await this.tags.get(mac);
    const asset = await this.assets.get(assetId);
    await this.assets.publishChange(assetId, asset.status, null, tag.location?.floorId ?? null);
    return tag;
  }

  private async announce(mac: string, assetId: string): Promise<TagDto> {
    const tag = await this.tags.get(mac);
    const asset = await this.assets.get(assetId);
    await this.assets.publishChange(assetId, asset.status, mac, tag.location?.floorId ?? null);
    return tag;
  }

  private async existingWithoutTag(manager: EntityManager, assetId: string): Promise<string> {
    const [asset] = await manager.query(
      `SELECT a.id, a.asset_tag, t.mac FROM asset a LEFT JOIN tag t ON t.id = a.tag_id WHERE a.id = $1 FOR UPDATE OF a`,
      [assetId],
    );
    if (!asset) {
      throw new BadRequestException([`assetId: asset ${assetId} does not exist`]);
    }
    if (asset.mac) {
      throw new ConflictException([`asset ${asset.asset_tag} already has tag ${asset.mac}; unbind it first`]);
    }
    return asset.id;
  }

  private async createAsset(
    manager: EntityManager,
    dto: NewAssetDto,
    user: AuthenticatedUser,
  ): Promise<string> {
    const [category] = await manager.query(`SELECT id FROM asset_category WHERE code = $1`, [
      dto.categoryCode,
    ]);
    if (!category) {
      throw new BadRequestException([`newAsset.categoryCode: no category ${dto.categoryCode}`]);
    }
    const [clash] = await manager.query(
      `SELECT asset_tag FROM asset WHERE asset_tag = $1 OR (manufacturer = $2 AND serial_number = $3)`,
      [dto.assetTag.trim(), dto.manufacturer.trim(), dto.serialNumber.trim()],
    );
    if (clash) {
      throw new ConflictException([
        `newAsset: asset ${clash.asset_tag} already has this asset tag or this manufacturer and serial number`,
      ]);
    }
    const [created] = await manager.query(
      `INSERT INTO asset (asset_tag, category_id, manufacturer, model, serial_number, udi, home_department, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'available') RETURNING id`,
      [
        dto.assetTag.trim(),
        category.id,
        dto.manufacturer.trim(),
        dto.model.trim(),
        dto.serialNumber.trim(),
        dto.udi?.trim() || null,
        dto.homeDepartment.trim(),
      ],
    );
    await this.audit.record(manager, {
      assetId: created.id,
      action: 'created',
      userId: user.id,
      from: null,
      to: 'available',
      note: 'Created while commissioning a tag',
    });
    return created.id;
  }

  private mac(input: string): string {
    const mac = normalizeMac(input);
    if (!mac) {
      throw new BadRequestException(['mac must be a MAC address such as C4:7A:11:00:00:01']);
    }
    return mac;
  }
}
