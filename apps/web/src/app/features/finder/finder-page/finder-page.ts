import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { AssetDto, AssetPage, NearestAssetsDto, RoomDto } from '@wardwatch/contracts';
import { debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';

import { AssetApiService } from '../../../core/api/asset-api.service';
import { HospitalApiService } from '../../../core/api/hospital-api.service';
import { FloorPicker } from '../../../shared/floor-picker/floor-picker';
import { findFloor, firstFloor } from '../../../shared/floor-picker/floor-lookup';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { confidencePercent, relativeTime } from '../../../shared/time/relative-time';
import { AssetStatusChip } from '../../assets/asset-status-chip/asset-status-chip';
import { LiveFloorMap } from '../../floors/live-floor-map/live-floor-map';

/** How long typing must pause before the search runs. */
export const FINDER_DEBOUNCE_MS = 250;
const RESULTS = 20;

/**
 * `/finder`: the biomedical engineer's home. One box finds equipment by asset tag, serial, model,
 * category or the room it is in, as you type; "nearest available" answers with a list in walking order
 * and the answers ringed on the map.
 */
@Component({
  selector: 'ww-finder-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AssetStatusChip, FloorPicker, LiveFloorMap, RouterLink, StatusMessage],
  templateUrl: './finder-page.html',
  styleUrl: './finder-page.css',
})
export class FinderPage {
  private readonly assets = inject(AssetApiService);
  private readonly hospital = inject(HospitalApiService);

  protected readonly relativeTime = relativeTime;
  protected readonly confidencePercent = confidencePercent;

  protected readonly categories = toSignal(
    this.assets.categories().pipe(toLoadable('Could not load categories.')),
    {
      initialValue: LOADING,
    },
  );
  protected readonly buildings = toSignal(
    this.hospital.buildings().pipe(toLoadable('Could not load buildings.')),
    {
      initialValue: LOADING,
    },
  );
  protected readonly buildingList = computed(() => {
    const b = this.buildings();
    return b.state === 'ready' ? b.value : [];
  });

  // --- search as you type ---
  protected readonly query = signal('');
  protected readonly category = signal('');
  protected readonly status = signal('');
  protected readonly department = signal('');
  private readonly filters = computed(() => ({
    q: this.query().trim(),
    category: this.category(),
    status: this.status(),
    department: this.department().trim(),
  }));
  protected readonly searching = computed(() => {
    const f = this.filters();
    return Boolean(f.q || f.category || f.department);
  });
  protected readonly results = toSignal(
    toObservable(this.filters).pipe(
      debounceTime(FINDER_DEBOUNCE_MS),
      distinctUntilChanged(
        (a, b) =>
          a.q === b.q && a.category === b.category && a.status === b.status && a.department === b.department,
      ),
      switchMap((f) =>
        f.q || f.category || f.department
          ? this.assets
              .search({
                q: f.q || undefined,
                category: f.category || undefined,
                department: f.department || undefined,
                status: (f.status || undefined) as AssetDto['status'] | undefined,
                limit: RESULTS,
              })
              .pipe(toLoadable('Could not search the equipment.'))
          : of(null),
      ),
    ),
    { initialValue: null as Loadable<AssetPage> | null },
  );

  // --- nearest available ---
  protected readonly nearestCategory = signal('infusion-pump');
  protected readonly nearestFloorId = signal<string | null>(null);
  protected readonly nearestRoomId = signal('');
  protected readonly pickerFloorId = computed(
    () => this.nearestFloorId() ?? firstFloor(this.buildingList())?.id ?? null,
  );
  protected readonly pickerRooms = toSignal(
    toObservable(this.pickerFloorId).pipe(
      switchMap((id) =>
        id ? this.hospital.rooms(id).pipe(toLoadable('Could not load rooms.')) : of(LOADING),
      ),
    ),
    { initialValue: LOADING as Loadable<RoomDto[]> },
  );
  protected readonly roomChoices = computed(() => {
    const r = this.pickerRooms();
    return r.state === 'ready'
      ? r.value
          .filter((room) => room.spaceClass !== 'corridor')
          .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }))
      : [];
  });
  private readonly nearestRequest = signal<{ category: string; roomId: string } | null>(null);
  protected readonly nearest = toSignal(
    toObservable(this.nearestRequest).pipe(
      switchMap((req) =>
        req
          ? this.assets
              .nearest(req.category, req.roomId, 10)
              .pipe(toLoadable('Could not find the nearest equipment.'))
          : of(null),
      ),
    ),
    { initialValue: null as Loadable<NearestAssetsDto> | null },
  );

  // --- the map ---
  /** The asset picked from the search results. */
  protected readonly selected = signal<AssetDto | null>(null);
  /** Which answer the map shows: the picked asset's floor, else the nearest answer's origin floor. */
  protected readonly mapFloorId = computed(() => {
    const picked = this.selected();
    if (picked?.location) {
      return picked.location.floorId;
    }
    const n = this.nearest();
    if (n?.state === 'ready') {
      return this.pickerFloorId();
    }
    return null;
  });
  protected readonly highlighted = computed<string[]>(() => {
    const picked = this.selected();
    if (picked) {
      return [picked.id];
    }
    const n = this.nearest();
    return n?.state === 'ready' ? n.value.items.filter((i) => i.sameFloor).map((i) => i.asset.id) : [];
  });
  protected readonly mapRoomId = computed(() => {
    const picked = this.selected();
    if (picked) {
      return picked.location?.roomId ?? null;
    }
    return this.nearestRequest()?.roomId ?? null;
  });
  protected readonly mapTitle = computed(() => {
    const picked = this.selected();
    if (picked?.location) {
      const loc = findFloor(this.buildingList(), picked.location.floorId);
      return `${picked.assetTag} in ${picked.location.roomNumber} ${picked.location.roomName} · ${loc?.building.name ?? ''} ${picked.location.floorName}`;
    }
    const req = this.nearestRequest();
    const room = this.roomChoices().find((r) => r.id === req?.roomId);
    return room ? `Nearest to ${room.number} ${room.name}` : '';
  });

  protected select(asset: AssetDto): void {
    this.selected.set(asset);
  }

  protected findNearest(): void {
    const roomId = this.nearestRoomId();
    if (roomId) {
      this.selected.set(null);
      this.nearestRequest.set({ category: this.nearestCategory(), roomId });
    }
  }

  protected pickNearestFloor(floorId: string): void {
    this.nearestFloorId.set(floorId);
    this.nearestRoomId.set('');
  }
}
