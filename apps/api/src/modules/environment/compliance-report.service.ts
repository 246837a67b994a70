import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ComplianceExcursionDto, ComplianceReportDto, TemporaryOverrideDto } from '@wardwatch/contracts';
import { DEFAULT_PROFILES, withOverrides } from '@wardwatch/domain';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';

import { ComplianceDaysService, type UnitForReport } from './compliance-days.service';
import { TemporaryOverridesService } from './temporary-overrides.service';

/** A report may cover at most this many days (a year and a day, for leap years and a last day). */
export const MAX_REPORT_DAYS = 367;
const DAY_MS = 86_400_000;

/**
 * The inspector's report: per unit per day min, max, mean, mean kinetic temperature, minutes out of
 * range, data gaps, and the excursions (alerts) opened that day with who acknowledged and resolved them
 * and the corrective action, and the documented temporary limits in force that day. JSON for the page, CSV
 * for a spreadsheet.
 */
@Injectable()
export class ComplianceReportService {
  constructor(
    private readonly days: ComplianceDaysService,
    private readonly overrides: TemporaryOverridesService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async report(from: string, to: string, unitIds?: string[]): Promise<ComplianceReportDto> {
    const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
    if (!(span >= 1)) {
      throw new BadRequestException(['from must be on or before to']);
    }
    if (span > MAX_REPORT_DAYS) {
      throw new BadRequestException([
        `a report covers at most ${MAX_REPORT_DAYS} days; ask for ${span} in parts`,
      ]);
    }
    const units = await this.days.units(unitIds);
    if (unitIds && units.length !== new Set(unitIds).size) {
      throw new BadRequestException(['unitId: one or more monitored units do not exist']);
    }
    const report: ComplianceReportDto = { from, to, timezone: units[0]?.timezone ?? 'UTC', units: [] };
    const temporaryLimits = await this.overrides.byUnitDay(units, from, to);
    for (const unit of units) {
      const profile = withOverrides(DEFAULT_PROFILES[unit.profile_code], unit.overrides);
      const excursions = await this.excursions(unit, from, to);
      const days = await this.days.days(unit, from, to);
      report.units.push({
        unitId: unit.id,
        unitName: unit.name,
        profileName: profile.name,
        temperatureRange: profile.temperatureC,
        days: days.map((d) => ({
          day: d.day,
          readings: d.readings,
          minC: d.min_c,
          maxC: d.max_c,
          meanC: d.mean_c,
          mktC: d.mkt_c,
          minutesOutOfRange: d.minutes_out_of_range,
          gapMinutes: d.gap_minutes,
          gaps: d.gaps,
          excursions: excursions.get(d.day) ?? [],
          temporaryLimits: temporaryLimits.get(unit.id)?.get(d.day) ?? [],
        })),
      });
    }
    return report;
  }

  /** One row per unit and day, with the excursions summarised in words. */
  toCsv(report: ComplianceReportDto): string {
    const round = (v: number | null) => (v === null ? '' : (Math.round(v * 100) / 100).toFixed(2));
    const rows = report.units.flatMap((u) =>
      u.days.map((d) => ({
        unit: u.unitName,
        profile: u.profileName,
        day: d.day,
        readings: d.readings,
        min_c: round(d.minC),
        max_c: round(d.maxC),
        mean_c: round(d.meanC),
        mkt_c: round(d.mktC),
        minutes_out_of_range: d.minutesOutOfRange,
        data_gap_minutes: Math.round(d.gapMinutes),
        excursions: d.excursions.length,
        actions: d.excursions
          .map(
            (e) =>
              `${e.kind} opened ${e.openedAt}` +
              (e.acknowledgedBy ? `; acknowledged by ${e.acknowledgedBy}` : '') +
              (e.resolvedAt
                ? `; resolved by ${e.resolvedBy ?? 'Wardwatch'}: ${e.resolutionNote ?? ''}`
                : '; open'),
          )
          .join(' | '),
        temporary_limits: d.temporaryLimits.map(temporaryLimitsInWords).join(' | '),
      })),
    );
    return stringify(rows, { header: true, quoted_match: /[",\n|]/ });
  }

  private async excursions(
    unit: UnitForReport,
    from: string,
    to: string,
  ): Promise<Map<string, ComplianceExcursionDto[]>> {
    const rows: (ComplianceExcursionDto & { day: string })[] = await this.db.query(
      `SELECT to_char(a.opened_at AT TIME ZONE $4, 'YYYY-MM-DD') AS day, a.id AS "alertId", a.kind, a.severity,
              a.opened_at AS "openedAt", a.condition_cleared_at AS "conditionClearedAt",
              a.acknowledged_at AS "acknowledgedAt", ack.email AS "acknowledgedBy",
              a.resolved_at AS "resolvedAt", res.email AS "resolvedBy", a.resolution_note AS "resolutionNote"
       FROM alert a LEFT JOIN app_user ack ON ack.id = a.acknowledged_by LEFT JOIN app_user res ON res.id = a.resolved_by
       WHERE starts_with(a.condition_key, $1)
         AND (a.opened_at AT TIME ZONE $4)::date BETWEEN $2::date AND $3::date
       ORDER BY a.opened_at`,
      [`env:${unit.id}:`, from, to, unit.timezone],
    );
    const byDay = new Map<string, ComplianceExcursionDto[]>();
    for (const { day, ...e } of rows) {
      const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : null);
      byDay.set(day, [
        ...(byDay.get(day) ?? []),
        {
          ...e,
          openedAt: iso(e.openedAt) ?? '',
          conditionClearedAt: iso(e.conditionClearedAt),
          acknowledgedAt: iso(e.acknowledgedAt),
          resolvedAt: iso(e.resolvedAt),
        },
      ]);
    }
    return byDay;
  }
}

/** "temperature 17–21 °C, humidity …, from … until …, requested by …: why; entered by …; ended early by …: why". */
function temporaryLimitsInWords(o: TemporaryOverrideDto): string {
  const range = (name: string, r: { min: number | null; max: number | null } | null, unit: string) =>
    r ? `${name} ${r.min ?? '…'}–${r.max ?? '…'} ${unit}` : null;
  const limits = [range('temperature', o.temperatureC, '°C'), range('humidity', o.humidityPct, '% RH')]
    .filter((part) => part !== null)
    .join(', ');
  return (
    `${limits} from ${o.startsAt} until ${o.endsAt}, requested by ${o.requestedBy}: ${o.reason}` +
    (o.enteredBy ? `; entered by ${o.enteredBy}` : '') +
    (o.endedEarly ? `; ended early by ${o.endedEarly.by ?? 'someone'}: ${o.endedEarly.reason}` : '')
  );
}
