import type { Role } from '@wardwatch/contracts';

/** What a verified bearer token says about its holder. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
}

/** The JWT claims Wardwatch signs. */
export interface AccessTokenClaims {
  sub: string;
  email: string;
  role: Role;
}
