import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MonitoredUnitDto, RoomDto, TemporaryOverrideDto, UnitSeriesDto } from '@wardwatch/contracts';
import { ALERT_KIND_LABELS } from '@wardwatch/contracts';
import { filter, forkJoin, map, switchMap } from 'rxjs';
import { AlertApiService } from '../../../core/api/alert-api.service';
import { EnvironmentApiService, type SeriesBucket } from '../../../core/api/environment-api.service';
import { HospitalApiService } from '../../../core/api/hospital-api.service';
import { AuthService } from '../../../core/auth/auth.service';
import { findFloor } from '../../../shared/floor-picker/floor-lookup';
import { type Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { TimeAgo } from '../../../shared/time-ago/time-ago';
import { exactTime } from '../../../shared/time/relative-time';
import { AlertSeverityBadge } from '../../alerts/alert-severity-badge/alert-severity-badge';
import { type LiveResource, liveResource } from '../live/live-resource';
import { OverrideEnd } from '../override-end/override-end';
import { OverrideForm } from '../override-form/override-form';
import { OverrideRecord } from '../override-record/override-record';
import { SeriesChart } from '../series-chart/series-chart';
import { ConditionChip } from '../unit-condition/condition-chip';
import {
  ENVIRONMENT_ALERT_KINDS,
  isEnvironmentAlert,
  isUnitAlert,
} from '../unit-condition/environment-alerts';
import { formatRange, watchesHumidity } from '../unit-condition/reading-format';
import { UNIT_KIND_LABELS } from '../unit-condition/unit-kinds';
import { unitReadings } from '../unit-condition/unit-readings';

const HOUR_MS = 3_600_000;
/** The two chart periods: a day per minute, thirty days per hour. */
export const CHART_PERIODS = {
  day: { hours: 24, bucket: 'minute' as SeriesBucket, pollMs: 60_000 },
  month: { hours: 30 * 24, bucket: 'hour' as SeriesBucket, pollMs: 15 * 60_000 },
} as const;
/** Alerts fetched per kind (asked for one by one: other kinds can be many) to find this unit's. */
const ALERT_LIMIT = 200;

/**
 * `/environment/units/:unitId`: one monitored room or unit. Latest values against the limits in force,
 * condition, open alerts, the last 24 hours per minute and 30 days per hour, and (admin, facilities) a
 * documented temporary override, set or ended early, with the record of all of them. Kept current by alert
 * changes and a poll.
 */
@Component({
  selector: 'ww-unit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AlertSeverityBadge,
    ConditionChip,
    OverrideEnd,
    OverrideForm,
    OverrideRecord,
    RouterLink,
    SeriesChart,
    StatusMessage,
    TimeAgo,
  ],
  templateUrl: './unit-page.html',
  styleUrl: './unit-page.css',
})
export class UnitPage {
  /** From the route. */
  readonly unitId = input.required<string>();

  private readonly api = inject(EnvironmentApiService);
  private readonly alertApi = inject(AlertApiService);
  private readonly hospitalApi = inject(HospitalApiService);
  private readonly auth = inject(AuthService);

  protected readonly canOverride = this.auth.hasRole(['admin', 'facilities']);
  protected readonly canReport = this.canOverride;
  protected readonly kindLabels = UNIT_KIND_LABELS;
  protected readonly alertKindLabels = ALERT_KIND_LABELS;
  protected readonly formatRange = formatRange;
  protected readonly periods = [
    { key: 'day', title: 'Last 24 hours', note: 'per minute' },
    { key: 'month', title: 'Last 30 days', note: 'per hour' },
  ] as const;

  private readonly unitResource: LiveResource<MonitoredUnitDto> = liveResource(
    computed(() => this.unitId()),
    (id: string) => this.api.unit(id),
    {
      failureMessage: 'Could not load this monitored unit.',
      isRelevant: (alert): boolean => isEnvironmentAlert(alert) && alert.roomId === this.current()?.roomId,
    },
  );
  protected readonly unit = this.unitResource.state;
  protected readonly exactTime = exactTime;
  protected readonly current = computed((): MonitoredUnitDto | null => {
    const live = this.unit();
    return live.data.state === 'ready' ? live.data.value : null;
  });
  protected readonly readings = computed(() => {
    const unit = this.current();
    return unit ? unitReadings(unit) : [];
  });
  protected readonly humidity = computed(() => {
    const unit = this.current();
    return unit ? watchesHumidity(unit) : false;
  });

  private readonly buildings = toSignal(this.hospitalApi.buildings(), { initialValue: [] });
  private readonly room = toSignal(
    toObservable(computed(() => this.current()?.roomId ?? null)).pipe(
      filter((id): id is string => id !== null),
      switchMap((id) => this.hospitalApi.room(id).pipe(toLoadable('Could not load the room.'))),
    ),
    { initialValue: LOADING as Loadable<RoomDto> },
  );
  protected readonly place = computed(() => {
    const unit = this.current();
    const room = this.room();
    const location = findFloor(this.buildings(), unit?.floorId);
    return {
      room: room.state === 'ready' ? `${room.value.number} ${room.value.name}` : null,
      floor: location ? `${location.floor.name} · ${location.building.code} ${location.building.name}` : null,
    };
  });

  protected readonly alerts = liveResource(
    computed(() => this.current()?.roomId ?? null),
    () =>
      forkJoin(
        ENVIRONMENT_ALERT_KINDS.map((kind) =>
          this.alertApi.list({ state: 'active', kind, limit: ALERT_LIMIT }),
        ),
      ).pipe(
        map((pages) => {
          const unit = this.current();
          return unit ? pages.flatMap((page) => page.items).filter((a) => isUnitAlert(a, unit)) : [];
        }),
      ),
    {
      failureMessage: 'Could not load the alerts of this unit.',
      isRelevant: (alert, roomId) => isEnvironmentAlert(alert) && alert.roomId === roomId,
    },
  ).state;

  /** The record of temporary overrides, for everyone who may see the unit (inspectors ask for it). */
  private readonly overrideRecord = liveResource(
    computed(() => this.unitId()),
    (id: string) => this.api.overrides(id),
    {
      failureMessage: 'Could not load the record of temporary limits.',
      pollMs: 60_000,
      isRelevant: () => false,
    },
  );
  protected readonly overrides = this.overrideRecord.state;

  protected readonly day = this.chart(CHART_PERIODS.day);
  protected readonly month = this.chart(CHART_PERIODS.month);

  /** Says so once the override is gone from the page (it is no longer in force). */
  protected readonly endedNote = signal<string | null>(null);

  protected overrideSaved(): void {
    this.endedNote.set(null);
    this.unitResource.refresh();
    this.overrideRecord.refresh();
  }

  protected overrideEnded(ended: TemporaryOverrideDto): void {
    const at = exactTime(ended.endsAt, this.current()?.timezone ?? null);
    this.endedNote.set(`Temporary limits ended at ${at}: the unit's own limits apply again.`);
    this.unitResource.refresh();
    this.overrideRecord.refresh();
  }

  private chart(period: (typeof CHART_PERIODS)[keyof typeof CHART_PERIODS]) {
    return liveResource(
      computed(() => this.unitId()),
      (id: string) => {
        const to = new Date();
        const from = new Date(to.getTime() - period.hours * HOUR_MS);
        return this.api
          .series(id, { from, to, bucket: period.bucket })
          .pipe(map((series: UnitSeriesDto) => ({ series, from: from.getTime(), to: to.getTime() })));
      },
      {
        failureMessage: 'Could not load the readings for the chart.',
        pollMs: period.pollMs,
        isRelevant: () => false,
      },
    ).state;
  }
}
