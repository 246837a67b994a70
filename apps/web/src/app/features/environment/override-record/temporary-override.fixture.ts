import type { TemporaryOverrideDto } from '@wardwatch/contracts';

/** A temporary override for tests: a surgeon's cooler theatre, 08:00–12:00 UTC on 21 November 2026. */
export const temporaryOverride = (patch: Partial<TemporaryOverrideDto> = {}): TemporaryOverrideDto => ({
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

/** The override as the API answers once `by` ended it early, now, saying why. */
export const endedEarlyNow = (o: TemporaryOverrideDto, by: string, reason: string): TemporaryOverrideDto => ({
  ...o,
  endsAt: new Date().toISOString(),
  endedEarly: { by, reason, plannedEndsAt: o.endsAt },
});
