import type { TemporaryOverrideRequest, ValueRange } from '@wardwatch/contracts';

import { fromZonedDateTimeLocal, toZonedDateTimeLocal } from '../../../shared/time/zoned-wall-time';

/** The form as typed: numbers and dates still text. */
export interface OverrideForm {
  temperatureMin: string;
  temperatureMax: string;
  humidityMin: string;
  humidityMax: string;
  requestedBy: string;
  reason: string;
  /** `datetime-local` value: wall-clock time in the unit's time zone (not the browser's). */
  until: string;
}

export type OverrideField = keyof OverrideForm;

export type OverrideResult =
  | { ok: true; request: TemporaryOverrideRequest }
  | { ok: false; errors: Partial<Record<OverrideField, string>> };

/** The API allows an override for at most this long; a longer change belongs in the profile. */
export const MAX_OVERRIDE_MS = 7 * 86_400_000;

const text = (v: number | null) => (v === null ? '' : String(v));

/**
 * The form filled with the limits in force, until four hours from now (to the next 5 minutes), on the
 * clock of `timeZone` (the unit's).
 */
export function initialOverrideForm(
  temperature: ValueRange,
  humidity: ValueRange | null,
  now: number,
  timeZone: string,
): OverrideForm {
  const step = 5 * 60_000;
  const until = Math.ceil((now + 4 * 3_600_000) / step) * step;
  return {
    temperatureMin: text(temperature.min),
    temperatureMax: text(temperature.max),
    humidityMin: text(humidity?.min ?? null),
    humidityMax: text(humidity?.max ?? null),
    requestedBy: '',
    reason: '',
    until: toZonedDateTimeLocal(until, timeZone),
  };
}

function parseBound(value: string): number | null | 'invalid' {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') {
    return null;
  }
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : 'invalid';
}

function parseRange(
  minText: string,
  maxText: string,
  minField: OverrideField,
  maxField: OverrideField,
  errors: Partial<Record<OverrideField, string>>,
): ValueRange | null {
  const min = parseBound(minText);
  const max = parseBound(maxText);
  if (min === 'invalid') {
    errors[minField] = 'Enter a number, or leave it empty for no lower limit.';
  }
  if (max === 'invalid') {
    errors[maxField] = 'Enter a number, or leave it empty for no upper limit.';
  }
  if (min === 'invalid' || max === 'invalid') {
    return null;
  }
  if (min !== null && max !== null && min >= max) {
    errors[maxField] = 'The upper limit must be above the lower one.';
    return null;
  }
  return min === null && max === null ? null : { min, max };
}

/**
 * Checks the form the way the API will (who asked, why, until when; at least one range) and builds the
 * request. `humidity` says whether the unit has humidity limits to override at all; `until` is read on the
 * clock of `timeZone` (the unit's).
 */
export function overrideRequest(
  form: OverrideForm,
  humidity: boolean,
  now: number,
  timeZone: string,
): OverrideResult {
  const errors: Partial<Record<OverrideField, string>> = {};
  const temperatureC = parseRange(
    form.temperatureMin,
    form.temperatureMax,
    'temperatureMin',
    'temperatureMax',
    errors,
  );
  const humidityPct = humidity
    ? parseRange(form.humidityMin, form.humidityMax, 'humidityMin', 'humidityMax', errors)
    : null;
  const requestedBy = form.requestedBy.trim();
  const reason = form.reason.trim();
  if (requestedBy.length < 2) {
    errors.requestedBy = 'Say who asked for the change (e.g. the surgeon), at least 2 characters.';
  }
  if (reason.length < 5) {
    errors.reason = 'Say why, at least 5 characters.';
  }
  const untilMs = form.until ? fromZonedDateTimeLocal(form.until, timeZone) : Number.NaN;
  const until = Number.isNaN(untilMs) ? null : new Date(untilMs);
  if (!until) {
    errors.until = 'Choose until when the temporary limits apply.';
  } else if (until.getTime() <= now) {
    errors.until = 'The end must be in the future.';
  } else if (until.getTime() - now > MAX_OVERRIDE_MS) {
    errors.until = 'At most 7 days ahead; a longer change belongs in the unit’s profile.';
  }
  const rangeErrors = ['temperatureMin', 'temperatureMax', 'humidityMin', 'humidityMax'].some(
    (field) => errors[field as OverrideField],
  );
  if (!temperatureC && !humidityPct && !rangeErrors) {
    errors.temperatureMin = 'Give at least one limit to use meanwhile.';
  }
  if (Object.keys(errors).length > 0 || !until) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    request: {
      ...(temperatureC ? { temperatureC } : {}),
      ...(humidityPct ? { humidityPct } : {}),
      requestedBy,
      reason,
      until: until.toISOString(),
    },
  };
}
