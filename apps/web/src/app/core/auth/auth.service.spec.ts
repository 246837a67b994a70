import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LoginResponse, UserDto } from '@wardwatch/contracts';
import { AuthService } from './auth.service';
import { SESSION_STORAGE_KEY, StoredSession } from './stored-session';

const USER: UserDto = { id: 'u1', email: 'nina@example.org', displayName: 'Nina Park', role: 'biomed' };
const NOW = Date.parse('2026-03-01T08:00:00Z');

function setUp(): { auth: AuthService; http: HttpTestingController } {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { auth: TestBed.inject(AuthService), http: TestBed.inject(HttpTestingController) };
}

function stored(): StoredSession | null {
  const raw = sessionStorage.getItem(SESSION_STORAGE_KEY);
  return raw ? (JSON.parse(raw) as StoredSession) : null;
}

describe('AuthService', () => {
  let now: jest.SpyInstance<number, []>;

  beforeEach(() => {
    sessionStorage.clear();
    now = jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });

  afterEach(() => {
    now.mockRestore();
    TestBed.inject(HttpTestingController).verify();
  });

  it('logs in, storing the token with its expiry in sessionStorage', () => {
    const { auth, http } = setUp();
    let loggedIn: UserDto | undefined;
    auth.login({ email: USER.email, password: 'secret' }).subscribe((u) => (loggedIn = u));

    const req = http.expectOne('/api/v1/auth/login');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: USER.email, password: 'secret' });
    const response: LoginResponse = { accessToken: 'tok-1', tokenType: 'Bearer', expiresIn: 900, user: USER };
    req.flush(response);

    expect(loggedIn).toEqual(USER);
    expect(stored()).toEqual({ accessToken: 'tok-1', expiresAt: NOW + 900_000, user: USER });
    expect(auth.accessToken()).toBe('tok-1');
    expect(auth.user()).toEqual(USER);
    expect(auth.isLoggedIn()).toBe(true);
  });

  it('stores nothing when login fails', () => {
    const { auth, http } = setUp();
    auth.login({ email: USER.email, password: 'wrong' }).subscribe({ error: () => undefined });
    http
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: ['Wrong email or password'] },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(stored()).toBeNull();
    expect(auth.isLoggedIn()).toBe(false);
  });

  it('restores a stored session on start', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'tok-2', expiresAt: NOW + 60_000, user: USER }),
    );
    const { auth } = setUp();
    expect(auth.accessToken()).toBe('tok-2');
    expect(auth.role()).toBe('biomed');
  });

  it('ignores a malformed stored session', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{"accessToken": 42}');
    const { auth } = setUp();
    expect(auth.isLoggedIn()).toBe(false);
    expect(auth.user()).toBeNull();
  });

  it('drops the token once it has expired', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'tok-3', expiresAt: NOW + 60_000, user: USER }),
    );
    const { auth } = setUp();
    expect(auth.accessToken()).toBe('tok-3');

    now.mockReturnValue(NOW + 60_000);
    expect(auth.accessToken()).toBeNull();
    expect(auth.isLoggedIn()).toBe(false);
    expect(auth.user()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('treats a token about to expire as expired', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'tok-4', expiresAt: NOW + 2_000, user: USER }),
    );
    const { auth } = setUp();
    expect(auth.accessToken()).toBeNull();
  });

  it('logs out, clearing the stored session', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'tok-5', expiresAt: NOW + 60_000, user: USER }),
    );
    const { auth } = setUp();
    auth.logout();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(auth.isLoggedIn()).toBe(false);
  });

  it('sends each role to its home page', () => {
    const { auth } = setUp();
    expect(auth.homeUrl()).toBe('/login');
    const homes: Record<UserDto['role'], string> = {
      admin: '/floors',
      biomed: '/finder',
      facilities: '/environment',
      supply: '/assets',
    };
    for (const [role, home] of Object.entries(homes)) {
      sessionStorage.setItem(
        SESSION_STORAGE_KEY,
        JSON.stringify({ accessToken: 't', expiresAt: NOW + 60_000, user: { ...USER, role } }),
      );
      TestBed.resetTestingModule();
      expect(setUp().auth.homeUrl()).toBe(home);
    }
  });
});
