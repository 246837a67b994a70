import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { UnitCondition } from '@wardwatch/contracts';
import { EnvironmentApiService } from '../../../core/api/environment-api.service';
import { HospitalApiService } from '../../../core/api/hospital-api.service';
import { AuthService } from '../../../core/auth/auth.service';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { TimeAgo } from '../../../shared/time-ago/time-ago';
import { liveResource } from '../live/live-resource';
import { isEnvironmentAlert } from '../unit-condition/environment-alerts';
import { CONDITION_STYLES, conditionBackground } from '../unit-condition/condition-style';
import { UnitTable } from '../unit-table/unit-table';
import {
  conditionCounts,
  filterUnits,
  groupUnits,
  type KindFilter,
  NO_FILTERS,
  type UnitFilters,
} from './unit-list';

/**
 * `/environment` (facilities' home): every monitored room and fridge, freezer or incubator with its
 * latest values, limits, condition and last reading, most urgent first; filter by floor, kind and
 * condition. Kept current by alert changes and a poll.
 */
@Component({
  selector: 'ww-environment-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusMessage, TimeAgo, UnitTable],
  templateUrl: './environment-page.html',
  styleUrl: './environment-page.css',
})
export class EnvironmentPage {
  private readonly api = inject(EnvironmentApiService);

  protected readonly canReport = inject(AuthService).hasRole(['admin', 'facilities']);
  protected readonly conditionStyles = CONDITION_STYLES;
  protected readonly conditionOrder: readonly UnitCondition[] = ['alert', 'no-data', 'ok'];
  protected readonly background = conditionBackground;

  protected readonly units = liveResource(
    computed(() => 'all'),
    () => this.api.units(),
    {
      failureMessage: 'Could not load the monitored rooms and units.',
      isRelevant: isEnvironmentAlert,
    },
  ).state;
  protected readonly updatedAt = computed(() => {
    const at = this.units().loadedAt;
    return at === null ? null : new Date(at).toISOString();
  });
  private readonly buildings = toSignal(inject(HospitalApiService).buildings(), { initialValue: [] });
  protected readonly floorOptions = computed(() =>
    this.buildings().flatMap((b) =>
      b.floors.map((f) => ({ id: f.id, label: `${b.code} · ${f.name}`, name: f.name })),
    ),
  );
  protected readonly floorNames = computed(
    () => new Map(this.floorOptions().map((f) => [f.id, f.label] as const)),
  );

  protected readonly filters = signal<UnitFilters>(NO_FILTERS);
  private readonly all = computed(() => {
    const live = this.units();
    return live.data.state === 'ready' ? live.data.value : [];
  });
  /** Counts under the floor and kind filters (the condition buttons filter further). */
  protected readonly counts = computed(() =>
    conditionCounts(filterUnits(this.all(), { ...this.filters(), condition: null })),
  );
  protected readonly shown = computed(() => groupUnits(filterUnits(this.all(), this.filters())));
  protected readonly floorsWithUnits = computed(() => {
    const ids = new Set(this.all().map((u) => u.floorId));
    return this.floorOptions().filter((f) => ids.has(f.id));
  });

  protected setFloor(value: string): void {
    this.filters.update((f) => ({ ...f, floorId: value || null }));
  }

  protected setKind(value: string): void {
    const kind: KindFilter = value === 'rooms' || value === 'equipment' ? value : 'all';
    this.filters.update((f) => ({ ...f, kind }));
  }

  protected toggleCondition(condition: UnitCondition): void {
    this.filters.update((f) => ({ ...f, condition: f.condition === condition ? null : condition }));
  }
}
