import { ChangeDetectionStrategy, Component, computed, input, output, signal, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AssetDto } from '@wardwatch/contracts';
import { combineLatest, debounceTime, distinctUntilChanged, map, switchMap } from 'rxjs';
import { AssetApiService } from '../../../core/api/asset-api.service';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';

/** How long typing must pause before the search runs. */
export const PICKER_DEBOUNCE_MS = 300;
/** Assets fetched per search; those with (or without) a tag are picked from them. */
export const PICKER_SEARCH_LIMIT = 50;

let nextPickerId = 0;

/**
 * Finds an asset by tag, serial, make or model and lets the user pick one: only assets without a tag
 * (to bind one) or only those with a tag (to unbind it).
 */
@Component({
  selector: 'ww-asset-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusMessage],
  templateUrl: './asset-picker.html',
  styleUrl: './asset-picker.css',
})
export class AssetPicker {
  /** true: only assets that have a tag; false: only those without. */
  readonly withTag = input.required<boolean>();
  readonly label = input('Find an asset');
  readonly selectedId = input<string | null>(null);
  readonly picked = output<AssetDto>();

  private readonly api = inject(AssetApiService);

  protected readonly idPrefix = `ww-asset-picker-${nextPickerId++}`;
  protected readonly query = signal('');

  protected readonly result = toSignal(
    combineLatest([
      toObservable(this.query).pipe(
        map((q) => q.trim()),
        debounceTime(PICKER_DEBOUNCE_MS),
        distinctUntilChanged(),
      ),
      toObservable(this.withTag),
    ]).pipe(
      switchMap(([q, withTag]) =>
        this.api.search({ q: q || undefined, tagged: withTag, limit: PICKER_SEARCH_LIMIT }).pipe(
          map((page) => page.items.filter((a) => (a.tagMac !== null) === withTag)),
          toLoadable('Could not search the assets.'),
        ),
      ),
    ),
    { initialValue: LOADING as Loadable<AssetDto[]> },
  );
  protected readonly emptyText = computed(() => {
    const which = this.withTag() ? 'with a tag' : 'without a tag';
    const q = this.query().trim();
    return q ? `No assets ${which} match “${q}”.` : `No assets ${which} were found.`;
  });
}
