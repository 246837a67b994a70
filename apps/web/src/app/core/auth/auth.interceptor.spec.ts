import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { UserDto } from '@wardwatch/contracts';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';
import { SESSION_STORAGE_KEY } from './stored-session';

@Component({ selector: 'ww-blank', template: '' })
class Blank {}

const USER: UserDto = { id: 'u1', email: 'a@example.org', displayName: 'Ada Admin', role: 'admin' };

function storeSession(token: string, expiresAt = Date.now() + 600_000): void {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: token, expiresAt, user: USER }));
}

describe('authInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;
  let router: Router;

  function setUp(): void {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', component: Blank },
          { path: 'assets', component: Blank },
        ]),
      ],
    });
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  }

  beforeEach(() => sessionStorage.clear());
  afterEach(() => controller.verify());

  it('adds the bearer token to API requests', () => {
    storeSession('tok-abc');
    setUp();
    http.get('/api/v1/buildings').subscribe();
    const req = controller.expectOne('/api/v1/buildings');
    expect(req.request.headers.get('Authorization')).toBe('Bearer tok-abc');
    req.flush([]);
  });

  it('sends no Authorization header without a session', () => {
    setUp();
    http.get('/api/v1/buildings').subscribe({ error: () => undefined });
    const req = controller.expectOne('/api/v1/buildings');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush([]);
  });

  it('does not send the token to other origins or to the login call', () => {
    storeSession('tok-abc');
    setUp();
    http.get('https://example.org/api/x').subscribe();
    http.post('/api/v1/auth/login', {}).subscribe();
    expect(controller.expectOne('https://example.org/api/x').request.headers.has('Authorization')).toBe(
      false,
    );
    expect(controller.expectOne('/api/v1/auth/login').request.headers.has('Authorization')).toBe(false);
  });

  it('on 401 logs out and goes to the login page, keeping the wanted URL', async () => {
    storeSession('tok-old');
    setUp();
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    jest.spyOn(router, 'url', 'get').mockReturnValue('/assets?q=pump');
    const auth = TestBed.inject(AuthService);

    let failure: unknown;
    http.get('/api/v1/assets').subscribe({ error: (e) => (failure = e) });
    controller
      .expectOne('/api/v1/assets')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: ['Token expired'] },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(auth.isLoggedIn()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/assets?q=pump' } });
    expect(failure).toBeInstanceOf(HttpErrorResponse);
    expect((failure as HttpErrorResponse).status).toBe(401);
  });

  it('keeps the return URL when several requests fail with 401 together', async () => {
    storeSession('tok-old');
    setUp();
    await router.navigateByUrl('/assets?q=pump');
    const navigate = jest.spyOn(router, 'navigate');

    for (const url of ['/api/v1/auth/me', '/api/v1/assets', '/api/v1/asset-categories']) {
      http.get(url).subscribe({ error: () => undefined });
    }
    for (const req of controller.match(() => true)) {
      req.flush(
        { statusCode: 401, error: 'Unauthorized', message: ['Token expired'] },
        { status: 401, statusText: 'Unauthorized' },
      );
    }
    await new Promise((resolve) => setTimeout(resolve));

    expect(navigate).toHaveBeenCalledTimes(1);
    expect(router.url).toBe('/login?returnUrl=%2Fassets%3Fq%3Dpump');
  });

  it('leaves the session alone on 403', () => {
    storeSession('tok-abc');
    setUp();
    const navigate = jest.spyOn(router, 'navigate');
    http.get('/api/v1/gateways').subscribe({ error: () => undefined });
    controller
      .expectOne((r) => r.url === '/api/v1/gateways')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: ['Forbidden'] },
        { status: 403, statusText: 'Forbidden' },
      );

    expect(TestBed.inject(AuthService).isLoggedIn()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not redirect when the login call itself answers 401', () => {
    setUp();
    const navigate = jest.spyOn(router, 'navigate');
    http.post('/api/v1/auth/login', {}).subscribe({ error: () => undefined });
    controller
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: ['Wrong email or password'] },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(navigate).not.toHaveBeenCalled();
  });
});
