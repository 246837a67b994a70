import type { ComplianceReportDto } from '@wardwatch/contracts';
import { reportView } from './report-view';

const REPORT: ComplianceReportDto = {
  from: '2026-11-21',
  to: '2026-11-21',
  timezone: 'America/Chicago',
  units: [
    {
      unitId: 'u1',
      unitName: '212 OR 2',
      profileName: 'Operating room',
      temperatureRange: { min: 20, max: 24 },
      days: [
        {
          day: '2026-11-21',
          readings: 40,
          minC: 21.84,
          maxC: 27,
          meanC: 25.6,
          mktC: 25.81,
          minutesOutOfRange: 35,
          gapMinutes: 0,
          gaps: [],
          excursions: [
            {
              alertId: 'a1',
              kind: 'temperature-excursion',
              severity: 'warning',
              openedAt: '2026-11-21T15:05:00Z',
              conditionClearedAt: '2026-11-21T16:00:00Z',
              acknowledgedAt: '2026-11-21T15:10:00Z',
              acknowledgedBy: 'facilities@wardwatch.demo',
              resolvedAt: '2026-11-21T16:05:00Z',
              resolvedBy: 'facilities@wardwatch.demo',
              resolutionNote: 'Chiller reset; temperature back in range',
            },
            {
              alertId: 'a2',
              kind: 'sensor-silent',
              severity: 'warning',
              openedAt: '2026-11-21T17:00:00Z',
              conditionClearedAt: null,
              unitId: null,
              acknowledgedAt: null,
              acknowledgedBy: null,
              resolvedAt: null,
              resolvedBy: null,
              resolutionNote: null,
            },
          ],
        },
        {
          day: '2026-11-22',
          readings: 0,
          minC: null,
          maxC: null,
          meanC: null,
          mktC: null,
          minutesOutOfRange: 0,
          gapMinutes: 1440,
          gaps: [{ from: '2026-11-22T06:00:00Z', to: '2026-11-23T06:00:00Z' }],
          excursions: [],
        },
      ],
    },
  ],
};

describe('reportView', () => {
  const [unit] = reportView(REPORT);

  it('rounds the figures and names the limits', () => {
    expect(unit.limits).toBe('20–24 °C');
    expect(unit.days[0]).toEqual(
      expect.objectContaining({ min: '21.8', max: '27.0', mean: '25.6', mkt: '25.8', outOfRange: '35 min' }),
    );
    expect(unit.days[1]).toEqual(
      expect.objectContaining({ min: '—', mkt: '—', outOfRange: '0', gaps: '24 h (1)', gapsFlag: true }),
    );
  });

  it("lists each excursion with who acknowledged and resolved it, on the site's clock, and the note", () => {
    expect(unit.days[0].excursions).toEqual([
      {
        alertId: 'a1',
        kind: 'Temperature out of range',
        opened: '09:05',
        cleared: '10:00',
        acknowledged: 'facilities@wardwatch.demo, 09:10',
        resolved: 'facilities@wardwatch.demo, 10:05',
        note: 'Chiller reset; temperature back in range',
        open: false,
      },
      {
        alertId: 'a2',
        kind: 'Sensor silent',
        opened: '11:00',
        cleared: null,
        acknowledged: null,
        resolved: null,
        note: null,
        open: true,
      },
    ]);
  });

  it('totals the period, counting what is not resolved', () => {
    expect(unit.totals).toEqual({ outOfRange: '35 min', gaps: '24 h', excursions: 2, unresolved: 1 });
  });
});
