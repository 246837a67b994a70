import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { BuildingWithFloorsDto, FloorDto, RoomDto } from '@wardwatch/contracts';
import { Observable } from 'rxjs';

/** Buildings, floors and rooms of the site. */
@Injectable({ providedIn: 'root' })
export class HospitalApiService {
  private readonly http = inject(HttpClient);

  buildings(): Observable<BuildingWithFloorsDto[]> {
    return this.http.get<BuildingWithFloorsDto[]>('/api/v1/buildings');
  }

  floor(floorId: string): Observable<FloorDto> {
    return this.http.get<FloorDto>(`/api/v1/floors/${encodeURIComponent(floorId)}`);
  }

  rooms(floorId: string): Observable<RoomDto[]> {
    return this.http.get<RoomDto[]>(`/api/v1/floors/${encodeURIComponent(floorId)}/rooms`);
  }

  room(roomId: string): Observable<RoomDto> {
    return this.http.get<RoomDto>(`/api/v1/rooms/${encodeURIComponent(roomId)}`);
  }
}
