import { fahrenheitToCelsius, parseTelemetryBatch } from './telemetry-batch';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const body = (readings: unknown[], extra: object = {}) => ({
  source: 'f2-a0-0c-00-00-01',
  sentAt: '2026-11-21T10:00:00Z',
  sequence: 7,
  readings,
  ...extra,
});

describe('telemetry batch', () => {
  it('converts °F to °C, keeps °C, humidity and power, and defaults at to sentAt', () => {
    const result = parseTelemetryBatch(
      body([
        { sensor: 'C4:7A:11:00:00:99', temperature: { value: 41, unit: '°F' } },
        {
          sensor: 'c47a11000098',
          at: NOW - 30_000,
          temperature: { value: 4.5, unit: 'C' },
          humidity: { value: 45, unit: '%' },
        },
        { sensor: 'C4:7A:11:00:00:97', power: { watts: 120.5, on: true } },
      ]),
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      batch: {
        sourceMac: 'F2:A0:0C:00:00:01',
        sentAt: NOW,
        sequence: 7,
        rejected: [],
        readings: [
          {
            sensorMac: 'C4:7A:11:00:00:99',
            at: NOW,
            temperatureC: 5,
            humidityPct: null,
            powerW: null,
            powerOn: null,
          },
          {
            sensorMac: 'C4:7A:11:00:00:98',
            at: NOW - 30_000,
            temperatureC: 4.5,
            humidityPct: 45,
            powerW: null,
            powerOn: null,
          },
          {
            sensorMac: 'C4:7A:11:00:00:97',
            at: NOW,
            temperatureC: null,
            humidityPct: null,
            powerW: 120.5,
            powerOn: true,
          },
        ],
      },
    });
  });

  it('converts the freezing and boiling points exactly', () => {
    expect(fahrenheitToCelsius(32)).toBe(0);
    expect(fahrenheitToCelsius(212)).toBe(100);
    expect(fahrenheitToCelsius(-40)).toBe(-40);
  });

  it('rejects bad readings by index with the reason and keeps the rest', () => {
    const result = parseTelemetryBatch(
      body([
        { sensor: 'C4:7A:11:00:00:99', temperature: { value: 5 } },
        { sensor: 'C4:7A:11:00:00:99', temperature: { value: 5, unit: 'K' } },
        { sensor: 'nope', temperature: { value: 5, unit: 'C' } },
        { sensor: 'C4:7A:11:00:00:99', humidity: { value: 140, unit: '%' } },
        { sensor: 'C4:7A:11:00:00:99' },
        { sensor: 'C4:7A:11:00:00:99', at: NOW + 3600_000, temperature: { value: 5, unit: 'C' } },
        { sensor: 'C4:7A:11:00:00:99', temperature: { value: 900, unit: 'C' } },
        { sensor: 'C4:7A:11:00:00:99', power: { on: 'yes' } },
        { sensor: 'C4:7A:11:00:00:99', temperature: { value: 5, unit: '°C' } },
      ]),
      NOW,
    );
    if (!result.ok) {
      throw new Error('expected a batch');
    }
    expect(result.batch.readings).toHaveLength(1);
    expect(result.batch.rejected).toEqual([
      { index: 0, reason: 'temperature.unit is required (the unit is never guessed)' },
      { index: 1, reason: 'temperature.unit must be °C or °F, got "K"' },
      { index: 2, reason: 'sensor must be a MAC address such as C4:7A:11:00:00:99' },
      { index: 3, reason: 'humidity must be 0 to 100 %, got 140' },
      { index: 4, reason: 'needs at least one of temperature, humidity or power' },
      { index: 5, reason: 'at is 3600 s after the time of receipt (at most 300 s allowed)' },
      { index: 6, reason: 'temperature 900 C is outside what a sensor can read (-100–150 °C)' },
      { index: 7, reason: 'power.on must be true or false' },
    ]);
  });

  it('refuses a body without source, sentAt, sequence or readings, naming each', () => {
    expect(parseTelemetryBatch({ readings: 'x' }, NOW)).toEqual({
      ok: false,
      errors: [
        'source must be the MAC address of the posting gateway or hub',
        expect.stringContaining('sentAt must be'),
        'sequence must be a non-negative integer',
        'readings must be an array',
      ],
    });
    expect(parseTelemetryBatch([], NOW)).toMatchObject({ ok: false });
  });
});
