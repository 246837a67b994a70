import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { normalizeMac } from '@wardwatch/ble';
import type { BuildingWithFloorsDto, RoomDto, TagDto } from '@wardwatch/contracts';
import { map, of, switchMap } from 'rxjs';
import { HospitalApiService } from '../../../core/api/hospital-api.service';
import { FloorPicker } from '../../../shared/floor-picker/floor-picker';
import { firstFloor } from '../../../shared/floor-picker/floor-lookup';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { BindTagForm } from '../bind-tag-form/bind-tag-form';
import { UnassignedTags } from '../unassigned-tags/unassigned-tags';
import { UnbindTag } from '../unbind-tag/unbind-tag';

/**
 * `/commissioning` (admin, biomed): stand in a room, pick the unassigned tag heard nearest to it (or type
 * its MAC), bind it to an asset without a tag or to a new asset; unbind a tag.
 */
@Component({
  selector: 'ww-commissioning-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BindTagForm, FloorPicker, RouterLink, StatusMessage, UnassignedTags, UnbindTag],
  templateUrl: './commissioning-page.html',
  styleUrl: './commissioning-page.css',
})
export class CommissioningPage {
  private readonly hospitalApi = inject(HospitalApiService);

  protected readonly buildings = toSignal(
    this.hospitalApi.buildings().pipe(toLoadable('Could not load the buildings.')),
    { initialValue: LOADING as Loadable<BuildingWithFloorsDto[]> },
  );
  protected readonly buildingList = computed(() => {
    const b = this.buildings();
    return b.state === 'ready' ? b.value : [];
  });
  protected readonly floorId = linkedSignal(() => firstFloor(this.buildingList())?.id ?? null);
  protected readonly rooms = toSignal(
    toObservable(this.floorId).pipe(
      switchMap((floorId) =>
        floorId
          ? this.hospitalApi.rooms(floorId).pipe(
              map((rooms) =>
                [...rooms].sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true })),
              ),
              toLoadable('Could not load the rooms of this floor.'),
            )
          : of(null),
      ),
    ),
    { initialValue: null as Loadable<RoomDto[]> | null },
  );
  protected readonly roomsError = computed(() => {
    const r = this.rooms();
    return r?.state === 'failed' ? r.message : '';
  });
  /** The room the user stands in; cleared when the floor changes. */
  protected readonly roomId = linkedSignal<string | null, string | null>({
    source: this.floorId,
    computation: () => null,
  });
  /** The tag to bind: picked from the list or typed; cleared when the room changes. */
  protected readonly selectedMac = linkedSignal<string | null, string | null>({
    source: this.roomId,
    computation: () => null,
  });
  protected readonly typedMac = signal('');
  protected readonly typedMacError = signal<string | null>(null);
  /** Bumped after a binding or unbinding so the unassigned list is fetched again. */
  protected readonly reloadTags = signal(0);
  protected readonly bindResult = signal<TagDto | null>(null);

  protected chooseRoom(value: string): void {
    this.roomId.set(value || null);
  }

  protected useTypedMac(): void {
    const mac = normalizeMac(this.typedMac());
    if (!mac) {
      this.typedMacError.set('Enter six hex pairs, such as C4:7A:11:00:00:01.');
      return;
    }
    this.typedMacError.set(null);
    this.typedMac.set(mac);
    this.selectedMac.set(mac);
  }

  protected onBound(tag: TagDto): void {
    this.bindResult.set(tag);
    this.selectedMac.set(null);
    this.reloadTags.update((n) => n + 1);
  }

  protected onUnbound(): void {
    this.reloadTags.update((n) => n + 1);
  }
}
