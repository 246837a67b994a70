import { telemetryCopyText } from './telemetry-copy-text';

describe('telemetryCopyText', () => {
  it('writes one tab-separated line per reading, \\N for what a reading lacks', () => {
    const text = telemetryCopyText(
      [
        {
          tagId: '6f1c2a4e-0000-4000-8000-000000000001',
          at: Date.UTC(2026, 10, 21, 10, 0, 30, 250),
          temperatureC: 4.25,
          humidityPct: null,
          powerW: null,
          powerOn: null,
        },
        {
          tagId: '6f1c2a4e-0000-4000-8000-000000000002',
          at: Date.UTC(2026, 10, 21, 10, 1),
          temperatureC: -80.5,
          humidityPct: 45,
          powerW: 0.5,
          powerOn: false,
        },
      ],
      'wardwatch-telemetry',
    );
    expect(text).toBe(
      '6f1c2a4e-0000-4000-8000-000000000001\t2026-11-21T10:00:30.250Z\twardwatch-telemetry\t4.25\t\\N\t\\N\t\\N\n' +
        '6f1c2a4e-0000-4000-8000-000000000002\t2026-11-21T10:01:00.000Z\twardwatch-telemetry\t-80.5\t45\t0.5\tf\n',
    );
  });
});
