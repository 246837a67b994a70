import type { MonitoredUnitDto, ValueRange } from '@wardwatch/contracts';
import {
  formatPower,
  formatRange,
  formatValue,
  isOutside,
  type Measure,
  watchesHumidity,
} from './reading-format';

/** The limits in words, or null when the unit has none for the measure. */
const limitsOf = (range: ValueRange | null, measure: Measure): string | null =>
  range && (range.min !== null || range.max !== null) ? formatRange(range, measure) : null;

/** One line of a unit's latest values: what, how much, the limits in force, and whether it is outside them. */
export interface ReadingLine {
  key: 'temperature' | 'humidity' | 'power';
  label: string;
  value: string;
  limits: string | null;
  outside: boolean;
}

/** Temperature always; humidity when the unit watches it; power when it is on a smart plug. */
export function unitReadings(unit: MonitoredUnitDto): ReadingLine[] {
  const latest = unit.latest;
  const lines: ReadingLine[] = [
    {
      key: 'temperature',
      label: 'Temperature',
      value: formatValue(latest?.temperatureC, 'temperature'),
      limits: limitsOf(unit.temperatureC, 'temperature'),
      outside: isOutside(latest?.temperatureC, unit.temperatureC),
    },
  ];
  if (watchesHumidity(unit)) {
    lines.push({
      key: 'humidity',
      label: 'Humidity',
      value: formatValue(latest?.humidityPct, 'humidity'),
      limits: limitsOf(unit.humidityPct, 'humidity'),
      outside: isOutside(latest?.humidityPct, unit.humidityPct),
    });
  }
  const power = formatPower(latest);
  if (power) {
    lines.push({
      key: 'power',
      label: 'Power',
      value: power,
      limits: null,
      outside: latest?.powerOn === false,
    });
  }
  return lines;
}
