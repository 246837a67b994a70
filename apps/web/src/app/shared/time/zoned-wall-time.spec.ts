import { fromZonedDateTimeLocal, toZonedDateTimeLocal } from './zoned-wall-time';

describe('zoned wall time', () => {
  const at = Date.parse('2026-11-21T17:00:00.000Z');

  it('shows an instant on the zone’s clock, whatever the browser’s zone', () => {
    expect(toZonedDateTimeLocal(at, 'UTC')).toBe('2026-11-21T17:00');
    expect(toZonedDateTimeLocal(at, 'America/New_York')).toBe('2026-11-21T12:00');
    expect(toZonedDateTimeLocal(at, 'Asia/Kolkata')).toBe('2026-11-21T22:30');
    expect(toZonedDateTimeLocal(at, 'Pacific/Auckland')).toBe('2026-11-22T06:00');
  });

  it('reads a wall-clock value back as the instant it names there', () => {
    expect(fromZonedDateTimeLocal('2026-11-21T12:00', 'America/New_York')).toBe(at);
    expect(fromZonedDateTimeLocal('2026-11-21T22:30', 'Asia/Kolkata')).toBe(at);
    expect(fromZonedDateTimeLocal('2026-11-22T06:00', 'Pacific/Auckland')).toBe(at);
    // Summer time: London is an hour ahead of UTC in July.
    expect(new Date(fromZonedDateTimeLocal('2026-07-01T09:15', 'Europe/London')).toISOString()).toBe(
      '2026-07-01T08:15:00.000Z',
    );
  });

  it('round-trips every quarter hour around both of a year’s clock changes, and every 6 hours between', () => {
    const changes: Record<string, string[]> = {
      'Europe/London': ['2026-03-29', '2026-10-25'],
      'America/New_York': ['2026-03-08', '2026-11-01'],
      'Australia/Sydney': ['2026-04-05', '2026-10-04'],
    };
    for (const [zone, days] of Object.entries(changes)) {
      const instants: number[] = [];
      for (const day of days) {
        const from = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
        for (let t = from; t < from + 3 * 86_400_000; t += 15 * 60_000) {
          instants.push(t);
        }
      }
      for (
        let t = Date.parse('2026-01-01T00:00:00Z');
        t < Date.parse('2027-01-01T00:00:00Z');
        t += 6 * 3_600_000
      ) {
        instants.push(t);
      }
      for (const t of instants) {
        const shown = toZonedDateTimeLocal(t, zone);
        const back = fromZonedDateTimeLocal(shown, zone);
        // A time shown twice (clocks going back) reads as its first instant.
        expect(back === t || back === t - 3_600_000).toBe(true);
        expect(toZonedDateTimeLocal(back, zone)).toBe(shown);
      }
    }
  });

  it('takes a time skipped when clocks go forward as just after the change, and refuses what is no time', () => {
    // London, 29 March 2026: 01:00 GMT becomes 02:00 BST, so 01:30 never shows on the clock.
    expect(new Date(fromZonedDateTimeLocal('2026-03-29T01:30', 'Europe/London')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(fromZonedDateTimeLocal('', 'UTC')).toBeNaN();
    expect(fromZonedDateTimeLocal('2026-02-30T10:00', 'UTC')).toBeNaN();
    expect(fromZonedDateTimeLocal('2026-11-21 10:00', 'UTC')).toBeNaN();
  });
});
