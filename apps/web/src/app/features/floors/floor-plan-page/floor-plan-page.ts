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
import type { AssetCategoryDto, GatewayDto, PlanPoint, RoomDto } from '@wardwatch/contracts';
import { catchError, combineLatest, of, switchMap } from 'rxjs';
import { AssetApiService } from '../../../core/api/asset-api.service';
import { EnvironmentApiService } from '../../../core/api/environment-api.service';
import { GatewayApiService } from '../../../core/api/gateway-api.service';
import { HospitalApiService } from '../../../core/api/hospital-api.service';
import { AuthService } from '../../../core/auth/auth.service';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { FloorPicker } from '../../../shared/floor-picker/floor-picker';
import { findFloor, firstFloor } from '../../../shared/floor-picker/floor-lookup';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { ConditionLegend } from '../../environment/condition-legend/condition-legend';
import { liveResource } from '../../environment/live/live-resource';
import { isEnvironmentAlert } from '../../environment/unit-condition/environment-alerts';
import { RoomUnits } from '../../environment/room-units/room-units';
import { DeviceLegend } from '../device-legend/device-legend';
import { LiveFloorMap } from '../live-floor-map/live-floor-map';
import { SelectedAssetPanel } from '../selected-asset-panel/selected-asset-panel';
import { RoomDetails } from '../room-details/room-details';
import { SpaceClassLegend } from '../space-class-legend/space-class-legend';

/** Roles the API lets list gateways. */
const GATEWAY_ROLES = ['admin', 'biomed', 'facilities'] as const;

/** `/floors` and `/floors/:floorId`: the plan of one floor with its rooms, and optionally gateways. */
@Component({
  selector: 'ww-floor-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ConditionLegend,
    DeviceLegend,
    FloorPicker,
    LiveFloorMap,
    RoomDetails,
    RoomUnits,
    SelectedAssetPanel,
    SpaceClassLegend,
    StatusMessage,
  ],
  templateUrl: './floor-plan-page.html',
  styleUrl: './floor-plan-page.css',
})
export class FloorPlanPage {
  /** Bound from the route parameter. */
  readonly floorId = input<string | undefined>(undefined);
  /** `?asset=<id>`: ring this asset and bring it into view (links from the finder and asset pages). */
  readonly asset = input<string | undefined>(undefined);
  /** `?room=<id>`: select this room. */
  readonly room = input<string | undefined>(undefined);

  private readonly hospitalApi = inject(HospitalApiService);
  private readonly gatewayApi = inject(GatewayApiService);
  private readonly environmentApi = inject(EnvironmentApiService);
  private readonly router = inject(Router);

  protected readonly canSeeGateways = inject(AuthService).hasRole(GATEWAY_ROLES);
  protected readonly canMoveGateways = inject(AuthService).hasRole(['admin']);
  /** The outcome of the last gateway drag, said plainly. */
  protected readonly gatewayMove = signal<{ text: string; failed: boolean } | null>(null);
  private readonly gatewayReloads = signal(0);
  protected readonly showGateways = signal(false);
  /** Monitored rooms drawn by condition (on by default; off shows the plain space-class plan). */
  protected readonly showConditions = signal(true);

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
    combineLatest([
      toObservable(this.floorId),
      toObservable(this.showGateways),
      toObservable(this.gatewayReloads),
    ]).pipe(
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

  /** The floor's monitored rooms and units, kept current by alert changes and a poll. */
  protected readonly units = liveResource(
    computed(() => (this.showConditions() ? (this.floorId() ?? null) : null)),
    (floorId: string) => this.environmentApi.units(floorId),
    {
      failureMessage: 'Could not load the room conditions.',
      isRelevant: (alert, floorId) => isEnvironmentAlert(alert) && alert.floorId === floorId,
    },
  ).state;
  protected readonly unitList = computed(() => {
    const live = this.units();
    return this.showConditions() && live.data.state === 'ready' ? live.data.value : [];
  });

  /** Cleared whenever another floor is opened; `?room=` selects one. */
  protected readonly selectedRoomId = linkedSignal<{ floor?: string; room?: string }, string | null>({
    source: computed(() => ({ floor: this.floorId(), room: this.room() })),
    computation: ({ room }) => room ?? null,
  });
  /** The asset clicked on the map, or `?asset=`. */
  protected readonly selectedAssetId = linkedSignal<{ floor?: string; asset?: string }, string | null>({
    source: computed(() => ({ floor: this.floorId(), asset: this.asset() })),
    computation: ({ asset }) => asset ?? null,
  });
  private readonly categories = toSignal(
    // The legend only names the kinds: without the names it still shows the statuses.
    inject(AssetApiService)
      .categories()
      .pipe(catchError(() => of([] as AssetCategoryDto[]))),
    { initialValue: [] as AssetCategoryDto[] },
  );
  protected readonly shownCategories = signal<string[]>([]);
  protected readonly legendCategories = computed(() => {
    const shown = new Set(this.shownCategories());
    return this.categories().filter((c) => shown.has(c.code));
  });
  /** Counts live moves of the selected asset, so its panel reloads. */
  protected readonly assetMoves = signal(0);
  protected readonly highlighted = computed(() => {
    const id = this.selectedAssetId();
    return id ? [id] : [];
  });
  protected readonly selectedRoom = computed(
    () => this.roomList().find((r) => r.id === this.selectedRoomId()) ?? null,
  );
  protected readonly selectedRoomUnits = computed(() =>
    this.unitList().filter((u) => u.roomId === this.selectedRoomId()),
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

  /** An admin dropped a gateway somewhere else: save it, say where it now hangs, redraw from the server. */
  protected moveGateway({ gateway, point }: { gateway: GatewayDto; point: PlanPoint }): void {
    this.gatewayMove.set({ text: `Moving ${gateway.name}…`, failed: false });
    this.gatewayApi.move(gateway.id, { point }).subscribe({
      next: (moved) => {
        const room = this.roomList().find((r) => r.id === moved.roomId);
        this.gatewayMove.set({
          text: `${moved.name} now hangs in ${room ? `${room.number} ${room.name}` : 'no room'}`,
          failed: false,
        });
        this.gatewayReloads.update((n) => n + 1);
      },
      error: (error: unknown) => {
        this.gatewayMove.set({
          text: apiErrorMessage(error, `Could not move ${gateway.name}.`),
          failed: true,
        });
        this.gatewayReloads.update((n) => n + 1);
      },
    });
  }

  protected selectAsset(id: string): void {
    this.selectedAssetId.set(id);
  }

  protected selectRoomById(id: string): void {
    this.selectedRoomId.set(id || null);
  }
}
