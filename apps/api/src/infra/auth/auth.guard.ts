import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ROLES } from '@wardwatch/contracts';
import type { Request } from 'express';

import { IS_PUBLIC } from './auth.decorators';
import type { AccessTokenClaims, AuthenticatedUser } from './authenticated-user';

/** Global guard: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      throw new UnauthorizedException('authorization: a bearer token is required');
    }
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException('authorization: the token is invalid or has expired');
    }
    if (!(ROLES as readonly string[]).includes(claims.role)) {
      throw new UnauthorizedException('authorization: the token carries no known role');
    }
    request.user = { id: claims.sub, email: claims.email, role: claims.role };
    return true;
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
