import type { AssetStatus } from '@wardwatch/contracts';

/** What the asset finder is filtering on; empty strings mean "any". */
export interface AssetFilters {
  q: string;
  department: string;
  category: string;
  status: AssetStatus | '';
}

export const NO_FILTERS: AssetFilters = { q: '', department: '', category: '', status: '' };

export function sameFilters(a: AssetFilters, b: AssetFilters): boolean {
  return a.q === b.q && a.department === b.department && a.category === b.category && a.status === b.status;
}

export function hasFilters(f: AssetFilters): boolean {
  return !sameFilters(f, NO_FILTERS);
}
