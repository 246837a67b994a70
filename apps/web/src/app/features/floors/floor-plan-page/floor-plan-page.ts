import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import type { GatewayDto, RoomDto } from '@wardwatch/contracts';
import { combineLatest, of, switchMap } from 'rxjs';
import { GatewayApiService } from '../../../core/api/gateway-api.service';
import { HospitalApiService } from '../../../core/api/hospital-api.service';
import { AuthService } from '../../../core/auth/auth.service';
import { FloorPicker } from '../../../shared/floor-picker/floor-picker';
import { findFloor, firstFloor } from '../../../shared/floor-picker/floor-lookup';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { FloorPlanMap } from '../floor-plan-map/floor-plan-map';
import { RoomDetails } from '../room-details/room-details';
import { SpaceClassLegend } from '../space-class-legend/space-class-legend';

/** Roles the API lets list gateways. */
const GATEWAY_ROLES = ['admin', 'biomed', 'facilities'] as const;

/** `/floors` and `/floors/:floorId`: the plan of one floor with its rooms, and optionally gateways. */
@Component({
  selector: 'ww-floor-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FloorPicker, FloorPlanMap, RoomDetails, SpaceClassLegend, StatusMessage],
  templateUrl: './floor-plan-page.html',
  styleUrl: './floor-plan-page.css',
})
export class FloorPlanPage {
  /** Bound from the route parameter. */
  readonly floorId = input<string | undefined>(undefined);

  private readonly hospitalApi = inject(HospitalApiService);
  private readonly gatewayApi = inject(GatewayApiService);
  private readonly router = inject(Router);

  protected readonly canSeeGateways = inject(AuthService).hasRole(GATEWAY_ROLES);
  protected readonly showGateways = signal(false);

  protected readonly buildings = toSignal(
    this.hospitalApi.buildings().pipe(toLoadable('Could not load the buildings.')),
    { initialValue: LOADING },
  );
  protected readonly buildingList = computed(() => {
    const b = this.buildings();
    return b.state === 'ready' ? b.value : [];
  });
  protected readonly location = computed(() => findFloor(this.buildingList(), this.floorId()));

  protected readonly rooms = toSignal(
    toObservable(this.floorId).pipe(
      switchMap((id) =>
        id
          ? this.hospitalApi.rooms(id).pipe(toLoadable('Could not load the rooms of this floor.'))
          : of(LOADING),
      ),
    ),
    { initialValue: LOADING as Loadable<RoomDto[]> },
  );
  protected readonly roomList = computed(() => {
    const r = this.rooms();
    return r.state === 'ready' ? r.value : [];
  });
  /** Rooms for the keyboard finder: everything but corridors, by number. */
  protected readonly findableRooms = computed(() =>
    this.roomList()
      .filter((r) => r.spaceClass !== 'corridor')
      .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true })),
  );

  protected readonly gateways = toSignal(
    combineLatest([toObservable(this.floorId), toObservable(this.showGateways)]).pipe(
      switchMap(([id, show]) =>
        show && id && this.canSeeGateways
          ? this.gatewayApi.forFloor(id).pipe(toLoadable('Could not load the gateways.'))
          : of(null),
      ),
    ),
    { initialValue: null as Loadable<GatewayDto[]> | null },
  );
  protected readonly gatewayList = computed(() => {
    const g = this.gateways();
    return g?.state === 'ready' ? g.value : [];
  });

  /** Cleared whenever another floor is opened. */
  protected readonly selectedRoomId = linkedSignal<string | undefined, string | null>({
    source: this.floorId,
    computation: () => null,
  });
  protected readonly selectedRoom = computed(
    () => this.roomList().find((r) => r.id === this.selectedRoomId()) ?? null,
  );
  protected readonly selectedRoomGatewayCount = computed(() => {
    const room = this.selectedRoom();
    if (!room || this.gateways()?.state !== 'ready') {
      return null;
    }
    return this.gatewayList().filter((g) => g.roomId === room.id).length;
  });

  constructor() {
    // `/floors` without a floor: open the first building's ground floor.
    effect(() => {
      const buildings = this.buildings();
      if (buildings.state === 'ready' && !this.floorId()) {
        const floor = firstFloor(buildings.value);
        if (floor) {
          void this.router.navigate(['/floors', floor.id], { replaceUrl: true });
        }
      }
    });
  }

  protected openFloor(floorId: string): void {
    if (floorId !== this.floorId()) {
      void this.router.navigate(['/floors', floorId]);
    }
  }

  protected selectRoom(room: RoomDto | null): void {
    this.selectedRoomId.set(room?.id ?? null);
  }

  protected selectRoomById(id: string): void {
    this.selectedRoomId.set(id || null);
  }
}
