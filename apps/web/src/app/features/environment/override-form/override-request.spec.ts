import { initialOverrideForm, type OverrideForm, overrideRequest, toDateTimeLocal } from './override-request';

const NOW = new Date(2026, 10, 21, 9, 2).getTime(); // local time, as the form works in it

const form = (over: Partial<OverrideForm> = {}): OverrideForm => ({
  ...initialOverrideForm({ min: 20, max: 24 }, { min: 20, max: 60 }, NOW),
  requestedBy: 'Dr A. Osei',
  reason: 'Neonatal case, colder theatre',
  ...over,
});

describe('initialOverrideForm', () => {
  it('starts from the limits in force, until four hours from now on a five-minute step', () => {
    const f = initialOverrideForm({ min: 20, max: 24 }, null, NOW);
    expect(f.temperatureMin).toBe('20');
    expect(f.temperatureMax).toBe('24');
    expect(f.humidityMin).toBe('');
    expect(f.until).toBe('2026-11-21T13:05');
  });
});

describe('overrideRequest', () => {
  it('builds the request with who asked, why and until when', () => {
    const result = overrideRequest(form({ temperatureMin: '17', temperatureMax: '21' }), true, NOW);
    expect(result).toEqual({
      ok: true,
      request: {
        temperatureC: { min: 17, max: 21 },
        humidityPct: { min: 20, max: 60 },
        requestedBy: 'Dr A. Osei',
        reason: 'Neonatal case, colder theatre',
        until: new Date(2026, 10, 21, 13, 5).toISOString(),
      },
    });
  });

  it('accepts one bound, a decimal comma, and leaves humidity out for units without it', () => {
    const result = overrideRequest(form({ temperatureMin: '', temperatureMax: '21,5' }), false, NOW);
    expect(result.ok && result.request).toEqual(
      expect.objectContaining({ temperatureC: { min: null, max: 21.5 } }),
    );
    expect(result.ok && 'humidityPct' in result.request).toBe(false);
  });

  it('says what is wrong with each field', () => {
    const result = overrideRequest(
      form({
        temperatureMin: 'cold',
        humidityMin: '70',
        humidityMax: '60',
        requestedBy: ' ',
        reason: 'no',
        until: toDateTimeLocal(new Date(NOW - 60_000)),
      }),
      true,
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(
      ['humidityMax', 'reason', 'requestedBy', 'temperatureMin', 'until'].sort(),
    );
  });

  it('refuses an end more than 7 days ahead, and a form with no limit at all', () => {
    const late = overrideRequest(form({ until: toDateTimeLocal(new Date(NOW + 8 * 86_400_000)) }), true, NOW);
    expect(!late.ok && late.errors.until).toMatch(/7 days/);
    const empty = overrideRequest(
      form({ temperatureMin: '', temperatureMax: '', humidityMin: '', humidityMax: '' }),
      true,
      NOW,
    );
    expect(!empty.ok && empty.errors.temperatureMin).toMatch(/at least one limit/);
  });
});
