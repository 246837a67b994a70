import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { AssetDetailDto } from '@wardwatch/contracts';
import { debounceTime, filter, map, merge, of, switchMap } from 'rxjs';
import { AssetApiService } from '../../../core/api/asset-api.service';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { TimeAgo } from '../../../shared/time-ago/time-ago';
import { confidencePercent } from '../../../shared/time/relative-time';
import { AssetAuditTrail } from '../asset-audit-trail/asset-audit-trail';
import { AssetHistory } from '../asset-history/asset-history';
import { AssetMoveReason } from '../asset-move-reason/asset-move-reason';
import { AssetReadings } from '../asset-readings/asset-readings';
import { AssetStatusChange } from '../asset-status-change/asset-status-change';
import { AssetStatusChip } from '../asset-status-chip/asset-status-chip';
import { FloorPlanCache } from './floor-plan-cache';

/** Live events about this asset are gathered for this long before the page refreshes. */
export const LIVE_REFRESH_DEBOUNCE_MS = 500;

/**
 * `/assets/:assetId`: one asset — identity, status (and the changes the user may make), where it is and
 * why, its last 24 hours on a small map, its tag's readings and its audit trail. Refreshes itself when
 * the live map reports that it moved or changed.
 */
@Component({
  selector: 'ww-asset-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AssetAuditTrail,
    AssetHistory,
    AssetMoveReason,
    AssetReadings,
    AssetStatusChange,
    AssetStatusChip,
    RouterLink,
    StatusMessage,
    TimeAgo,
  ],
  providers: [FloorPlanCache],
  templateUrl: './asset-page.html',
  styleUrl: './asset-page.css',
})
export class AssetPage {
  /** From the route. */
  readonly assetId = input.required<string>();

  private readonly api = inject(AssetApiService);
  private readonly realtime = inject(RealtimeService);
  private readonly plans = inject(FloorPlanCache);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly confidence = confidencePercent;

  private readonly loaded = toSignal(
    toObservable(this.assetId).pipe(
      switchMap((id) => this.api.byId(id).pipe(toLoadable('Could not load this asset.'))),
    ),
    { initialValue: LOADING as Loadable<AssetDetailDto> },
  );
  /** What is shown: the loaded asset, replaced by the server's answers to changes and refreshes. */
  protected readonly detail = linkedSignal(() => this.loaded());
  protected readonly asset = computed(() => {
    const d = this.detail();
    return d.state === 'ready' ? d.value : null;
  });

  private readonly floorId = computed(() => this.asset()?.location?.floorId ?? null);
  private readonly moveFloorId = computed(() => this.asset()?.lastMove?.floorId ?? null);
  /** Rooms of the last move's floor, to say where each gateway that heard the tag is. */
  protected readonly moveRooms = toSignal(
    toObservable(this.moveFloorId).pipe(
      switchMap((id) =>
        id
          ? this.plans.get(id).pipe(
              map((plan) => plan.roomsById),
              toLoadable(''),
              map((l) => (l.state === 'ready' ? l.value : null)),
            )
          : of(null),
      ),
    ),
    { initialValue: null },
  );
  protected readonly floorPlanLink = computed(() => {
    const asset = this.asset();
    return asset?.location ? { path: ['/floors', asset.location.floorId], query: { asset: asset.id } } : null;
  });

  constructor() {
    // Follow the asset's floor on the live channel while it is shown.
    effect((onCleanup) => {
      const floorId = this.floorId();
      if (floorId) {
        onCleanup(this.realtime.watchFloor(floorId));
      }
    });
    merge(
      this.realtime.positions$.pipe(map((p) => p.changes.some((c) => c.assetId === this.assetId()))),
      this.realtime.assets$.pipe(map((a) => a.changes.some((c) => c.assetId === this.assetId()))),
    )
      .pipe(
        filter(Boolean),
        debounceTime(LIVE_REFRESH_DEBOUNCE_MS),
        switchMap(() => this.api.byId(this.assetId()).pipe(toLoadable(''))),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((result) => {
        // A failed background refresh keeps what is on screen.
        if (result.state === 'ready') {
          this.detail.set(result);
        }
      });
  }

  protected onStatusChanged(asset: AssetDetailDto): void {
    this.detail.set({ state: 'ready', value: asset });
  }
}
