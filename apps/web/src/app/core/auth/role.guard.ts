import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@wardwatch/contracts';
import { AuthService } from './auth.service';

/**
 * Allows the route only for the roles in `data.roles`. A route without `data.roles` is closed:
 * forgetting to list roles must not open a page to everyone. Others are sent to their home page.
 */
export const roleGuard: CanActivateFn = (route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (!auth.isLoggedIn()) {
    return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  }
  const roles = route.data['roles'] as readonly Role[] | undefined;
  if (roles && auth.hasRole(roles)) {
    return true;
  }
  return router.parseUrl(auth.homeUrl());
};
