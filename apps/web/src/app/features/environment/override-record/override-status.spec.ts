import type { TemporaryOverrideDto } from '@wardwatch/contracts';

import { overrideStatus } from './override-status';

const override = (patch: Partial<TemporaryOverrideDto>): TemporaryOverrideDto => ({
  id: 'o1',
  temperatureC: { min: 17, max: 24 },
  humidityPct: null,
  requestedBy: 'Dr A. Osei',
  reason: 'Cooler theatre for a long case',
  enteredBy: 'facilities@wardwatch.demo',
  startsAt: '2026-11-21T08:00:00.000Z',
  endsAt: '2026-11-21T12:00:00.000Z',
  endedEarly: null,
  ...patch,
});

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
