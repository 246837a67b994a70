/** "just now", "12 s ago", "5 min ago", "3 h ago", "2 days ago": how long ago `iso` was, at `now`. */
export function relativeTime(iso: string | null, now: number = Date.now()): string {
  if (!iso) {
    return 'never';
  }
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (!Number.isFinite(seconds)) {
    return 'unknown';
  }
  if (seconds < 5) {
    return 'just now';
  }
  if (seconds < 60) {
    return `${seconds} s ago`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min ago`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return `${hours} h ago`;
  }
  return `${Math.floor(hours / 24)} days ago`;
}

/** Confidence 0..1 as a percentage for people. */
export const confidencePercent = (confidence: number): string => `${Math.round(confidence * 100)} %`;

/**
 * The exact date and time, e.g. "Nov 21, 2026, 3:53:41 AM", on a given IANA zone's clock (a site's) or
 * the browser's; with the zone's short name when one is given, so nobody mistakes it for local time.
 */
export function exactTime(iso: string | null, timeZone: string | null = null, locale?: string): string {
  if (!iso) {
    return '';
  }
  return (
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date(iso)) + (timeZone ? ` ${zoneName(iso, timeZone, locale)}` : '')
  );
}

function zoneName(iso: string, timeZone: string, locale?: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
