/** Who a user is to Wardwatch; each role sees its own navigation and may do its own things. */
export const ROLES = ['admin', 'biomed', 'facilities', 'supply'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  biomed: 'Biomedical engineering',
  facilities: 'Facilities',
  supply: 'Supply chain',
};
