import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { AssetPage, BuildingWithFloorsDto, RoomDto } from '@wardwatch/contracts';
import { SPACE_CLASS_LABELS } from '@wardwatch/contracts';
import { combineLatest, debounceTime, filter, map, merge, switchMap } from 'rxjs';
import { AssetApiService } from '../../../core/api/asset-api.service';
import { EnvironmentApiService } from '../../../core/api/environment-api.service';
import { HospitalApiService } from '../../../core/api/hospital-api.service';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { findFloor } from '../../../shared/floor-picker/floor-lookup';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { TimeAgo } from '../../../shared/time-ago/time-ago';
import { confidencePercent } from '../../../shared/time/relative-time';
import { AssetStatusChip } from '../../assets/asset-status-chip/asset-status-chip';
import { liveResource } from '../../environment/live/live-resource';
import { RoomUnits } from '../../environment/room-units/room-units';
import { isEnvironmentAlert } from '../../environment/unit-condition/environment-alerts';

/** More devices than this in one room is not expected; the page says so when it happens. */
export const ROOM_ASSET_LIMIT = 200;
/** Live changes are gathered for this long before the list reloads. */
export const ROOM_REFRESH_DEBOUNCE_MS = 500;

/** `/rooms/:roomId`: a room, the tracked devices in it now (live), and its conditions. */
@Component({
  selector: 'ww-room-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AssetStatusChip, RoomUnits, RouterLink, StatusMessage, TimeAgo],
  templateUrl: './room-page.html',
  styleUrl: './room-page.css',
})
export class RoomPage {
  /** From the route. */
  readonly roomId = input.required<string>();

  private readonly hospitalApi = inject(HospitalApiService);
  private readonly assetApi = inject(AssetApiService);
  private readonly realtime = inject(RealtimeService);
  private readonly environmentApi = inject(EnvironmentApiService);

  protected readonly confidence = confidencePercent;

  protected readonly room = toSignal(
    toObservable(this.roomId).pipe(
      switchMap((id) => this.hospitalApi.room(id).pipe(toLoadable('Could not load this room.'))),
    ),
    { initialValue: LOADING as Loadable<RoomDto> },
  );
  private readonly buildings = toSignal(
    this.hospitalApi.buildings().pipe(toLoadable('Could not load the buildings.')),
    { initialValue: LOADING as Loadable<BuildingWithFloorsDto[]> },
  );
  private readonly readyRoom = computed(() => {
    const r = this.room();
    return r.state === 'ready' ? r.value : null;
  });
  protected readonly classLabel = computed(() => {
    const room = this.readyRoom();
    return room ? (SPACE_CLASS_LABELS[room.spaceClass] ?? room.spaceClass) : '';
  });
  protected readonly place = computed(() => {
    const b = this.buildings();
    return b.state === 'ready' ? findFloor(b.value, this.readyRoom()?.floorId) : null;
  });
  protected readonly floorPlanLink = computed(() => {
    const room = this.readyRoom();
    return room ? { path: ['/floors', room.floorId], query: { room: room.id } } : null;
  });

  /** The room's monitored units (the room itself, its fridges and freezers), kept current. */
  protected readonly units = liveResource(
    computed(() => this.readyRoom()?.id ?? null),
    (roomId: string) =>
      this.environmentApi
        .units(this.readyRoom()?.floorId)
        .pipe(map((units) => units.filter((u) => u.roomId === roomId))),
    {
      failureMessage: 'Could not load the conditions of this room.',
      isRelevant: (alert, roomId) => isEnvironmentAlert(alert) && alert.roomId === roomId,
    },
  ).state;

  /** Bumped by live events so the device list reloads. */
  private readonly reload = signal(0);
  private readonly result = toSignal(
    combineLatest([toObservable(this.roomId), toObservable(this.reload)]).pipe(
      switchMap(([roomId]) =>
        this.assetApi
          .search({ roomId, limit: ROOM_ASSET_LIMIT })
          .pipe(toLoadable('Could not load the devices in this room.')),
      ),
    ),
    { initialValue: LOADING as Loadable<AssetPage> },
  );
  /** The list on screen: kept while a live reload runs so the table does not flicker. */
  protected readonly assets = linkedSignal<Loadable<AssetPage>, Loadable<AssetPage>>({
    source: this.result,
    computation: (result, previous) =>
      result.state === 'loading' && previous?.value.state === 'ready' ? previous.value : result,
  });

  constructor() {
    effect((onCleanup) => {
      const floorId = this.readyRoom()?.floorId;
      if (floorId) {
        onCleanup(this.realtime.watchFloor(floorId));
      }
    });
    const shownIds = computed(() => {
      const a = this.assets();
      return new Set(a.state === 'ready' ? a.value.items.map((i) => i.id) : []);
    });
    merge(
      this.realtime.positions$.pipe(
        map((p) => p.changes.some((c) => c.roomId === this.roomId() || c.fromRoomId === this.roomId())),
      ),
      this.realtime.assets$.pipe(map((a) => a.changes.some((c) => shownIds().has(c.assetId)))),
    )
      .pipe(filter(Boolean), debounceTime(ROOM_REFRESH_DEBOUNCE_MS), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.reload.update((n) => n + 1));
  }
}
