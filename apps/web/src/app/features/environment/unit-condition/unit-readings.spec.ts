import type { MonitoredUnitDto } from '@wardwatch/contracts';
import { unitReadings } from './unit-readings';

const OR: MonitoredUnitDto = {
  id: 'u',
  name: '212 OR 2',
  kind: 'room',
  profileCode: 'operating-room',
  profileName: 'Operating room',
  roomId: 'r',
  floorId: 'f',
  timezone: 'America/Chicago',
  assetId: null,
  sensorMacs: [],
  temperatureC: { min: 20, max: 24 },
  humidityPct: { min: 20, max: 60 },
  latest: { at: '2026-11-21T10:00:00Z', temperatureC: 27, humidityPct: 45, powerW: null, powerOn: null },
  condition: 'alert',
  openAlerts: 1,
  override: null,
};

describe('unitReadings', () => {
  it('lists temperature and humidity against their limits, flagging what is outside', () => {
    expect(unitReadings(OR)).toEqual([
      { key: 'temperature', label: 'Temperature', value: '27.0 °C', limits: '20–24 °C', outside: true },
      { key: 'humidity', label: 'Humidity', value: '45 % RH', limits: '20–60 % RH', outside: false },
    ]);
  });

  it('leaves humidity out for a fridge without it, and adds power from its smart plug', () => {
    const fridge: MonitoredUnitDto = {
      ...OR,
      kind: 'fridge',
      temperatureC: { min: 2, max: 8 },
      humidityPct: null,
      latest: { at: '2026-11-21T10:00:00Z', temperatureC: 5, humidityPct: null, powerW: 0, powerOn: false },
    };
    expect(unitReadings(fridge).map((l) => [l.key, l.value, l.outside])).toEqual([
      ['temperature', '5.0 °C', false],
      ['power', 'Power off · 0 W', true],
    ]);
  });

  it('shows dashes when there is no reading', () => {
    const lines = unitReadings({ ...OR, latest: null });
    expect(lines.map((l) => l.value)).toEqual(['—', '—']);
    expect(lines.some((l) => l.outside)).toBe(false);
  });

  it('gives no limits text for a measure without limits', () => {
    const lines = unitReadings({ ...OR, humidityPct: null });
    expect(lines.find((l) => l.key === 'humidity')?.limits).toBeNull();
  });
});
