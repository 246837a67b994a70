import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@wardwatch/contracts';

import { ROLES_KEY } from './auth.decorators';
import type { AuthenticatedUser } from './authenticated-user';

/** Global guard after AuthGuard: a route's @Roles() must include the caller's role. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!allowed) {
      return true;
    }
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user || !allowed.includes(user.role)) {
      throw new ForbiddenException(
        `role ${user?.role ?? 'none'} may not do this; needs one of: ${allowed.join(', ')}`,
      );
    }
    return true;
  }
}
