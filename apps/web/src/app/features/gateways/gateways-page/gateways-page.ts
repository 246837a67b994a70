import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { DatePipe } from '@angular/common';
import type {
  BuildingWithFloorsDto,
  GatewayDto,
  RegisterGatewayResponse,
  RoomDto,
} from '@wardwatch/contracts';
import { combineLatest, map, of, switchMap } from 'rxjs';
import { GatewayApiService } from '../../../core/api/gateway-api.service';
import { HospitalApiService } from '../../../core/api/hospital-api.service';
import { FloorPicker } from '../../../shared/floor-picker/floor-picker';
import { findFloor, firstFloor } from '../../../shared/floor-picker/floor-lookup';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { GatewayRegisterForm } from '../gateway-register-form/gateway-register-form';
import { IngestKeyNotice } from '../ingest-key-notice/ingest-key-notice';

/** `/gateways` (admin): the gateways of one floor, and registering new ones. */
@Component({
  selector: 'ww-gateways-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, FloorPicker, GatewayRegisterForm, IngestKeyNotice, StatusMessage],
  templateUrl: './gateways-page.html',
  styleUrl: './gateways-page.css',
})
export class GatewaysPage {
  private readonly gatewayApi = inject(GatewayApiService);
  private readonly hospitalApi = inject(HospitalApiService);

  protected readonly buildings = toSignal(
    this.hospitalApi.buildings().pipe(toLoadable('Could not load the buildings.')),
    { initialValue: LOADING as Loadable<BuildingWithFloorsDto[]> },
  );
  protected readonly buildingList = computed(() => {
    const b = this.buildings();
    return b.state === 'ready' ? b.value : [];
  });
  /** The floor whose gateways are listed; starts on the first building's ground floor. */
  protected readonly floorId = linkedSignal(() => firstFloor(this.buildingList())?.id ?? null);
  protected readonly location = computed(() => findFloor(this.buildingList(), this.floorId()));

  /** Bumped after a registration so the list reloads. */
  private readonly reload = signal(0);

  protected readonly gateways = toSignal(
    combineLatest([toObservable(this.floorId), toObservable(this.reload)]).pipe(
      switchMap(([floorId]) =>
        floorId
          ? this.gatewayApi.forFloor(floorId).pipe(toLoadable('Could not load the gateways.'))
          : of(null),
      ),
    ),
    { initialValue: null as Loadable<GatewayDto[]> | null },
  );

  /** Room numbers by id, so the list can say which room each gateway is in. */
  private readonly roomNumbers = toSignal(
    toObservable(this.floorId).pipe(
      switchMap((floorId) => (floorId ? this.hospitalApi.rooms(floorId).pipe(toLoadable('')) : of(null))),
      map((rooms) => {
        const byId = new Map<string, RoomDto>();
        if (rooms?.state === 'ready') {
          rooms.value.forEach((room) => byId.set(room.id, room));
        }
        return byId;
      }),
    ),
    { initialValue: new Map<string, RoomDto>() },
  );

  protected readonly registration = signal<RegisterGatewayResponse | null>(null);

  protected roomLabel(gateway: GatewayDto): string {
    if (!gateway.roomId) {
      return 'Not in a room';
    }
    const room = this.roomNumbers().get(gateway.roomId);
    return room ? `${room.number} · ${room.name}` : '—';
  }

  protected onRegistered(response: RegisterGatewayResponse): void {
    this.registration.set(response);
    if (response.gateway.floorId === this.floorId()) {
      this.reload.update((n) => n + 1);
    } else {
      this.floorId.set(response.gateway.floorId);
    }
  }
}
