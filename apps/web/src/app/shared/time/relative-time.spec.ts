import { confidencePercent, exactTime, relativeTime } from './relative-time';

describe('relativeTime', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  it.each([
    ['2026-11-21T11:59:58Z', 'just now'],
    ['2026-11-21T11:59:30Z', '30 s ago'],
    ['2026-11-21T11:55:00Z', '5 min ago'],
    ['2026-11-21T09:00:00Z', '3 h ago'],
    ['2026-11-18T12:00:00Z', '3 days ago'],
  ])('%s is "%s"', (iso, expected) => {
    expect(relativeTime(iso, now)).toBe(expected);
  });

  it('says never for no time and unknown for a bad one', () => {
    expect(relativeTime(null, now)).toBe('never');
    expect(relativeTime('not a date', now)).toBe('unknown');
  });

  it('shows confidence as a whole percentage', () => {
    expect(confidencePercent(0.876)).toBe('88 %');
  });
});

describe('exactTime', () => {
  it("shows the time on the site's clock, with the zone's name", () => {
    expect(exactTime('2026-11-21T09:53:41Z', 'America/Chicago', 'en-US')).toBe(
      'Nov 21, 2026, 3:53:41 AM CST',
    );
    expect(exactTime('2026-07-01T12:00:00Z', 'Europe/London', 'en-GB')).toBe('1 Jul 2026, 13:00:00 BST');
  });

  it('is empty when there is no time', () => {
    expect(exactTime(null, 'America/Chicago')).toBe('');
  });
});
