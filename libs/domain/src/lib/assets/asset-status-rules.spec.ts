import { ASSET_STATUSES, ROLES } from '@wardwatch/contracts';

import { allowedStatusChanges, mayChangeStatus } from './asset-status-rules';

describe('asset status rules', () => {
  it('never offers the status an asset already has', () => {
    for (const role of ROLES) {
      for (const from of ASSET_STATUSES) {
        expect(allowedStatusChanges(role, from)).not.toContain(from);
      }
    }
  });

  it('lets biomedical engineering and admins set any other status', () => {
    expect(allowedStatusChanges('biomed', 'out-of-service')).toEqual([
      'available',
      'in-use',
      'needs-cleaning',
      'in-maintenance',
      'missing',
    ]);
    expect(allowedStatusChanges('admin', 'available')).toHaveLength(ASSET_STATUSES.length - 1);
  });

  it('gives supply chain the clean/dirty loop but not maintenance or service decisions', () => {
    expect(mayChangeStatus('supply', 'in-use', 'needs-cleaning')).toBe(true);
    expect(mayChangeStatus('supply', 'needs-cleaning', 'available')).toBe(true);
    expect(mayChangeStatus('supply', 'missing', 'available')).toBe(true);
    expect(mayChangeStatus('supply', 'available', 'out-of-service')).toBe(false);
    expect(mayChangeStatus('supply', 'in-maintenance', 'available')).toBe(false);
    expect(allowedStatusChanges('supply', 'out-of-service')).toEqual([]);
  });

  it('gives facilities no status changes', () => {
    for (const from of ASSET_STATUSES) {
      expect(allowedStatusChanges('facilities', from)).toEqual([]);
    }
  });
});
