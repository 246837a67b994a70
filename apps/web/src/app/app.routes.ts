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
        path: 'finder',
        title: 'Find equipment · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ALL_ROLES },
        loadComponent: () => import('./features/finder/finder-page/finder-page').then((m) => m.FinderPage),
      },
      {
        path: 'assets/:assetId',
        title: 'Asset · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ALL_ROLES },
        loadComponent: () => import('./features/assets/asset-page/asset-page').then((m) => m.AssetPage),
      },
      {
        path: 'rooms/:roomId',
        title: 'Room · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ALL_ROLES },
        loadComponent: () => import('./features/rooms/room-page/room-page').then((m) => m.RoomPage),
      },
      {
        path: 'commissioning',
        title: 'Commissioning · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ['admin', 'biomed'] satisfies Role[] },
        loadComponent: () =>
          import('./features/commissioning/commissioning-page/commissioning-page').then(
            (m) => m.CommissioningPage,
          ),
      },
      {
        path: 'alerts',
        title: 'Alerts · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ALL_ROLES },
        loadComponent: () => import('./features/alerts/alerts-page/alerts-page').then((m) => m.AlertsPage),
      },
      {
        path: 'environment',
        title: 'Room conditions · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ALL_ROLES },
        loadComponent: () =>
          import('./features/environment/environment-page/environment-page').then((m) => m.EnvironmentPage),
      },
      {
        path: 'environment/units/:unitId',
        title: 'Monitored unit · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ALL_ROLES },
        loadComponent: () => import('./features/environment/unit-page/unit-page').then((m) => m.UnitPage),
      },
      {
        path: 'environment/reports',
        title: 'Compliance report · Wardwatch',
        canActivate: [roleGuard],
        data: { roles: ['admin', 'facilities'] satisfies Role[] },
        loadComponent: () =>
          import('./features/environment/report-page/report-page').then((m) => m.ReportPage),
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
