import { ASSET_STATUSES, type AssetStatus, type Role } from '@wardwatch/contracts';

/**
 * Who may move equipment between statuses. Biomedical engineering owns the equipment's fitness for use
 * (maintenance, out of service, back in service); supply chain runs the clean/dirty loop of the
 * equipment library (in use → needs cleaning → available) and may report an item missing or found;
 * facilities look but do not change equipment status. Administrators may do anything.
 */
const SUPPLY_CHANGES: Readonly<Partial<Record<AssetStatus, readonly AssetStatus[]>>> = {
  available: ['in-use', 'needs-cleaning', 'missing'],
  'in-use': ['available', 'needs-cleaning', 'missing'],
  'needs-cleaning': ['available', 'missing'],
  missing: ['available', 'needs-cleaning'],
};

/** The statuses a user of `role` may set on an asset that is now `from` (never `from` itself). */
export function allowedStatusChanges(role: Role, from: AssetStatus): AssetStatus[] {
  switch (role) {
    case 'admin':
    case 'biomed':
      return ASSET_STATUSES.filter((s) => s !== from);
    case 'supply':
      return [...(SUPPLY_CHANGES[from] ?? [])];
    case 'facilities':
      return [];
  }
}

export function mayChangeStatus(role: Role, from: AssetStatus, to: AssetStatus): boolean {
  return allowedStatusChanges(role, from).includes(to);
}
