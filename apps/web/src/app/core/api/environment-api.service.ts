import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ComplianceReportDto,
  EndTemporaryOverrideRequest,
  MonitoredUnitDto,
  SiteDto,
  TemporaryOverrideDto,
  TemporaryOverrideRequest,
  UnitSeriesDto,
} from '@wardwatch/contracts';
import { map, Observable } from 'rxjs';

export type SeriesBucket = UnitSeriesDto['bucket'];

export interface SeriesQuery {
  from: Date;
  to: Date;
  bucket: SeriesBucket;
}

/** Local days (YYYY-MM-DD, the site's time zone), inclusive; no unit: every monitored unit. */
export interface ReportQuery {
  from: string;
  to: string;
  unitIds?: readonly string[];
}

/** A downloaded file: its bytes and the name the server suggests. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** The file name in a Content-Disposition header (`attachment; filename="x.csv"`), or null. */
export function filenameFromDisposition(header: string | null): string | null {
  const match = header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null;
  return match ? decodeURIComponent(match[1].trim()) : null;
}

/** Environment monitoring: monitored rooms and units, their charts, temporary overrides, compliance. */
@Injectable({ providedIn: 'root' })
export class EnvironmentApiService {
  private readonly http = inject(HttpClient);

  /** Every monitored unit, or those of one floor. */
  units(floorId?: string): Observable<MonitoredUnitDto[]> {
    const params = floorId ? new HttpParams().set('floorId', floorId) : undefined;
    return this.http.get<MonitoredUnitDto[]>('/api/v1/monitored-units', { params });
  }

  unit(id: string): Observable<MonitoredUnitDto> {
    return this.http.get<MonitoredUnitDto>(`/api/v1/monitored-units/${encodeURIComponent(id)}`);
  }

  /** Min, max and mean per bucket; buckets without readings are absent (gaps). */
  series(id: string, query: SeriesQuery): Observable<UnitSeriesDto> {
    const params = new HttpParams()
      .set('from', query.from.toISOString())
      .set('to', query.to.toISOString())
      .set('bucket', query.bucket);
    return this.http.get<UnitSeriesDto>(`/api/v1/monitored-units/${encodeURIComponent(id)}/series`, {
      params,
    });
  }

  /** The unit's record of temporary overrides, newest first (with who ended any early and why). */
  overrides(id: string): Observable<TemporaryOverrideDto[]> {
    return this.http.get<TemporaryOverrideDto[]>(
      `/api/v1/monitored-units/${encodeURIComponent(id)}/overrides`,
    );
  }

  addOverride(id: string, request: TemporaryOverrideRequest): Observable<TemporaryOverrideDto> {
    return this.http.post<TemporaryOverrideDto>(
      `/api/v1/monitored-units/${encodeURIComponent(id)}/overrides`,
      request,
    );
  }

  /** Ends an override in force now, before its planned end; the unit's own limits apply again. */
  endOverride(unitId: string, overrideId: string, reason: string): Observable<TemporaryOverrideDto> {
    const request: EndTemporaryOverrideRequest = { reason };
    return this.http.post<TemporaryOverrideDto>(
      `/api/v1/monitored-units/${encodeURIComponent(unitId)}/overrides/${encodeURIComponent(overrideId)}/end`,
      request,
    );
  }

  report(query: ReportQuery): Observable<ComplianceReportDto> {
    return this.http.get<ComplianceReportDto>('/api/v1/compliance/report', {
      params: reportParams(query),
    });
  }

  /** The report as CSV, fetched with the bearer token (a plain link would carry no token). */
  reportCsv(query: ReportQuery): Observable<DownloadedFile> {
    return this.http
      .get('/api/v1/compliance/report', {
        params: reportParams(query).set('format', 'csv'),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([], { type: 'text/csv' }),
          filename:
            filenameFromDisposition(response.headers.get('Content-Disposition')) ??
            `wardwatch-compliance-${query.from}-to-${query.to}.csv`,
        })),
      );
  }

  /** The sites, for their time zone: report days are the site's local days. */
  sites(): Observable<SiteDto[]> {
    return this.http.get<SiteDto[]>('/api/v1/sites');
  }
}

function reportParams(query: ReportQuery): HttpParams {
  let params = new HttpParams().set('from', query.from).set('to', query.to);
  for (const id of query.unitIds ?? []) {
    params = params.append('unitId', id);
  }
  return params;
}
