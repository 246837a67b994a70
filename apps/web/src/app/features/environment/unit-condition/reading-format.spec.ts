import { formatPower, formatRange, formatValue, isOutside, watchesHumidity } from './reading-format';

describe('reading format', () => {
  it('formats values with their unit, and says plainly when there is none', () => {
    expect(formatValue(23.456, 'temperature')).toBe('23.5 °C');
    expect(formatValue(-25, 'temperature')).toBe('-25.0 °C');
    expect(formatValue(44.6, 'humidity')).toBe('45 % RH');
    expect(formatValue(null, 'temperature')).toBe('—');
    expect(formatValue(Number.NaN, 'humidity')).toBe('—');
  });

  it('formats limits with one or both bounds', () => {
    expect(formatRange({ min: 20, max: 24 }, 'temperature')).toBe('20–24 °C');
    expect(formatRange({ min: null, max: 24 }, 'temperature')).toBe('≤ 24 °C');
    expect(formatRange({ min: 2, max: null }, 'temperature')).toBe('≥ 2 °C');
    expect(formatRange({ min: null, max: null }, 'humidity')).toBe('no limit');
    expect(formatRange(null, 'humidity')).toBe('no limit');
  });

  it('judges a value against inclusive bounds', () => {
    const range = { min: 20, max: 24 };
    expect(isOutside(24, range)).toBe(false);
    expect(isOutside(20, range)).toBe(false);
    expect(isOutside(24.1, range)).toBe(true);
    expect(isOutside(19.9, range)).toBe(true);
    expect(isOutside(-30, { min: null, max: -18 })).toBe(false);
    expect(isOutside(null, range)).toBe(false);
    expect(isOutside(30, null)).toBe(false);
  });

  it('watches humidity when there are humidity limits or humidity readings', () => {
    expect(watchesHumidity({ humidityPct: { min: 20, max: 60 }, latest: null })).toBe(true);
    expect(watchesHumidity({ humidityPct: null, latest: null })).toBe(false);
    const latest = { at: '', temperatureC: 4, humidityPct: 50, powerW: null, powerOn: null };
    expect(watchesHumidity({ humidityPct: null, latest })).toBe(true);
  });

  it('describes a smart plug reading only when there is one', () => {
    const base = { at: '', temperatureC: 4, humidityPct: null, powerW: null, powerOn: null };
    expect(formatPower(null)).toBeNull();
    expect(formatPower(base)).toBeNull();
    expect(formatPower({ ...base, powerW: 120.4, powerOn: true })).toBe('Power on · 120 W');
    expect(formatPower({ ...base, powerW: 0, powerOn: false })).toBe('Power off · 0 W');
    expect(formatPower({ ...base, powerOn: false })).toBe('Power off');
  });
});
