import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';

import { bearerToken } from '../../infra/auth/auth.guard';
import { AuthenticatedGateway, GatewayAuthService } from './gateway-auth.service';

export type GatewayRequest = Request & { gateway?: AuthenticatedGateway };

/** Ingest routes are called by gateways, not people: `Authorization: Bearer <gateway ingest key>`. */
@Injectable()
export class GatewayKeyGuard implements CanActivate {
  constructor(private readonly auth: GatewayAuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    const key = bearerToken(request.headers.authorization);
    if (!key) {
      throw new UnauthorizedException('authorization: a gateway ingest key is required (Bearer <key>)');
    }
    const gateway = await this.auth.byKey(key);
    if (!gateway) {
      throw new UnauthorizedException('authorization: unknown gateway ingest key');
    }
    request.gateway = gateway;
    return true;
  }
}
