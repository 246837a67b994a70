import type { Role } from '@wardwatch/contracts';

export interface NavItem {
  label: string;
  path: string;
}

const FLOOR_PLAN: NavItem = { label: 'Floor plan', path: '/floors' };
const ASSETS: NavItem = { label: 'Assets', path: '/assets' };
const GATEWAYS: NavItem = { label: 'Gateways', path: '/gateways' };

/** Each role's navigation, its home page first. */
export const NAV_ITEMS: Record<Role, readonly NavItem[]> = {
  admin: [FLOOR_PLAN, ASSETS, GATEWAYS],
  biomed: [ASSETS, FLOOR_PLAN],
  facilities: [FLOOR_PLAN, ASSETS],
  supply: [ASSETS, FLOOR_PLAN],
};
