import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@wardwatch/contracts';

import type { AuthenticatedUser } from './authenticated-user';

export const IS_PUBLIC = 'ww:isPublic';
export const ROLES_KEY = 'ww:roles';

/** Opts a route out of authentication. Use sparingly: login, health, docs. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Restricts a route (or controller) to these roles; without it every signed-in role may call it. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedUser =>
    ctx.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user,
);
