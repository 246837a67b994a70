/** How a monitored unit is doing now, for colouring the plan and listing fridges. */
export const UNIT_CONDITIONS = ['ok', 'alert', 'no-data'] as const;
export type UnitCondition = (typeof UNIT_CONDITIONS)[number];

export interface ValueRange {
  min: number | null;
  max: number | null;
}

export interface LatestReadingDto {
  at: string;
  temperatureC: number | null;
  humidityPct: number | null;
  powerW: number | null;
  powerOn: boolean | null;
}

/** `GET /api/v1/monitored-units?floorId=`: a room or equipment unit whose conditions are watched. */
export interface MonitoredUnitDto {
  id: string;
  name: string;
  kind: 'room' | 'fridge' | 'freezer' | 'incubator' | 'warmer';
  profileCode: string;
  profileName: string;
  roomId: string;
  floorId: string;
  /** The site's IANA time zone: charts and compliance days follow the site's clock. */
  timezone: string;
  assetId: string | null;
  /** MACs of the sensors watching it. */
  sensorMacs: string[];
  /** The limits in force now (profile, site and unit overrides, and a temporary override if any). */
  temperatureC: ValueRange;
  humidityPct: ValueRange | null;
  /** No reading for this long is a data gap (charts break their lines there). */
  gapMin: number;
  latest: LatestReadingDto | null;
  condition: UnitCondition;
  /** Unresolved alerts of this unit. */
  openAlerts: number;
  /** A documented temporary override in force now. */
  override: TemporaryOverrideDto | null;
}

export interface SeriesPointDto {
  /** Start of the bucket. */
  at: string;
  n: number;
  min: number | null;
  max: number | null;
  mean: number | null;
}

/** `GET /api/v1/monitored-units/:id/series?from&to&bucket=minute|hour`: missing buckets are gaps, never filled. */
export interface UnitSeriesDto {
  unitId: string;
  bucket: 'minute' | 'hour';
  from: string;
  to: string;
  temperatureC: SeriesPointDto[];
  humidityPct: SeriesPointDto[];
}

/** `POST /api/v1/monitored-units/:id/overrides`: e.g. a surgeon asks for a colder OR until tonight. */
export interface TemporaryOverrideRequest {
  temperatureC?: ValueRange;
  humidityPct?: ValueRange;
  requestedBy: string;
  reason: string;
  until: string;
}

/** One documented temporary override; `GET /api/v1/monitored-units/:id/overrides` lists a unit's, newest first. */
export interface TemporaryOverrideDto {
  id: string;
  temperatureC: ValueRange | null;
  humidityPct: ValueRange | null;
  requestedBy: string;
  reason: string;
  enteredBy: string | null;
  startsAt: string;
  /** When it ends, or ended: the moment it was ended if someone ended it early. */
  endsAt: string;
  /** Set when someone ended it before its planned end: who (email, null if the user is gone), why, and the end it had. */
  endedEarly: { by: string | null; reason: string; plannedEndsAt: string } | null;
}

/** `POST /api/v1/monitored-units/:id/overrides/:overrideId/end`: the limits go back to the profile's now. */
export interface EndTemporaryOverrideRequest {
  reason: string;
}

/** `PUT /api/v1/assets/:id/plug`: the smart plug a device runs on, and the draw that means "in use". */
export interface AssetPlugRequest {
  mac: string;
  inUseAboveW: number;
}

export interface UtilisationDayDto {
  day: string;
  /** Minutes with the plug's mean draw above the threshold. */
  inUseMinutes: number;
  /** Minutes with a power reading at all (unobserved time is not counted as idle). */
  observedMinutes: number;
  /** inUseMinutes / observedMinutes, null when nothing was observed. */
  utilisation: number | null;
}

/** `GET /api/v1/utilisation?from&to&category`: equipment use from smart-plug power, per asset and per category. */
export interface UtilisationReportDto {
  from: string;
  to: string;
  timezone: string;
  assets: {
    assetId: string;
    assetTag: string;
    categoryCode: string;
    inUseAboveW: number;
    days: UtilisationDayDto[];
  }[];
  categories: { categoryCode: string; assets: number; days: UtilisationDayDto[] }[];
}
