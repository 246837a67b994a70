import { toZonedDateTimeLocal } from '../../../shared/time/zoned-wall-time';

/** A report covers at most this many days (the API's limit). */
export const MAX_REPORT_DAYS = 367;
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day in a time zone at an instant, as YYYY-MM-DD (report days are the site's local days); UTC's day
 * when the browser does not know the zone.
 */
export function dayIn(timeZone: string, at: number): string {
  try {
    return toZonedDateTimeLocal(at, timeZone).slice(0, 10);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}

/** A YYYY-MM-DD day moved by whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export const isDay = (value: string | null | undefined): value is string =>
  !!value && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Why a range cannot be reported, or null when it can. */
export function rangeProblem(from: string, to: string): string | null {
  if (!isDay(from) || !isDay(to)) {
    return 'Choose a first and a last day.';
  }
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (span < 1) {
    return 'The first day must be on or before the last day.';
  }
  if (span > MAX_REPORT_DAYS) {
    return `A report covers at most ${MAX_REPORT_DAYS} days; this range has ${span}.`;
  }
  return null;
}

/** A moment as a site's clock shows it: "14:05", or "21 Nov, 14:05" when it is not on `day`. */
export function timeIn(iso: string | null, timeZone: string, day?: string): string {
  if (!iso) {
    return '';
  }
  const at = Date.parse(iso);
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  try {
    const sameDay = day === undefined || dayIn(timeZone, at) === day;
    return new Intl.DateTimeFormat(
      'en-GB',
      sameDay ? options : { ...options, day: 'numeric', month: 'short' },
    ).format(at);
  } catch {
    return iso;
  }
}
