import type { Role } from '@wardwatch/contracts';

/** Where each role lands after login and when it opens `/`. */
export const ROLE_HOME: Record<Role, string> = {
  admin: '/floors',
  biomed: '/finder',
  facilities: '/environment',
  supply: '/assets',
};
