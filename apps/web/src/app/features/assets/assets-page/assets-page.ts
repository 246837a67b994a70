import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AssetPage, AssetStatus } from '@wardwatch/contracts';
import { ASSET_STATUS_LABELS, ASSET_STATUSES } from '@wardwatch/contracts';
import { debounceTime, distinctUntilChanged, switchMap } from 'rxjs';
import { AssetApiService } from '../../../core/api/asset-api.service';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { RouterLink } from '@angular/router';

import { relativeTime } from '../../../shared/time/relative-time';
import { AssetStatusChip } from '../asset-status-chip/asset-status-chip';
import { AssetFilters, hasFilters, sameFilters } from './asset-filters';

export const ASSET_PAGE_SIZE = 25;
/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

/** `/assets`: find equipment by tag, serial, make or model, and filter by category, status, department. */
@Component({
  selector: 'ww-assets-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AssetStatusChip, RouterLink, StatusMessage],
  templateUrl: './assets-page.html',
  styleUrl: './assets-page.css',
})
export class AssetsPage {
  private readonly api = inject(AssetApiService);
  protected readonly ago = relativeTime;

  protected readonly statusOptions = ASSET_STATUSES.map((value) => ({
    value,
    label: ASSET_STATUS_LABELS[value],
  }));
  protected readonly categories = toSignal(
    this.api.categories().pipe(toLoadable('Could not load the categories.')),
    { initialValue: LOADING },
  );

  /** What is in the text boxes right now. */
  protected readonly query = signal('');
  protected readonly department = signal('');
  protected readonly category = signal('');
  protected readonly status = signal<AssetStatus | ''>('');

  /** The typed fields, once typing pauses. */
  private readonly typed = toSignal(
    toObservable(computed(() => ({ q: this.query().trim(), department: this.department().trim() }))).pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      distinctUntilChanged((a, b) => a.q === b.q && a.department === b.department),
    ),
    { initialValue: { q: '', department: '' } },
  );
  protected readonly filters = computed<AssetFilters>(
    () => ({ ...this.typed(), category: this.category(), status: this.status() }),
    { equal: sameFilters },
  );
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  /** Back to the first page whenever the filters change. */
  protected readonly offset = linkedSignal({ source: this.filters, computation: () => 0 });

  protected readonly result = toSignal(
    toObservable(computed(() => ({ filters: this.filters(), offset: this.offset() }))).pipe(
      switchMap(({ filters, offset }) =>
        this.api
          .search({
            q: filters.q || undefined,
            department: filters.department || undefined,
            category: filters.category || undefined,
            status: filters.status || undefined,
            limit: ASSET_PAGE_SIZE,
            offset,
          })
          .pipe(toLoadable('Could not load the assets.')),
      ),
    ),
    { initialValue: LOADING as Loadable<AssetPage> },
  );

  /** The page on screen: kept while the next one loads so the table does not flicker. */
  protected readonly page = linkedSignal<Loadable<AssetPage>, AssetPage | null>({
    source: this.result,
    computation: (result, previous) => {
      if (result.state === 'ready') {
        return result.value;
      }
      return result.state === 'loading' ? (previous?.value ?? null) : null;
    },
  });

  /** Departments seen in results so far, offered as suggestions in the department box. */
  protected readonly knownDepartments = linkedSignal<AssetPage | null, string[]>({
    source: this.page,
    computation: (page, previous) => {
      const all = new Set(previous?.value ?? []);
      for (const asset of page?.items ?? []) {
        all.add(asset.homeDepartment);
      }
      return [...all].sort((a, b) => a.localeCompare(b));
    },
  });

  protected readonly range = computed(() => {
    const page = this.page();
    if (!page || page.items.length === 0) {
      return null;
    }
    return { from: page.offset + 1, to: page.offset + page.items.length, total: page.total };
  });
  protected readonly hasPrevious = computed(() => (this.page()?.offset ?? 0) > 0);
  protected readonly hasNext = computed(() => {
    const page = this.page();
    return !!page && page.offset + page.items.length < page.total;
  });

  protected previousPage(): void {
    this.offset.set(Math.max(0, (this.page()?.offset ?? 0) - ASSET_PAGE_SIZE));
  }

  protected nextPage(): void {
    const page = this.page();
    if (page) {
      this.offset.set(page.offset + ASSET_PAGE_SIZE);
    }
  }

  protected setStatus(value: string): void {
    this.status.set(ASSET_STATUSES.find((s) => s === value) ?? '');
  }

  protected clearFilters(): void {
    this.query.set('');
    this.department.set('');
    this.category.set('');
    this.status.set('');
  }
}
