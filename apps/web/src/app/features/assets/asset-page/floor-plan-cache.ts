import { inject, Injectable } from '@angular/core';
import type { FloorDto, RoomDto } from '@wardwatch/contracts';
import { forkJoin, map, Observable, shareReplay } from 'rxjs';
import { HospitalApiService } from '../../../core/api/hospital-api.service';

export interface FloorPlan {
  floor: FloorDto;
  rooms: RoomDto[];
  roomsById: ReadonlyMap<string, RoomDto>;
}

/**
 * Floors with their rooms, fetched once per floor while the asset page is open (the move reason and
 * the history map both need them, and the history slider may pass the same floor many times).
 * Provided by the asset page, so it lives as long as the page does. A failed fetch is tried again.
 */
@Injectable()
export class FloorPlanCache {
  private readonly api = inject(HospitalApiService);
  private readonly plans = new Map<string, Observable<FloorPlan>>();

  get(floorId: string): Observable<FloorPlan> {
    let plan = this.plans.get(floorId);
    if (!plan) {
      plan = forkJoin({ floor: this.api.floor(floorId), rooms: this.api.rooms(floorId) }).pipe(
        map(({ floor, rooms }) => ({ floor, rooms, roomsById: new Map(rooms.map((r) => [r.id, r])) })),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
      this.plans.set(floorId, plan);
    }
    return plan;
  }
}
