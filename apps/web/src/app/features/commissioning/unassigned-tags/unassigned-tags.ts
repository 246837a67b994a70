import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { Page, TagDto, TagKind } from '@wardwatch/contracts';
import { combineLatest, switchMap } from 'rxjs';
import { TagApiService } from '../../../core/api/tag-api.service';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { TimeAgo } from '../../../shared/time-ago/time-ago';
import { confidencePercent } from '../../../shared/time/relative-time';

/** Nearest tags listed; the API orders them by distance from the room, its floor first. */
export const NEAR_TAGS_LIMIT = 50;

export const TAG_KIND_LABELS: Record<TagKind, string> = {
  'asset-tag': 'Asset tag',
  'environment-sensor': 'Environment sensor',
  'staff-badge': 'Staff badge',
};

/** Tags bound to no asset, nearest to a room first; the user picks one to bind. */
@Component({
  selector: 'ww-unassigned-tags',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusMessage, TimeAgo],
  templateUrl: './unassigned-tags.html',
  styleUrl: './unassigned-tags.css',
})
export class UnassignedTags {
  readonly roomId = input.required<string>();
  /** The chosen room's floor: tags on it are not labelled with a floor. */
  readonly floorId = input<string | null>(null);
  /** Bump to fetch the list again (after a binding). */
  readonly reloadKey = input(0);
  readonly selectedMac = model<string | null>(null);

  private readonly api = inject(TagApiService);

  protected readonly kindLabels = TAG_KIND_LABELS;
  protected readonly confidence = confidencePercent;

  protected readonly tags = toSignal(
    combineLatest([toObservable(this.roomId), toObservable(this.reloadKey)]).pipe(
      switchMap(([roomId]) =>
        this.api
          .list({ unassigned: true, kind: 'asset-tag', nearRoomId: roomId, limit: NEAR_TAGS_LIMIT })
          .pipe(toLoadable('Could not load the unassigned tags.')),
      ),
    ),
    { initialValue: LOADING as Loadable<Page<TagDto>> },
  );
}
