import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { GatewayEntity } from '../gateways/entities/gateway.entity';
import { hashGatewayKey } from '../gateways/gateway-key';

export interface AuthenticatedGateway {
  id: string;
  mac: string;
  floorId: string;
}

const CACHE_TTL_MS = 30_000;
const CACHE_MAX = 20_000;

/** Resolves an ingest key to its gateway; hits are cached briefly so ingest does not query per POST. */
@Injectable()
export class GatewayAuthService {
  private readonly cache = new Map<string, { gateway: AuthenticatedGateway | null; expires: number }>();

  constructor(@InjectRepository(GatewayEntity) private readonly gateways: Repository<GatewayEntity>) {}

  async byKey(key: string): Promise<AuthenticatedGateway | null> {
    const hash = hashGatewayKey(key);
    const now = Date.now();
    const cached = this.cache.get(hash);
    if (cached && cached.expires > now) {
      return cached.gateway;
    }
    const row = await this.gateways.findOne({
      where: { keyHash: hash },
      select: { id: true, mac: true, floorId: true },
    });
    const gateway = row ? { id: row.id, mac: row.mac, floorId: row.floorId } : null;
    if (this.cache.size >= CACHE_MAX) {
      this.cache.clear();
    }
    this.cache.set(hash, { gateway, expires: now + (gateway ? CACHE_TTL_MS : 2_000) });
    return gateway;
  }
}
