/**
 * How busy the hospital is at a given local hour, as a factor on equipment movement: quiet at night,
 * busiest on the day shift (rounds, theatre lists, discharges).
 */
const ACTIVITY_BY_HOUR: readonly number[] = [
  0.4, 0.35, 0.3, 0.3, 0.3, 0.4, 0.7, 1.1, 1.4, 1.5, 1.5, 1.4, 1.3, 1.4, 1.5, 1.4, 1.3, 1.1, 0.9, 0.8, 0.7,
  0.6, 0.5, 0.45,
];

export class DailyRhythm {
  private readonly hourFormat: Intl.DateTimeFormat;

  constructor(timeZone: string) {
    this.hourFormat = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' });
  }

  /** Movement factor at this instant (1 is an average hour). */
  activityAt(epochMs: number): number {
    const hour = Number(this.hourFormat.format(new Date(epochMs))) % 24;
    return ACTIVITY_BY_HOUR[Number.isInteger(hour) ? hour : 12];
  }
}
