import { toZonedDateTimeLocal } from '../../../shared/time/zoned-wall-time';
import { initialOverrideForm, type OverrideForm, overrideRequest } from './override-request';

// The unit's clock, not the browser's: 09:02 in New York is 14:02 UTC.
const ZONE = 'America/New_York';
const NOW = Date.parse('2026-11-21T14:02:00.000Z');

const form = (over: Partial<OverrideForm> = {}): OverrideForm => ({
  ...initialOverrideForm({ min: 20, max: 24 }, { min: 20, max: 60 }, NOW, ZONE),
  requestedBy: 'Dr A. Osei',
  reason: 'Neonatal case, colder theatre',
  ...over,
});

describe('initialOverrideForm', () => {
  it('starts from the limits in force, until four hours from now on a five-minute step', () => {
    const f = initialOverrideForm({ min: 20, max: 24 }, null, NOW, ZONE);
    expect(f.temperatureMin).toBe('20');
    expect(f.temperatureMax).toBe('24');
    expect(f.humidityMin).toBe('');
    expect(f.until).toBe('2026-11-21T13:05');
    // The same moment on another unit's clock.
    expect(initialOverrideForm({ min: 20, max: 24 }, null, NOW, 'Asia/Kolkata').until).toBe(
      '2026-11-21T23:35',
    );
  });
});

describe('overrideRequest', () => {
  it('builds the request with who asked, why and until when', () => {
    const result = overrideRequest(form({ temperatureMin: '17', temperatureMax: '21' }), true, NOW, ZONE);
    expect(result).toEqual({
      ok: true,
      request: {
        temperatureC: { min: 17, max: 21 },
        humidityPct: { min: 20, max: 60 },
        requestedBy: 'Dr A. Osei',
        reason: 'Neonatal case, colder theatre',
        until: '2026-11-21T18:05:00.000Z',
      },
    });
  });

  it('accepts one bound, a decimal comma, and leaves humidity out for units without it', () => {
    const result = overrideRequest(form({ temperatureMin: '', temperatureMax: '21,5' }), false, NOW, ZONE);
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
        until: toZonedDateTimeLocal(NOW - 60_000, ZONE),
      }),
      true,
      NOW,
      ZONE,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(
      ['humidityMax', 'reason', 'requestedBy', 'temperatureMin', 'until'].sort(),
    );
  });

  it('refuses an end more than 7 days ahead, and a form with no limit at all', () => {
    const late = overrideRequest(
      form({ until: toZonedDateTimeLocal(NOW + 8 * 86_400_000, ZONE) }),
      true,
      NOW,
      ZONE,
    );
    expect(!late.ok && late.errors.until).toMatch(/7 days/);
    const empty = overrideRequest(
      form({ temperatureMin: '', temperatureMax: '', humidityMin: '', humidityMax: '' }),
      true,
      NOW,
      ZONE,
    );
    expect(!empty.ok && empty.errors.temperatureMin).toMatch(/at least one limit/);
  });
});
