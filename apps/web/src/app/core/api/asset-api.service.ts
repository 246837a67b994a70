import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AssetCategoryDto, AssetDto, AssetPage, AssetQuery } from '@wardwatch/contracts';
import { Observable } from 'rxjs';

/** Tracked equipment and its categories. */
@Injectable({ providedIn: 'root' })
export class AssetApiService {
  private readonly http = inject(HttpClient);

  search(query: AssetQuery): Observable<AssetPage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<AssetPage>('/api/v1/assets', { params });
  }

  byId(id: string): Observable<AssetDto> {
    return this.http.get<AssetDto>(`/api/v1/assets/${encodeURIComponent(id)}`);
  }

  categories(): Observable<AssetCategoryDto[]> {
    return this.http.get<AssetCategoryDto[]>('/api/v1/asset-categories');
  }
}
