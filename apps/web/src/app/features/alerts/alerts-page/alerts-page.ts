import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AlertDto, AlertKind, AlertState, Page } from '@wardwatch/contracts';
import { ALERT_KIND_LABELS, ALERT_KINDS, ALERT_STATES } from '@wardwatch/contracts';
import { map, switchMap } from 'rxjs';
import { AlertApiService } from '../../../core/api/alert-api.service';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { ALERT_STATE_LABELS, AlertCard } from '../alert-card/alert-card';
import { AlertFilter, applyAlertChange } from '../alert-list-update';

/** The most the API lists at once. */
export const ALERTS_PAGE_LIMIT = 200;

interface AlertList {
  items: AlertDto[];
  /** More matched on the server than it sent (the most urgent come first). */
  truncated: boolean;
}

/** `/alerts`: every alert by state and kind; acknowledge, resolve with the corrective action; live. */
@Component({
  selector: 'ww-alerts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertCard, StatusMessage],
  templateUrl: './alerts-page.html',
  styleUrl: './alerts-page.css',
})
export class AlertsPage {
  private readonly api = inject(AlertApiService);

  protected readonly stateOptions = [
    { value: 'active', label: 'Active (open or acknowledged)' },
    ...ALERT_STATES.map((value) => ({ value, label: ALERT_STATE_LABELS[value] })),
  ];
  protected readonly kindOptions = ALERT_KINDS.map((value) => ({ value, label: ALERT_KIND_LABELS[value] }));

  protected readonly state = signal<AlertState | 'active'>('active');
  protected readonly kind = signal<AlertKind | null>(null);
  protected readonly filter = computed<AlertFilter>(() => ({ state: this.state(), kind: this.kind() }), {
    equal: (a, b) => a.state === b.state && a.kind === b.kind,
  });

  private readonly result = toSignal(
    toObservable(this.filter).pipe(
      switchMap((f) =>
        this.api.list({ state: f.state, kind: f.kind ?? undefined, limit: ALERTS_PAGE_LIMIT }).pipe(
          map((page: Page<AlertDto>): AlertList => ({
            items: page.items,
            truncated: page.total > page.items.length,
          })),
          toLoadable('Could not load the alerts.'),
        ),
      ),
    ),
    { initialValue: LOADING as Loadable<AlertList> },
  );
  /** The list on screen: the fetched one, kept current by live changes and the user's own actions. */
  protected readonly alerts = linkedSignal(() => this.result());

  constructor() {
    inject(RealtimeService)
      .alerts$.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(({ alert }) => this.apply(alert));
  }

  protected setState(value: string): void {
    this.state.set(value === 'active' ? 'active' : (ALERT_STATES.find((s) => s === value) ?? 'active'));
  }

  protected setKind(value: string): void {
    this.kind.set(ALERT_KINDS.find((k) => k === value) ?? null);
  }

  protected apply(alert: AlertDto): void {
    const list = this.alerts();
    if (list.state === 'ready') {
      const items = applyAlertChange(list.value.items, alert, this.filter());
      this.alerts.set({ state: 'ready', value: { ...list.value, items } });
    }
  }
}
