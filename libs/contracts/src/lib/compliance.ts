import type { TemporaryOverrideDto } from './environment';

/** One unit's compliance figures for one local day (definitions in the report's footnotes). */
export interface ComplianceDayDto {
  day: string;
  readings: number;
  minC: number | null;
  maxC: number | null;
  meanC: number | null;
  /** Mean kinetic temperature (USP <1079>, ΔH = 83.144 kJ/mol). */
  mktC: number | null;
  minutesOutOfRange: number;
  gapMinutes: number;
  gaps: { from: string; to: string }[];
  excursions: ComplianceExcursionDto[];
  /**
   * Documented temporary limits in force at some time that day (who asked, why, from, until, how it
   * ended). The figures above are against the unit's own limits; these explain a deliberate deviation.
   */
  temporaryLimits: TemporaryOverrideDto[];
}

/** An alert of the unit opened that day, with what was done about it. */
export interface ComplianceExcursionDto {
  alertId: string;
  kind: string;
  severity: string;
  openedAt: string;
  conditionClearedAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
}

export interface ComplianceUnitDto {
  unitId: string;
  unitName: string;
  profileName: string;
  temperatureRange: { min: number | null; max: number | null };
  days: ComplianceDayDto[];
}

/** `GET /api/v1/compliance/report?from&to&unitId` (add `format=csv` for a spreadsheet). */
export interface ComplianceReportDto {
  from: string;
  to: string;
  timezone: string;
  units: ComplianceUnitDto[];
}
