export const TAG_KINDS = ['asset-tag', 'environment-sensor', 'staff-badge'] as const;
export type TagKind = (typeof TAG_KINDS)[number];
