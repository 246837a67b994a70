import type { MonitoredUnitDto, UnitCondition } from '@wardwatch/contracts';
import { CONDITION_ORDER } from '../unit-condition/condition-style';
import { isOutside } from '../unit-condition/reading-format';
import { isEquipment } from '../unit-condition/unit-kinds';

export type KindFilter = 'all' | 'rooms' | 'equipment';

export interface UnitFilters {
  floorId: string | null;
  kind: KindFilter;
  condition: UnitCondition | null;
}

export const NO_FILTERS: UnitFilters = { floorId: null, kind: 'all', condition: null };

/** Whether the latest reading is outside the limits in force now. */
export function readingOutside(unit: MonitoredUnitDto): boolean {
  return (
    isOutside(unit.latest?.temperatureC, unit.temperatureC) ||
    isOutside(unit.latest?.humidityPct, unit.humidityPct)
  );
}

/**
 * How urgent a unit looks: an alert with the reading still out of range first, then other alerts
 * (e.g. a silent sensor), a reading out of range not yet long enough for an alert, no data, in range.
 */
export function urgency(unit: MonitoredUnitDto): number {
  const outside = readingOutside(unit);
  if (unit.condition === 'alert') {
    return outside ? 0 : 1;
  }
  return outside ? 2 : 3 + CONDITION_ORDER[unit.condition];
}

/** Most urgent first, then by name (numbers in names in numeric order). */
export function compareUnits(a: MonitoredUnitDto, b: MonitoredUnitDto): number {
  return urgency(a) - urgency(b) || a.name.localeCompare(b.name, undefined, { numeric: true });
}

export function filterUnits(units: readonly MonitoredUnitDto[], filters: UnitFilters): MonitoredUnitDto[] {
  return units
    .filter((u) => filters.floorId === null || u.floorId === filters.floorId)
    .filter((u) => filters.kind === 'all' || (filters.kind === 'equipment') === isEquipment(u))
    .filter((u) => filters.condition === null || u.condition === filters.condition)
    .sort(compareUnits);
}

/** Rooms (the space is watched) apart from fridges, freezers and incubators (the stock in them is). */
export function groupUnits(units: readonly MonitoredUnitDto[]): {
  rooms: MonitoredUnitDto[];
  equipment: MonitoredUnitDto[];
} {
  return { rooms: units.filter((u) => !isEquipment(u)), equipment: units.filter(isEquipment) };
}

export function conditionCounts(units: readonly MonitoredUnitDto[]): Record<UnitCondition, number> {
  const counts: Record<UnitCondition, number> = { alert: 0, 'no-data': 0, ok: 0 };
  for (const unit of units) {
    counts[unit.condition] += 1;
  }
  return counts;
}
