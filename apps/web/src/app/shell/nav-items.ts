import type { Role } from '@wardwatch/contracts';

export interface NavItem {
  label: string;
  path: string;
}

const FLOOR_PLAN: NavItem = { label: 'Floor plan', path: '/floors' };
const ASSETS: NavItem = { label: 'Assets', path: '/assets' };
const GATEWAYS: NavItem = { label: 'Gateways', path: '/gateways' };
const FINDER: NavItem = { label: 'Find equipment', path: '/finder' };
const COMMISSIONING: NavItem = { label: 'Commissioning', path: '/commissioning' };
const ALERTS: NavItem = { label: 'Alerts', path: '/alerts' };
const ROOM_CONDITIONS: NavItem = { label: 'Room conditions', path: '/environment' };

/** Each role's navigation, its home page first. */
export const NAV_ITEMS: Record<Role, readonly NavItem[]> = {
  admin: [FLOOR_PLAN, FINDER, ASSETS, ROOM_CONDITIONS, COMMISSIONING, GATEWAYS, ALERTS],
  biomed: [FINDER, FLOOR_PLAN, ASSETS, COMMISSIONING, ALERTS],
  facilities: [ROOM_CONDITIONS, FLOOR_PLAN, ASSETS, ALERTS],
  supply: [ASSETS, FINDER, FLOOR_PLAN, ALERTS],
};
