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
import type { TemporaryOverrideDto } from '@wardwatch/contracts';
import { EnvironmentApiService } from '../../../core/api/environment-api.service';
import { apiErrorMessage } from '../../../core/http/api-error-message';

/** As the API requires: the record must say why. */
const MIN_REASON = 5;

/**
 * Ends a temporary override in force before its planned end (the case finished early): asks why, then
 * the unit's own limits apply again at once. Who ended it and why are recorded with the override.
 */
@Component({
  selector: 'ww-override-end',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './override-end.html',
  styleUrl: './override-end.css',
})
export class OverrideEnd {
  readonly unitId = input.required<string>();
  readonly override = input.required<TemporaryOverrideDto>();
  readonly endedEarly = output<TemporaryOverrideDto>();

  private readonly api = inject(EnvironmentApiService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly reasonField = viewChild<ElementRef<HTMLTextAreaElement>>('reasonField');
  private readonly startButton = viewChild<ElementRef<HTMLButtonElement>>('startButton');

  protected readonly open = signal(false);
  protected readonly reason = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly fieldId = computed(() => `ww-override-end-${this.override().id}`);

  protected start(): void {
    this.reason.set('');
    this.error.set(null);
    this.failure.set(null);
    this.open.set(true);
    afterNextRender(() => this.reasonField()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.open.set(false);
    // Back to where the person was, not to the top of the page.
    afterNextRender(() => this.startButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    const reason = this.reason().trim();
    if (reason.length < MIN_REASON) {
      this.error.set(`Say why the temporary limits end early, at least ${MIN_REASON} characters.`);
      return;
    }
    this.error.set(null);
    this.failure.set(null);
    this.submitting.set(true);
    this.api
      .endOverride(this.unitId(), this.override().id, reason)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (ended) => {
          this.submitting.set(false);
          this.open.set(false);
          this.endedEarly.emit(ended);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.failure.set(apiErrorMessage(error, 'The temporary limits could not be ended.'));
        },
      });
  }
}
