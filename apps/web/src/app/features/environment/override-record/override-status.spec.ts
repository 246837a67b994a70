import { overrideStatus } from './override-status';
import { temporaryOverride as override } from './temporary-override.fixture';

describe('overrideStatus', () => {
  const noon = Date.parse('2026-11-21T12:00:00.000Z');

  it('is in force until its end, and ran to its end from that moment on', () => {
    expect(overrideStatus(override({}), noon - 1)).toEqual({ kind: 'in-force' });
    expect(overrideStatus(override({}), noon)).toEqual({ kind: 'ended-as-planned' });
  });

  it('says who ended it early, why, and when it was planned to end, whatever the time now', () => {
    const endedEarly = {
      by: 'facilities@wardwatch.demo',
      reason: 'Case finished',
      plannedEndsAt: '2026-11-21T14:00:00.000Z',
    };
    const o = override({ endsAt: '2026-11-21T10:00:00.000Z', endedEarly });
    expect(overrideStatus(o, noon)).toEqual({ kind: 'ended-early', ...endedEarly });
    expect(overrideStatus(o, Date.parse('2026-11-21T09:00:00.000Z'))).toEqual({
      kind: 'ended-early',
      ...endedEarly,
    });
  });
});
