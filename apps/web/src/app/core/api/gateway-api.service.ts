import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  GatewayDto,
  MoveGatewayRequest,
  RegisterGatewayRequest,
  RegisterGatewayResponse,
} from '@wardwatch/contracts';
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

  /** Moves a gateway (admins); its room is found again from the point. */
  move(id: string, request: MoveGatewayRequest): Observable<GatewayDto> {
    return this.http.patch<GatewayDto>(`/api/v1/gateways/${encodeURIComponent(id)}`, request);
  }
}
