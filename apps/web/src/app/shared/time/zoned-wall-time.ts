/**
 * Wall-clock times in a given IANA time zone, as a `datetime-local` input holds them ("2026-11-21T18:00",
 * no zone). The hospital's clock is the unit's time zone, whatever zone the browser is in.
 */

const pad = (n: number) => String(n).padStart(2, '0');

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a zone. */
function wallFields(epochMs: number, timeZone: string): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') {
      fields[part.type] = Number(part.value);
    }
  }
  return fields;
}

/** How far the zone's wall clock is ahead of UTC at an instant, ms. */
function offsetAt(epochMs: number, timeZone: string): number {
  const f = wallFields(epochMs, timeZone);
  const asUtc = Date.UTC(f['year'], f['month'] - 1, f['day'], f['hour'], f['minute'], f['second']);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** An instant as a `datetime-local` value on the zone's wall clock, to the minute: "2026-11-21T18:00". */
export function toZonedDateTimeLocal(epochMs: number, timeZone: string): string {
  const f = wallFields(epochMs, timeZone);
  return `${f['year']}-${pad(f['month'])}-${pad(f['day'])}T${pad(f['hour'])}:${pad(f['minute'])}`;
}

/**
 * The instant a `datetime-local` value names on the zone's wall clock; NaN when it is not such a value.
 * A time that does not exist (skipped when clocks go forward) is read with the offset from before the
 * change, so it lands just after it; a time that happens twice (clocks go back) is the first of the two.
 */
export function fromZonedDateTimeLocal(value: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) {
    return Number.NaN;
  }
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).getUTCMonth() !== month - 1 || hour > 23 || minute > 59) {
    return Number.NaN;
  }
  // The offsets either side of the moment: a zone changes its offset at most once within a day.
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const after = offsetAt(asUtc + 86_400_000, timeZone);
  const candidates = [asUtc - before, asUtc - after].filter(
    (instant) => toZonedDateTimeLocal(instant, timeZone) === value,
  );
  return candidates.length > 0 ? Math.min(...candidates) : asUtc - before;
}
