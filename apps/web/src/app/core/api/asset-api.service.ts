import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AssetCategoryDto,
  AssetDetailDto,
  AssetHistoryDto,
  AssetPage,
  AssetQuery,
  AssetStatus,
  FloorAssetsDto,
  NearestAssetsDto,
} from '@wardwatch/contracts';
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

  /** The asset page's data, including the status changes the signed-in user may make. */
  byId(id: string): Observable<AssetDetailDto> {
    return this.http.get<AssetDetailDto>(`/api/v1/assets/${encodeURIComponent(id)}`);
  }

  changeStatus(id: string, status: AssetStatus, note?: string): Observable<AssetDetailDto> {
    return this.http.patch<AssetDetailDto>(`/api/v1/assets/${encodeURIComponent(id)}/status`, {
      status,
      note,
    });
  }

  history(id: string, from?: Date, to?: Date): Observable<AssetHistoryDto> {
    let params = new HttpParams();
    if (from) {
      params = params.set('from', from.toISOString());
    }
    if (to) {
      params = params.set('to', to.toISOString());
    }
    return this.http.get<AssetHistoryDto>(`/api/v1/assets/${encodeURIComponent(id)}/history`, { params });
  }

  nearest(category: string, roomId: string, limit = 10): Observable<NearestAssetsDto> {
    const params = new HttpParams().set('category', category).set('roomId', roomId).set('limit', limit);
    return this.http.get<NearestAssetsDto>('/api/v1/assets/nearest', { params });
  }

  onFloor(floorId: string): Observable<FloorAssetsDto> {
    return this.http.get<FloorAssetsDto>(`/api/v1/floors/${encodeURIComponent(floorId)}/assets`);
  }

  categories(): Observable<AssetCategoryDto[]> {
    return this.http.get<AssetCategoryDto[]>('/api/v1/asset-categories');
  }
}
