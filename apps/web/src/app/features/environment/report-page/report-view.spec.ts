import type { ComplianceReportDto } from '@wardwatch/contracts';
import { temporaryOverride } from '../override-record/temporary-override.fixture';
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
          temporaryLimits: [
            // From the evening before (Chicago) into the morning, ended early.
            temporaryOverride({
              temperatureC: { min: 17, max: 24 },
              humidityPct: { min: 30, max: 60 },
              startsAt: '2026-11-21T03:30:00Z',
              endsAt: '2026-11-21T14:00:00Z',
              endedEarly: {
                by: 'facilities@wardwatch.demo',
                reason: 'Case finished early',
                plannedEndsAt: '2026-11-21T16:00:00Z',
              },
            }),
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
          temporaryLimits: [],
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

  it("states each day's documented temporary limits, on the site's clock, and how they ended", () => {
    expect(unit.days[0].temporaryLimits).toEqual([
      {
        id: 'o1',
        limits: '17–24 °C, 30–60 % RH',
        period: '20 Nov, 21:30 – 08:00',
        requested: 'Dr A. Osei: Cooler theatre for a long case (entered by facilities@wardwatch.demo)',
        ended: 'Ended early by facilities@wardwatch.demo: Case finished early',
      },
    ]);
    expect(unit.days[1].temporaryLimits).toEqual([]);
  });

  it('totals the period, counting what is not resolved', () => {
    expect(unit.totals).toEqual({ outOfRange: '35 min', gaps: '24 h', excursions: 2, unresolved: 1 });
  });
});
