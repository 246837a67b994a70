import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AlertDto, AlertQuery, AlertSummaryDto, Page } from '@wardwatch/contracts';
import { Observable } from 'rxjs';

/** Alerts: the list, the counts for the alerts bar, acknowledge and resolve. */
@Injectable({ providedIn: 'root' })
export class AlertApiService {
  private readonly http = inject(HttpClient);

  list(query: AlertQuery = {}): Observable<Page<AlertDto>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<Page<AlertDto>>('/api/v1/alerts', { params });
  }

  summary(): Observable<AlertSummaryDto> {
    return this.http.get<AlertSummaryDto>('/api/v1/alerts/summary');
  }

  acknowledge(id: string, note?: string): Observable<AlertDto> {
    return this.http.post<AlertDto>(`/api/v1/alerts/${encodeURIComponent(id)}/acknowledge`, { note });
  }

  resolve(id: string, note: string): Observable<AlertDto> {
    return this.http.post<AlertDto>(`/api/v1/alerts/${encodeURIComponent(id)}/resolve`, { note });
  }
}
