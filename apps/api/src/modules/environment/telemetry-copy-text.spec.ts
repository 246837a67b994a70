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

  it('gives each reading its own time when readings of one moment and of others alternate', () => {
    const reading = (n: number, at: number) => ({
      tagId: `6f1c2a4e-0000-4000-8000-00000000000${n}`,
      at,
      temperatureC: n,
      humidityPct: null,
      powerW: null,
      powerOn: null,
    });
    const t0 = Date.UTC(2026, 10, 21, 10, 0);
    const t1 = t0 + 10_000;
    const lines = telemetryCopyText(
      [reading(1, t0), reading(2, t0), reading(3, t1), reading(4, t0)],
      'wardwatch-telemetry',
    )
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t').slice(0, 2).join(' '));
    expect(lines).toEqual([
      '6f1c2a4e-0000-4000-8000-000000000001 2026-11-21T10:00:00.000Z',
      '6f1c2a4e-0000-4000-8000-000000000002 2026-11-21T10:00:00.000Z',
      '6f1c2a4e-0000-4000-8000-000000000003 2026-11-21T10:00:10.000Z',
      '6f1c2a4e-0000-4000-8000-000000000004 2026-11-21T10:00:00.000Z',
    ]);
  });
});
