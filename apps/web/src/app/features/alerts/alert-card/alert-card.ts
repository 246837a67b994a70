import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { AlertDto, AlertState } from '@wardwatch/contracts';
import { ALERT_KIND_LABELS } from '@wardwatch/contracts';
import { AlertApiService } from '../../../core/api/alert-api.service';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { TimeAgo } from '../../../shared/time-ago/time-ago';
import { ALERT_SEVERITY_LABELS, AlertSeverityBadge } from '../alert-severity-badge/alert-severity-badge';

type Action = 'acknowledge' | 'resolve';

export const ALERT_STATE_LABELS: Record<AlertState, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

/** One alert: what, where, who acknowledged or resolved it, and the actions it allows. */
@Component({
  selector: 'ww-alert-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertSeverityBadge, RouterLink, TimeAgo],
  templateUrl: './alert-card.html',
  styleUrl: './alert-card.css',
})
export class AlertCard {
  readonly alert = input.required<AlertDto>();
  /** The server's answer after an action. */
  readonly changed = output<AlertDto>();

  private readonly api = inject(AlertApiService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly noteBox = viewChild<ElementRef<HTMLTextAreaElement>>('noteBox');

  protected readonly kindLabels = ALERT_KIND_LABELS;
  protected readonly severityLabels = ALERT_SEVERITY_LABELS;
  protected readonly stateLabels = ALERT_STATE_LABELS;
  protected readonly action = signal<Action | null>(null);
  protected readonly note = signal('');
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly titleId = computed(() => `ww-alert-${this.alert().id}`);
  protected readonly noteId = computed(() => `ww-alert-note-${this.alert().id}`);
  protected readonly floorPlanLink = computed(() => {
    const { floorId, roomId } = this.alert();
    return floorId ? { path: ['/floors', floorId], query: roomId ? { room: roomId } : {} } : null;
  });

  protected open(action: Action): void {
    this.action.set(action);
    this.note.set('');
    this.error.set(null);
    afterNextRender(() => this.noteBox()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.action.set(null);
    this.error.set(null);
  }

  protected submit(): void {
    const action = this.action();
    if (!action || this.submitting()) {
      return;
    }
    const note = this.note().trim();
    if (action === 'resolve' && !note) {
      this.error.set('Describe the corrective action taken before resolving the alert.');
      this.noteBox()?.nativeElement.focus();
      return;
    }
    const id = this.alert().id;
    const request =
      action === 'resolve' ? this.api.resolve(id, note) : this.api.acknowledge(id, note || undefined);
    this.submitting.set(true);
    this.error.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (updated) => {
        this.submitting.set(false);
        this.action.set(null);
        this.changed.emit(updated);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(
          apiErrorMessage(
            error,
            action === 'resolve'
              ? 'The alert could not be resolved.'
              : 'The alert could not be acknowledged.',
          ),
        );
      },
    });
  }
}
