import type { MonitoredUnitDto } from '@wardwatch/contracts';
import { conditionTooltip, roomConditionView, unitsByRoom } from './room-conditions';

const unit = (over: Partial<MonitoredUnitDto>): MonitoredUnitDto => ({
  id: 'u',
  name: 'u',
  kind: 'room',
  profileCode: 'operating-room',
  profileName: 'Operating room',
  roomId: 'r1',
  floorId: 'f',
  timezone: 'America/Chicago',
  assetId: null,
  sensorMacs: [],
  temperatureC: { min: 20, max: 24 },
  humidityPct: null,
  latest: { at: '2026-11-21T10:00:00Z', temperatureC: 27.04, humidityPct: 45, powerW: null, powerOn: null },
  condition: 'alert',
  openAlerts: 1,
  override: null,
  ...over,
});

describe('room conditions on the plan', () => {
  it('groups units by room', () => {
    const byRoom = unitsByRoom([unit({ id: 'a' }), unit({ id: 'b', roomId: 'r2' }), unit({ id: 'c' })]);
    expect([...byRoom.keys()]).toEqual(['r1', 'r2']);
    expect(byRoom.get('r1')?.map((u) => u.id)).toEqual(['a', 'c']);
  });

  it('colours a monitored room by its own condition and labels it with its temperature', () => {
    expect(roomConditionView([unit({})])).toEqual({
      condition: 'alert',
      reading: '27.0 °C',
      equipment: null,
    });
    expect(roomConditionView([unit({ latest: null, condition: 'no-data' })]).reading).toBeNull();
  });

  it('leaves a room that only holds fridges uncoloured, with a badge in the most urgent condition', () => {
    const view = roomConditionView([
      unit({ id: 'f1', kind: 'fridge', condition: 'ok' }),
      unit({ id: 'f2', kind: 'freezer', condition: 'alert' }),
      unit({ id: 'f3', kind: 'fridge', condition: 'ok' }),
    ]);
    expect(view.condition).toBeNull();
    expect(view.equipment).toEqual({
      count: 3,
      condition: 'alert',
      text: '3 monitored units: 1 alert, 2 in range',
    });
  });

  it("keeps the room's own condition apart from its fridges'", () => {
    const view = roomConditionView([
      unit({ condition: 'ok' }),
      unit({ id: 'f', kind: 'fridge', condition: 'no-data' }),
    ]);
    expect(view.condition).toBe('ok');
    expect(view.equipment?.condition).toBe('no-data');
    expect(view.equipment?.text).toBe('1 monitored unit: 1 no recent data');
  });

  it('sums a room up for its tooltip', () => {
    const room = { number: '211', name: 'OR 1' };
    expect(conditionTooltip(room, roomConditionView([unit({})]))).toBe('211 OR 1 · Alert · 27.0 °C');
    expect(conditionTooltip(room, roomConditionView([unit({ kind: 'fridge', condition: 'ok' })]))).toBe(
      '211 OR 1 · 1 monitored unit: 1 in range',
    );
    expect(conditionTooltip(room, null)).toBeNull();
  });
});
