import type { Role } from '@wardwatch/contracts';

/** Demo-only accounts, one per role, listed in the README. Never seed them into a real hospital. */
export const DEMO_PASSWORD = 'wardwatch-demo';

export const DEMO_USERS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@wardwatch.demo', displayName: 'Alex Admin', role: 'admin' },
  { email: 'biomed@wardwatch.demo', displayName: 'Blake Biomed', role: 'biomed' },
  { email: 'facilities@wardwatch.demo', displayName: 'Frankie Facilities', role: 'facilities' },
  { email: 'supply@wardwatch.demo', displayName: 'Sam Supply', role: 'supply' },
];
