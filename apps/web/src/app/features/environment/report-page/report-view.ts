import {
  ALERT_KIND_LABELS,
  type AlertKind,
  type ComplianceDayDto,
  type ComplianceExcursionDto,
  type ComplianceReportDto,
  type TemporaryOverrideDto,
} from '@wardwatch/contracts';
import { formatDuration } from '../series-chart/chart-data';
import { formatRange } from '../unit-condition/reading-format';
import { timeIn } from './report-dates';

export interface ExcursionView {
  alertId: string;
  kind: string;
  opened: string;
  cleared: string | null;
  acknowledged: string | null;
  resolved: string | null;
  note: string | null;
  open: boolean;
}

/** Documented temporary limits in force that day, as the printout states them. */
export interface TemporaryLimitsView {
  id: string;
  limits: string;
  /** "23:30 (9 Nov) – 00:30", on the site's clock. */
  period: string;
  requested: string;
  ended: string | null;
}

export interface DayView {
  day: string;
  readings: number;
  min: string;
  max: string;
  mean: string;
  mkt: string;
  outOfRange: string;
  outOfRangeFlag: boolean;
  gaps: string;
  gapsFlag: boolean;
  excursions: ExcursionView[];
  temporaryLimits: TemporaryLimitsView[];
}

export interface UnitReportView {
  unitId: string;
  unitName: string;
  profileName: string;
  limits: string;
  days: DayView[];
  totals: { outOfRange: string; gaps: string; excursions: number; unresolved: number };
}

const celsius = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const minutes = (n: number) => (n <= 0 ? '0' : formatDuration(n * 60_000));

function kindLabel(kind: string): string {
  return Object.prototype.hasOwnProperty.call(ALERT_KIND_LABELS, kind)
    ? ALERT_KIND_LABELS[kind as AlertKind]
    : kind;
}

function excursionView(e: ComplianceExcursionDto, timeZone: string, day: string): ExcursionView {
  const at = (iso: string | null) => timeIn(iso, timeZone, day);
  return {
    alertId: e.alertId,
    kind: kindLabel(e.kind),
    opened: at(e.openedAt),
    cleared: e.conditionClearedAt ? at(e.conditionClearedAt) : null,
    acknowledged: e.acknowledgedAt ? `${e.acknowledgedBy ?? 'someone'}, ${at(e.acknowledgedAt)}` : null,
    resolved: e.resolvedAt ? `${e.resolvedBy ?? 'Wardwatch'}, ${at(e.resolvedAt)}` : null,
    note: e.resolutionNote,
    open: e.resolvedAt === null,
  };
}

function temporaryLimitsView(o: TemporaryOverrideDto, timeZone: string, day: string): TemporaryLimitsView {
  const at = (iso: string) => timeIn(iso, timeZone, day);
  const limits = [
    o.temperatureC ? formatRange(o.temperatureC, 'temperature') : null,
    o.humidityPct ? formatRange(o.humidityPct, 'humidity') : null,
  ].filter((part): part is string => part !== null);
  return {
    id: o.id,
    limits: limits.join(', '),
    period: `${at(o.startsAt)} – ${at(o.endsAt)}`,
    requested: `${o.requestedBy}: ${o.reason}${o.enteredBy ? ` (entered by ${o.enteredBy})` : ''}`,
    ended: o.endedEarly ? `Ended early by ${o.endedEarly.by ?? 'someone'}: ${o.endedEarly.reason}` : null,
  };
}

function dayView(d: ComplianceDayDto, timeZone: string): DayView {
  return {
    day: d.day,
    readings: d.readings,
    min: celsius(d.minC),
    max: celsius(d.maxC),
    mean: celsius(d.meanC),
    mkt: celsius(d.mktC),
    outOfRange: minutes(d.minutesOutOfRange),
    outOfRangeFlag: d.minutesOutOfRange > 0,
    gaps: d.gapMinutes > 0 ? `${minutes(Math.round(d.gapMinutes))} (${d.gaps.length})` : '0',
    gapsFlag: d.gapMinutes > 0,
    excursions: d.excursions.map((e) => excursionView(e, timeZone, d.day)),
    temporaryLimits: d.temporaryLimits.map((o) => temporaryLimitsView(o, timeZone, d.day)),
  };
}

/** The report as the page and the printout show it: figures rounded, times on the site's clock. */
export function reportView(report: ComplianceReportDto): UnitReportView[] {
  return report.units.map((unit) => {
    const days = unit.days.map((d) => dayView(d, report.timezone));
    const excursions = unit.days.flatMap((d) => d.excursions);
    return {
      unitId: unit.unitId,
      unitName: unit.unitName,
      profileName: unit.profileName,
      limits: formatRange(unit.temperatureRange, 'temperature'),
      days,
      totals: {
        outOfRange: minutes(unit.days.reduce((n, d) => n + d.minutesOutOfRange, 0)),
        gaps: minutes(Math.round(unit.days.reduce((n, d) => n + d.gapMinutes, 0))),
        excursions: excursions.length,
        unresolved: excursions.filter((e) => e.resolvedAt === null).length,
      },
    };
  });
}
