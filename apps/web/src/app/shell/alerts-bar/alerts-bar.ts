import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { AlertDto, AlertSummaryDto } from '@wardwatch/contracts';
import { ALERT_KIND_LABELS } from '@wardwatch/contracts';
import { AlertApiService } from '../../core/api/alert-api.service';
import { apiErrorMessage } from '../../core/http/api-error-message';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { ACTIVE_ALERTS, applyAlertChange } from '../../features/alerts/alert-list-update';
import { AlertSeverityBadge } from '../../features/alerts/alert-severity-badge/alert-severity-badge';
import { Loadable, LOADING, toLoadable } from '../../shared/loadable';
import { TimeAgo } from '../../shared/time-ago/time-ago';

/** How many unresolved alerts the bar lists; the alerts page has the rest. */
export const ALERTS_BAR_LIMIT = 50;

/**
 * One slim line under the top bar: unresolved alerts counted by kind, coloured by severity, or "all
 * clear". Expands to the list with an Acknowledge button per open alert. Kept current by the live
 * channel, which sends every alert change with new counts.
 */
@Component({
  selector: 'ww-alerts-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertSeverityBadge, RouterLink, TimeAgo],
  templateUrl: './alerts-bar.html',
  styleUrl: './alerts-bar.css',
})
export class AlertsBar {
  private readonly api = inject(AlertApiService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly kindLabels = ALERT_KIND_LABELS;
  protected readonly summary = signal<Loadable<AlertSummaryDto>>(LOADING);
  protected readonly alerts = signal<Loadable<AlertDto[]>>(LOADING);
  protected readonly expanded = signal(false);
  /** Alerts being acknowledged, and the reasons acknowledgements failed, by alert id. */
  protected readonly pending = signal<ReadonlySet<string>>(new Set());
  protected readonly errors = signal<ReadonlyMap<string, string>>(new Map());

  protected readonly total = computed(() => {
    const s = this.summary();
    return s.state === 'ready' ? s.value.open + s.value.acknowledged : 0;
  });
  /** The bar's colour: that of the most severe kind with an open alert. */
  protected readonly tone = computed(() => {
    const s = this.summary();
    if (s.state !== 'ready' || this.total() === 0) {
      return 'clear';
    }
    const open = s.value.byKind.filter((k) => k.open > 0);
    for (const severity of ['critical', 'warning', 'info'] as const) {
      if (open.some((k) => k.severity === severity)) {
        return severity;
      }
    }
    return 'quiet';
  });

  constructor() {
    this.loadSummary();
    this.api
      .list({ state: 'active', limit: ALERTS_BAR_LIMIT })
      .pipe(toLoadable('Could not load the alerts.'), takeUntilDestroyed(this.destroyRef))
      .subscribe((page) =>
        this.alerts.set(page.state === 'ready' ? { state: 'ready', value: page.value.items } : page),
      );
    inject(RealtimeService)
      .alerts$.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(({ alert, summary }) => {
        this.summary.set({ state: 'ready', value: summary });
        this.apply(alert);
      });
  }

  protected toggle(): void {
    this.expanded.update((open) => !open);
  }

  protected acknowledge(alert: AlertDto): void {
    if (this.pending().has(alert.id)) {
      return;
    }
    this.pending.update((ids) => new Set(ids).add(alert.id));
    this.setError(alert.id, null);
    this.api
      .acknowledge(alert.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.done(alert.id);
          this.apply(updated);
          // The live channel brings new counts too; this covers a dropped connection.
          this.loadSummary();
        },
        error: (error: unknown) => {
          this.done(alert.id);
          this.setError(alert.id, apiErrorMessage(error, 'The alert could not be acknowledged.'));
        },
      });
  }

  private loadSummary(): void {
    this.api
      .summary()
      .pipe(toLoadable('Alerts are unavailable.'), takeUntilDestroyed(this.destroyRef))
      .subscribe((summary) => {
        // Keep the counts on screen while they are fetched again.
        if (summary.state !== 'loading' || this.summary().state !== 'ready') {
          this.summary.set(summary);
        }
      });
  }

  private apply(alert: AlertDto): void {
    const list = this.alerts();
    if (list.state === 'ready') {
      this.alerts.set({ state: 'ready', value: applyAlertChange(list.value, alert, ACTIVE_ALERTS) });
    }
  }

  private done(id: string): void {
    this.pending.update((ids) => {
      const next = new Set(ids);
      next.delete(id);
      return next;
    });
  }

  private setError(id: string, message: string | null): void {
    this.errors.update((errors) => {
      const next = new Map(errors);
      if (message) {
        next.set(id, message);
      } else {
        next.delete(id);
      }
      return next;
    });
  }
}
