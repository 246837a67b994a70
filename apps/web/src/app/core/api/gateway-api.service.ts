import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { GatewayDto, RegisterGatewayRequest, RegisterGatewayResponse } from '@wardwatch/contracts';
import { Observable } from 'rxjs';

/** BLE gateways: the fixed receivers that hear tags. */
@Injectable({ providedIn: 'root' })
export class GatewayApiService {
  private readonly http = inject(HttpClient);

  forFloor(floorId: string): Observable<GatewayDto[]> {
    return this.http.get<GatewayDto[]>('/api/v1/gateways', {
      params: new HttpParams().set('floorId', floorId),
    });
  }

  register(request: RegisterGatewayRequest): Observable<RegisterGatewayResponse> {
    return this.http.post<RegisterGatewayResponse>('/api/v1/gateways', request);
  }
}
