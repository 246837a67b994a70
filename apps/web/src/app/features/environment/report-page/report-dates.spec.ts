import { addDays, dayIn, isDay, rangeProblem, timeIn } from './report-dates';

describe('report dates', () => {
  it("gives the day on the site's clock, not the browser's", () => {
    const at = Date.parse('2026-11-21T03:30:00Z');
    expect(dayIn('America/Chicago', at)).toBe('2026-11-20');
    expect(dayIn('UTC', at)).toBe('2026-11-21');
    expect(dayIn('Not/AZone', at)).toBe('2026-11-21');
  });

  it('moves days across month ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('checks days and ranges the way the API does', () => {
    expect(isDay('2026-11-21')).toBe(true);
    expect(isDay('21/11/2026')).toBe(false);
    expect(isDay('')).toBe(false);
    expect(rangeProblem('2026-11-01', '2026-11-21')).toBeNull();
    expect(rangeProblem('2026-11-21', '2026-11-21')).toBeNull();
    expect(rangeProblem('2026-11-22', '2026-11-21')).toMatch(/on or before/);
    expect(rangeProblem('2025-01-01', '2026-11-21')).toMatch(/at most 367 days/);
    expect(rangeProblem('', '2026-11-21')).toMatch(/Choose/);
  });

  it("shows times on the site's clock, with the date when it is another day", () => {
    expect(timeIn('2026-11-21T15:05:00Z', 'America/Chicago', '2026-11-21')).toBe('09:05');
    expect(timeIn('2026-11-22T15:05:00Z', 'America/Chicago', '2026-11-21')).toBe('22 Nov, 09:05');
    expect(timeIn(null, 'UTC')).toBe('');
  });
});
