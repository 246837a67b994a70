import type { UserDto } from '@wardwatch/contracts';

/** What the web app keeps in sessionStorage after a successful login. */
export interface StoredSession {
  accessToken: string;
  /** Epoch milliseconds after which the token must no longer be used. */
  expiresAt: number;
  user: UserDto;
}

export const SESSION_STORAGE_KEY = 'wardwatch.session';

/** Reads a stored session, rejecting anything malformed (an old format, a hand-edited value). */
export function parseStoredSession(raw: string | null): StoredSession | null {
  if (!raw) {
    return null;
  }
  try {
    const value = JSON.parse(raw) as Partial<StoredSession> | null;
    if (
      value &&
      typeof value.accessToken === 'string' &&
      typeof value.expiresAt === 'number' &&
      value.user &&
      typeof value.user.role === 'string'
    ) {
      return value as StoredSession;
    }
  } catch {
    // Not JSON: treat as no session.
  }
  return null;
}
