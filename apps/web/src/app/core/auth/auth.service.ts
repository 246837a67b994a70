import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { LoginRequest, LoginResponse, Role, UserDto } from '@wardwatch/contracts';
import { Observable, map, tap } from 'rxjs';
import { ROLE_HOME } from './role-home';
import { parseStoredSession, SESSION_STORAGE_KEY, StoredSession } from './stored-session';

/** Stop using a token this long before the server says it expires, so requests don't die in flight. */
const EXPIRY_MARGIN_MS = 5_000;

/** Holds who is logged in. The token lives in sessionStorage, so it ends with the browser tab. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly session = signal<StoredSession | null>(this.readStorage());

  readonly user = computed<UserDto | null>(() => this.session()?.user ?? null);
  readonly role = computed<Role | null>(() => this.session()?.user.role ?? null);

  login(credentials: LoginRequest): Observable<UserDto> {
    return this.http.post<LoginResponse>('/api/v1/auth/login', credentials).pipe(
      tap((response) => this.store(response)),
      map((response) => response.user),
    );
  }

  /** Refreshes the user's name and role from the server (the token stays as it is). */
  refreshUser(): Observable<UserDto> {
    return this.http.get<UserDto>('/api/v1/auth/me').pipe(
      tap((user) => {
        const current = this.session();
        if (current) {
          this.write({ ...current, user });
        }
      }),
    );
  }

  logout(): void {
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
    this.session.set(null);
  }

  /** The bearer token, or null when there is none or it has expired (an expired one is dropped). */
  accessToken(): string | null {
    const current = this.session();
    if (!current) {
      return null;
    }
    if (Date.now() >= current.expiresAt - EXPIRY_MARGIN_MS) {
      this.logout();
      return null;
    }
    return current.accessToken;
  }

  isLoggedIn(): boolean {
    return this.accessToken() !== null;
  }

  hasRole(roles: readonly Role[]): boolean {
    const role = this.isLoggedIn() ? this.role() : null;
    return role !== null && roles.includes(role);
  }

  /** The landing page for the current user, or the login page when nobody is logged in. */
  homeUrl(): string {
    const role = this.isLoggedIn() ? this.role() : null;
    return role ? ROLE_HOME[role] : '/login';
  }

  private store(response: LoginResponse): void {
    this.write({
      accessToken: response.accessToken,
      expiresAt: Date.now() + response.expiresIn * 1000,
      user: response.user,
    });
  }

  private write(session: StoredSession): void {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    this.session.set(session);
  }

  private readStorage(): StoredSession | null {
    return parseStoredSession(sessionStorage.getItem(SESSION_STORAGE_KEY));
  }
}
