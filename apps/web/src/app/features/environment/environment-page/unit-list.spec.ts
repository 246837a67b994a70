import type { MonitoredUnitDto } from '@wardwatch/contracts';
import { conditionCounts, filterUnits, groupUnits, NO_FILTERS, urgency } from './unit-list';

const unit = (over: Partial<MonitoredUnitDto>): MonitoredUnitDto => ({
  id: over.name ?? 'u',
  name: 'u',
  kind: 'room',
  profileCode: 'operating-room',
  profileName: 'Operating room',
  roomId: 'r',
  floorId: 'f1',
  timezone: 'America/Chicago',
  assetId: null,
  sensorMacs: [],
  temperatureC: { min: 20, max: 24 },
  humidityPct: { min: 20, max: 60 },
  latest: { at: '2026-11-21T10:00:00Z', temperatureC: 22, humidityPct: 40, powerW: null, powerOn: null },
  condition: 'ok',
  openAlerts: 0,
  override: null,
  ...over,
});
const hot = { at: '2026-11-21T10:00:00Z', temperatureC: 27, humidityPct: 40, powerW: null, powerOn: null };

const UNITS = [
  unit({ name: 'OR 10', condition: 'ok' }),
  unit({ name: 'OR 2', condition: 'alert', openAlerts: 1 }),
  unit({ name: 'OR 3', condition: 'alert', openAlerts: 1, latest: hot }),
  unit({ name: 'Fridge 1', kind: 'fridge', floorId: 'f2', condition: 'no-data', latest: null }),
  unit({ name: 'OR 1', condition: 'ok', latest: hot }),
];

describe('unit list', () => {
  it('puts the most urgent first: an alert still out of range, other alerts, out of range, no data, in range', () => {
    expect(filterUnits(UNITS, NO_FILTERS).map((u) => u.name)).toEqual([
      'OR 3',
      'OR 2',
      'OR 1',
      'Fridge 1',
      'OR 10',
    ]);
    expect(urgency(UNITS[2])).toBeLessThan(urgency(UNITS[1]));
  });

  it('filters by floor, kind and condition', () => {
    expect(filterUnits(UNITS, { ...NO_FILTERS, floorId: 'f2' }).map((u) => u.name)).toEqual(['Fridge 1']);
    expect(filterUnits(UNITS, { ...NO_FILTERS, kind: 'equipment' }).map((u) => u.name)).toEqual(['Fridge 1']);
    expect(filterUnits(UNITS, { ...NO_FILTERS, kind: 'rooms' })).toHaveLength(4);
    expect(filterUnits(UNITS, { ...NO_FILTERS, condition: 'alert' }).map((u) => u.name)).toEqual([
      'OR 3',
      'OR 2',
    ]);
  });

  it('groups rooms apart from equipment and counts conditions', () => {
    const groups = groupUnits(UNITS);
    expect(groups.rooms).toHaveLength(4);
    expect(groups.equipment.map((u) => u.name)).toEqual(['Fridge 1']);
    expect(conditionCounts(UNITS)).toEqual({ alert: 2, 'no-data': 1, ok: 2 });
  });
});
