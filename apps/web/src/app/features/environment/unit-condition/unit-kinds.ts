import type { MonitoredUnitDto } from '@wardwatch/contracts';

export type UnitKind = MonitoredUnitDto['kind'];

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  room: 'Room',
  fridge: 'Refrigerator',
  freezer: 'Freezer',
  incubator: 'Incubator',
  warmer: 'Warming cabinet',
};

/** Rooms are watched for the space; the rest for the stock inside them. */
export const isEquipment = (unit: Pick<MonitoredUnitDto, 'kind'>): boolean => unit.kind !== 'room';
