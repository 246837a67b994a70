import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { BindTagRequest, Page, TagDto, TagQuery } from '@wardwatch/contracts';
import { Observable } from 'rxjs';

/** Tags: where they are, and commissioning (bind to an asset, unbind). */
@Injectable({ providedIn: 'root' })
export class TagApiService {
  private readonly http = inject(HttpClient);

  list(query: TagQuery): Observable<Page<TagDto>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<Page<TagDto>>('/api/v1/tags', { params });
  }

  byMac(mac: string): Observable<TagDto> {
    return this.http.get<TagDto>(`/api/v1/tags/${encodeURIComponent(mac)}`);
  }

  bind(mac: string, request: BindTagRequest): Observable<TagDto> {
    return this.http.put<TagDto>(`/api/v1/tags/${encodeURIComponent(mac)}/asset`, request);
  }

  unbind(mac: string): Observable<TagDto> {
    return this.http.delete<TagDto>(`/api/v1/tags/${encodeURIComponent(mac)}/asset`);
  }
}
