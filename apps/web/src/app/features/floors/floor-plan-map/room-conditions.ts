import type { MonitoredUnitDto, RoomDto, UnitCondition } from '@wardwatch/contracts';
import { CONDITION_STYLES, worstCondition } from '../../environment/unit-condition/condition-style';
import { formatValue } from '../../environment/unit-condition/reading-format';
import { isEquipment } from '../../environment/unit-condition/unit-kinds';

/** What the plan shows of one room's monitored units. */
export interface RoomConditionView {
  /** The room's own condition (a monitored room), or null when the room itself is not monitored. */
  condition: UnitCondition | null;
  /** Latest reading of the room itself, for its label: "27.0 °C". */
  reading: string | null;
  /** Fridges, freezers and the like in the room: how many, the most urgent condition, in words. */
  equipment: { count: number; condition: UnitCondition; text: string } | null;
}

export function unitsByRoom(units: readonly MonitoredUnitDto[]): Map<string, MonitoredUnitDto[]> {
  const byRoom = new Map<string, MonitoredUnitDto[]>();
  for (const unit of units) {
    byRoom.set(unit.roomId, [...(byRoom.get(unit.roomId) ?? []), unit]);
  }
  return byRoom;
}

export function roomConditionView(units: readonly MonitoredUnitDto[]): RoomConditionView {
  const rooms = units.filter((u) => !isEquipment(u));
  const equipment = units.filter(isEquipment);
  const condition = worstCondition(rooms);
  const equipmentCondition = worstCondition(equipment);
  return {
    condition,
    reading: rooms.length === 1 ? planReading(rooms[0]) : null,
    equipment: equipmentCondition
      ? { count: equipment.length, condition: equipmentCondition, text: equipmentText(equipment) }
      : null,
  };
}

/** The latest reading for a room's label: its temperature, else its humidity, else null. */
function planReading(unit: MonitoredUnitDto): string | null {
  const latest = unit.latest;
  if (latest?.temperatureC !== null && latest?.temperatureC !== undefined) {
    return formatValue(latest.temperatureC, 'temperature');
  }
  if (latest?.humidityPct !== null && latest?.humidityPct !== undefined) {
    return formatValue(latest.humidityPct, 'humidity');
  }
  return null;
}

/** "2 cold-storage units: 1 alert, 1 in range". */
function equipmentText(units: readonly MonitoredUnitDto[]): string {
  const counts = (['alert', 'no-data', 'ok'] as const)
    .map((c) => [c, units.filter((u) => u.condition === c).length] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${n} ${CONDITION_STYLES[c].label.toLowerCase()}`);
  const noun = units.length === 1 ? 'monitored unit' : 'monitored units';
  return `${units.length} ${noun}: ${counts.join(', ')}`;
}

/** "211 OR 1 · Alert · 27.0 °C · 1 monitored unit: 1 in range", or null for a room with nothing monitored. */
export function conditionTooltip(
  room: Pick<RoomDto, 'number' | 'name'>,
  view: RoomConditionView | null,
): string | null {
  if (!view || (!view.condition && !view.equipment)) {
    return null;
  }
  return [
    `${room.number} ${room.name}`,
    view.condition ? CONDITION_STYLES[view.condition].label : null,
    view.condition ? view.reading : null,
    view.equipment?.text ?? null,
  ]
    .filter((part): part is string => !!part)
    .join(' · ');
}
