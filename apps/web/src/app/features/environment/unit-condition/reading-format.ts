import type { MonitoredUnitDto, ValueRange } from '@wardwatch/contracts';

export type Measure = 'temperature' | 'humidity';

export const MEASURE_UNITS: Readonly<Record<Measure, string>> = { temperature: '°C', humidity: '% RH' };

/** "23.4 °C", "45 % RH"; "—" when there is no value. */
export function formatValue(value: number | null | undefined, measure: Measure): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  const digits = measure === 'temperature' ? 1 : 0;
  return `${value.toFixed(digits)} ${MEASURE_UNITS[measure]}`;
}

/** "20–24 °C", "≤ 24 °C", "≥ 2 °C"; "no limit" when neither bound is set. */
export function formatRange(range: ValueRange | null | undefined, measure: Measure): string {
  const unit = MEASURE_UNITS[measure];
  if (!range || (range.min === null && range.max === null)) {
    return 'no limit';
  }
  if (range.min !== null && range.max !== null) {
    return `${range.min}–${range.max} ${unit}`;
  }
  return range.min !== null ? `≥ ${range.min} ${unit}` : `≤ ${range.max} ${unit}`;
}

/** Whether a value lies outside a range (bounds inclusive); false when there is no value. */
export function isOutside(value: number | null | undefined, range: ValueRange | null | undefined): boolean {
  if (value === null || value === undefined || !range) {
    return false;
  }
  return (range.min !== null && value < range.min) || (range.max !== null && value > range.max);
}

/** Whether a unit watches humidity: it has humidity limits, or its sensor reports humidity. */
export function watchesHumidity(unit: Pick<MonitoredUnitDto, 'humidityPct' | 'latest'>): boolean {
  return unit.humidityPct !== null || (unit.latest?.humidityPct ?? null) !== null;
}

/** "Power on · 120 W", "Power off", or null when the unit has no smart plug reading. */
export function formatPower(latest: MonitoredUnitDto['latest']): string | null {
  if (!latest || (latest.powerOn === null && latest.powerW === null)) {
    return null;
  }
  const state = latest.powerOn === null ? 'Power' : latest.powerOn ? 'Power on' : 'Power off';
  return latest.powerW === null ? state : `${state} · ${Math.round(latest.powerW)} W`;
}
