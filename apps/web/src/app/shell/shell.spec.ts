import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Role, UserDto } from '@wardwatch/contracts';
import { SESSION_STORAGE_KEY } from '../core/auth/stored-session';
import { Shell } from './shell';

async function renderAs(role: Role) {
  const user: UserDto = { id: 'u', email: 'u@example.org', displayName: 'Sam Rivera', role };
  sessionStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ accessToken: 't', expiresAt: Date.now() + 600_000, user }),
  );
  TestBed.configureTestingModule({
    imports: [Shell],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(Shell);
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/v1/auth/me').flush(user);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const links = Array.from(host.querySelectorAll<HTMLAnchorElement>('nav a')).map((a) => [
    a.textContent?.trim(),
    a.getAttribute('href'),
  ]);
  return { fixture, host, links };
}

describe('Shell', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the admin navigation and who is signed in', async () => {
    const { host, links } = await renderAs('admin');
    expect(links).toEqual([
      ['Floor plan', '/floors'],
      ['Find equipment', '/finder'],
      ['Assets', '/assets'],
      ['Room conditions', '/environment'],
      ['Commissioning', '/commissioning'],
      ['Gateways', '/gateways'],
      ['Alerts', '/alerts'],
    ]);
    const user = host.querySelector('[data-testid=current-user]')?.textContent ?? '';
    expect(user).toContain('Sam Rivera');
    expect(user).toContain('Administrator');
  });

  it.each<[Role, string[]]>([
    ['biomed', ['Find equipment', 'Floor plan', 'Assets', 'Commissioning', 'Alerts']],
    ['facilities', ['Room conditions', 'Floor plan', 'Assets', 'Alerts']],
    ['supply', ['Assets', 'Find equipment', 'Floor plan', 'Alerts']],
  ])('gives %s its own navigation, without Gateways', async (role, expected) => {
    const { links } = await renderAs(role);
    expect(links.map(([label]) => label)).toEqual(expected);
  });

  it('logs out and returns to the login page', async () => {
    const { host } = await renderAs('supply');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const logout = Array.from(host.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Log out'),
    );
    expect(logout).toBeDefined();
    logout?.click();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith('/login');
  });
});
