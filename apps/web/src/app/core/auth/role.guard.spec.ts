import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, RouterStateSnapshot, UrlTree } from '@angular/router';
import type { Role, UserDto } from '@wardwatch/contracts';
import { provideHttpClient } from '@angular/common/http';
import { roleGuard } from './role.guard';
import { SESSION_STORAGE_KEY } from './stored-session';

function loginAs(role: Role): void {
  const user: UserDto = { id: 'u', email: 'u@example.org', displayName: 'U', role };
  sessionStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ accessToken: 't', expiresAt: Date.now() + 600_000, user }),
  );
}

function runGuard(roles: Role[] | undefined, url = '/gateways'): boolean | UrlTree {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient()] });
  const route = { data: roles ? { roles } : {} } as unknown as ActivatedRouteSnapshot;
  const state = { url } as RouterStateSnapshot;
  return TestBed.runInInjectionContext(() => roleGuard(route, state)) as boolean | UrlTree;
}

describe('roleGuard', () => {
  beforeEach(() => sessionStorage.clear());

  it('lets an allowed role through', () => {
    loginAs('admin');
    expect(runGuard(['admin'])).toBe(true);
  });

  it('sends a role that is not allowed to its own home page', () => {
    loginAs('biomed');
    const result = runGuard(['admin']);
    expect(result).toBeInstanceOf(UrlTree);
    expect(String(result)).toBe('/finder');
  });

  it('sends facilities to room conditions when refused', () => {
    loginAs('facilities');
    expect(String(runGuard(['admin', 'supply']))).toBe('/environment');
  });

  it('closes a route that lists no roles', () => {
    loginAs('admin');
    expect(runGuard(undefined)).toBeInstanceOf(UrlTree);
  });

  it('sends someone not logged in to login with a return URL', () => {
    const result = runGuard(['admin'], '/gateways');
    expect(String(result)).toBe('/login?returnUrl=%2Fgateways');
  });

  it('refuses an expired session', () => {
    const user: UserDto = { id: 'u', email: 'u@example.org', displayName: 'U', role: 'admin' };
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 't', expiresAt: Date.now() - 1, user }),
    );
    expect(String(runGuard(['admin']))).toBe('/login?returnUrl=%2Fgateways');
  });
});
