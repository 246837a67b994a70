import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  NgZone,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FloorAssetDto, GatewayDto, MonitoredUnitDto, PlanPoint, RoomDto } from '@wardwatch/contracts';
import { debounceTime, filter, Subject, switchMap } from 'rxjs';

import { AssetApiService } from '../../../core/api/asset-api.service';
import { HospitalApiService } from '../../../core/api/hospital-api.service';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { FloorPlanMap } from '../floor-plan-map/floor-plan-map';

/** How long to gather events that need the floor's assets fetched again (new arrivals, bindings). */
const REFETCH_DEBOUNCE_MS = 500;

/**
 * A floor plan that is alive: rooms, and every located asset as a marker that moves when its tag does.
 * It loads the floor, its rooms and its assets, joins the floor's live channel while shown, and hands
 * live changes straight to the map's marker layer (outside Angular's change detection).
 */
@Component({
  selector: 'ww-live-floor-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FloorPlanMap, StatusMessage],
  templateUrl: './live-floor-map.html',
  styleUrl: './live-floor-map.css',
})
export class LiveFloorMap {
  readonly floorId = input.required<string>();
  readonly gateways = input<readonly GatewayDto[]>([]);
  readonly gatewaysDraggable = input(false);
  readonly gatewayMoved = output<{ gateway: GatewayDto; point: PlanPoint }>();
  readonly selectedRoomId = input<string | null>(null);
  /** Monitored rooms and units of the floor, drawn by condition (none: the plan shows space classes only). */
  readonly units = input<readonly MonitoredUnitDto[]>([]);
  /** Assets to ring and bring into view (a search hit, the nearest answers). */
  readonly highlightAssetIds = input<readonly string[]>([]);
  readonly roomSelected = output<RoomDto | null>();
  readonly assetSelected = output<string>();
  /** The first highlighted asset's marker changed room (live): its new room, or null when it left. */
  readonly highlightMoved = output<string | null>();
  /** The kinds of device on the map (category codes), for a legend. */
  readonly categoriesShown = output<string[]>();
  /** The rooms as loaded, for pages that list or pick them. */
  readonly roomsLoaded = output<RoomDto[]>();

  private readonly hospitalApi = inject(HospitalApiService);
  private readonly assetApi = inject(AssetApiService);
  private readonly realtime = inject(RealtimeService);
  private readonly zone = inject(NgZone);
  private readonly map = viewChild(FloorPlanMap);
  private readonly refetch = new Subject<void>();
  private readonly reloads = signal(0);

  protected readonly liveStatus = this.realtime.status;
  protected readonly floor = toSignal(
    toObservable(this.floorId).pipe(
      switchMap((id) => this.hospitalApi.floor(id).pipe(toLoadable('Could not load this floor.'))),
    ),
    { initialValue: LOADING },
  );
  protected readonly rooms = toSignal(
    toObservable(this.floorId).pipe(
      switchMap((id) =>
        this.hospitalApi.rooms(id).pipe(toLoadable('Could not load the rooms of this floor.')),
      ),
    ),
    { initialValue: LOADING as Loadable<RoomDto[]> },
  );
  protected readonly roomList = computed(() => {
    const r = this.rooms();
    return r.state === 'ready' ? r.value : [];
  });
  protected readonly assets = toSignal(
    toObservable(computed(() => ({ id: this.floorId(), reload: this.reloads() }))).pipe(
      switchMap(({ id }) =>
        this.assetApi.onFloor(id).pipe(toLoadable('Could not load the equipment on this floor.')),
      ),
    ),
    { initialValue: LOADING },
  );
  protected readonly assetList = computed<readonly FloorAssetDto[] | null>(() => {
    const a = this.assets();
    return a.state === 'ready' ? a.value.items : null;
  });
  protected readonly assetCount = signal<number | null>(null);
  /** Where the first highlighted asset's marker is now: announced, and readable by tests. */
  protected readonly highlightedPlace = signal<{ assetId: string; roomId: string | null } | null>(null);
  protected readonly highlightedText = computed(() => {
    const place = this.highlightedPlace();
    const asset = place ? this.assetList()?.find((a) => a.assetId === place.assetId) : undefined;
    if (!place || !asset) {
      return '';
    }
    const room = this.roomList().find((r) => r.id === place.roomId);
    return room
      ? `${asset.assetTag} is in ${room.number} ${room.name}`
      : `${asset.assetTag} has left this floor`;
  });

  constructor() {
    // Join the floor's live channel while it is shown.
    effect((onCleanup) => {
      const leave = this.realtime.watchFloor(this.floorId());
      onCleanup(leave);
    });
    effect(() => {
      const list = this.assetList();
      untracked(() => {
        this.assetCount.set(list ? list.length : null);
        this.categoriesShown.emit([...new Set((list ?? []).map((a) => a.categoryCode))]);
      });
    });
    effect(() => {
      const first = this.highlightAssetIds()[0];
      const list = this.assetList();
      untracked(() =>
        this.highlightedPlace.set(
          first && list
            ? { assetId: first, roomId: list.find((a) => a.assetId === first)?.roomId ?? null }
            : null,
        ),
      );
    });
    effect(() => {
      const r = this.rooms();
      if (r.state === 'ready') {
        untracked(() => this.roomsLoaded.emit(r.value));
      }
    });
    this.realtime.positions$
      .pipe(
        filter((p) => p.floorId === untracked(this.floorId)),
        takeUntilDestroyed(),
      )
      .subscribe((payload) => {
        const unknown = this.map()?.applyPositions(payload.changes) ?? 0;
        if (unknown > 0) {
          this.refetch.next();
        }
        this.followHighlighted();
      });
    this.realtime.assets$
      .pipe(
        filter((p) => p.floorId === untracked(this.floorId)),
        takeUntilDestroyed(),
      )
      .subscribe((payload) => {
        for (const change of payload.changes) {
          if (!this.map()?.updateAssetStatus(change.assetId, change.status, change.tagMac)) {
            this.refetch.next();
          }
        }
      });
    this.refetch
      .pipe(debounceTime(REFETCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe(() => this.zone.run(() => this.reloads.update((n) => n + 1)));
  }

  /** After live changes: if the highlighted asset's marker changed room, say so (rarely in the zone). */
  private followHighlighted(): void {
    const place = untracked(this.highlightedPlace);
    if (!place) {
      return;
    }
    const roomId = this.map()?.markerRoomOf(place.assetId) ?? null;
    if (roomId !== place.roomId) {
      this.zone.run(() => {
        this.highlightedPlace.set({ assetId: place.assetId, roomId });
        this.highlightMoved.emit(roomId);
      });
    }
  }
}
