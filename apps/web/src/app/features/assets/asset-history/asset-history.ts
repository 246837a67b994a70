import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { AssetHistoryDto, CurrentLocationDto, MovementDto } from '@wardwatch/contracts';
import { distinctUntilChanged, of, switchMap } from 'rxjs';
import { AssetApiService } from '../../../core/api/asset-api.service';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { confidencePercent } from '../../../shared/time/relative-time';
import { AssetHistoryMap } from '../asset-history-map/asset-history-map';
import { FloorPlan, FloorPlanCache } from '../asset-page/floor-plan-cache';
import {
  inTimeOrder,
  nextMoveTime,
  pathOnFloor,
  previousMoveTime,
  roomAtTime,
  roomsVisited,
} from './room-at-time';

/** The slider moves a minute at a time. */
export const HISTORY_STEP_MS = 60_000;

/**
 * An asset's room changes over the last 24 hours: a time slider, the room it was in at that time, and
 * its path on a small floor plan. Needs a `FloorPlanCache` from the page.
 */
@Component({
  selector: 'ww-asset-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AssetHistoryMap, DatePipe, RouterLink, StatusMessage],
  templateUrl: './asset-history.html',
  styleUrl: './asset-history.css',
})
export class AssetHistory {
  readonly assetId = input.required<string>();
  /** Where the asset is now (used when it did not move in the period). */
  readonly current = input<CurrentLocationDto | null>(null);

  protected readonly stepMs = HISTORY_STEP_MS;
  protected readonly confidence = confidencePercent;

  private readonly api = inject(AssetApiService);
  private readonly plans = inject(FloorPlanCache);

  protected readonly history = toSignal(
    toObservable(this.assetId).pipe(
      switchMap((id) => this.api.history(id).pipe(toLoadable('Could not load the location history.'))),
    ),
    { initialValue: LOADING as Loadable<AssetHistoryDto> },
  );

  protected readonly moves = computed<MovementDto[]>(() => {
    const h = this.history();
    return h.state === 'ready' ? inTimeOrder(h.value.movements) : [];
  });
  protected readonly fromMs = computed(() => {
    const h = this.history();
    return h.state === 'ready' ? Date.parse(h.value.from) : 0;
  });
  protected readonly toMs = computed(() => {
    const h = this.history();
    return h.state === 'ready' ? Date.parse(h.value.to) : 0;
  });

  /** The chosen time (ms); starts at the end of the period (now). */
  protected readonly time = linkedSignal(() => this.toMs());

  protected readonly place = computed(() => roomAtTime(this.moves(), this.time(), this.current()));
  protected readonly previous = computed(() => previousMoveTime(this.moves(), this.time()));
  protected readonly next = computed(() => nextMoveTime(this.moves(), this.time()));

  /** The floor shown: the chosen room's, else the first move's, else where the asset is now. */
  private readonly floorId = computed(
    () => this.place()?.floorId ?? this.moves()[0]?.floorId ?? this.current()?.floorId ?? null,
  );
  protected readonly floorPlan = toSignal(
    toObservable(this.floorId).pipe(
      distinctUntilChanged(),
      switchMap((id) =>
        id ? this.plans.get(id).pipe(toLoadable('Could not load the floor plan.')) : of(null),
      ),
    ),
    { initialValue: null as Loadable<FloorPlan> | null },
  );
  private readonly readyPlan = computed(() => {
    const plan = this.floorPlan();
    return plan?.state === 'ready' ? plan.value : null;
  });

  protected readonly path = computed(() => {
    const plan = this.readyPlan();
    return plan ? pathOnFloor(roomsVisited(this.moves(), this.time()), plan.roomsById) : [];
  });
  /** Every room on the floor shown that the asset was in during the period: the map frames them. */
  protected readonly focus = computed(() => {
    const plan = this.readyPlan();
    if (!plan) {
      return [];
    }
    const ids = new Set(roomsVisited(this.moves(), this.toMs()).map((v) => v.roomId));
    const current = this.current();
    if (current) {
      ids.add(current.roomId);
    }
    return [...ids].flatMap((id) => {
      const room = plan.roomsById.get(id);
      return room ? [room.centroid] : [];
    });
  });
  /** The chosen room, when it is on the floor shown. */
  protected readonly highlightRoomId = computed(() => {
    const roomId = this.place()?.roomId;
    return roomId && this.readyPlan()?.roomsById.has(roomId) ? roomId : null;
  });
  protected readonly placeText = computed(() => {
    const place = this.place();
    const when = new Date(this.time()).toLocaleString();
    return place ? `${when}: in ${place.roomName}` : `${when}: room not known`;
  });
  protected readonly mapLabel = computed(() => {
    const floor = this.readyPlan()?.floor;
    return `Floor plan of ${floor?.name ?? 'the floor'} with the asset's path. ${this.placeText()}.`;
  });

  protected setTime(value: string): void {
    const t = Number(value);
    if (Number.isFinite(t)) {
      this.time.set(Math.min(this.toMs(), Math.max(this.fromMs(), t)));
    }
  }

  protected previousMove(): void {
    const t = this.previous();
    if (t !== null) {
      this.time.set(t);
    }
  }

  protected nextMove(): void {
    const t = this.next();
    if (t !== null) {
      this.time.set(t);
    }
  }

  protected toNow(): void {
    this.time.set(this.toMs());
  }

  protected moveMs(move: MovementDto): number {
    return Date.parse(move.at);
  }
}
