import { inject } from '@angular/core';
import { Route } from '@angular/router';
import type { Role } from '@wardwatch/contracts';
import { authGuard, guestGuard } from './core/auth/auth.guard';
import { AuthService } from './core/auth/auth.service';
import { roleGuard } from './core/auth/role.guard';
import { Shell } from './shell/shell';

const ALL_ROLES: readonly Role[] = ['admin', 'biomed', 'facilities', 'supply'];

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'Sign in · Wardwatch',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/login/login-page/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => inject(AuthService).homeUrl() },
      {
        path: 'floors',
        title: 'Floor plan · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ALL_ROLES },
        loadComponent: () =>
          import('./features/floors/floor-plan-page/floor-plan-page').then((m) => m.FloorPlanPage),
      },
      {
        path: 'floors/:floorId',
        title: 'Floor plan · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ALL_ROLES },
        loadComponent: () =>
          import('./features/floors/floor-plan-page/floor-plan-page').then((m) => m.FloorPlanPage),
      },
      {
        path: 'assets',
        title: 'Assets · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ALL_ROLES },
        loadComponent: () => import('./features/assets/assets-page/assets-page').then((m) => m.AssetsPage),
      },
      {
        path: 'gateways',
        title: 'Gateways · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ['admin'] satisfies Role[] },
        loadComponent: () =>
          import('./features/gateways/gateways-page/gateways-page').then((m) => m.GatewaysPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
