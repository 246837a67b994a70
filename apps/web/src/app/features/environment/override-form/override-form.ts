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
import type { MonitoredUnitDto, TemporaryOverrideDto } from '@wardwatch/contracts';
import { EnvironmentApiService } from '../../../core/api/environment-api.service';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { exactTime } from '../../../shared/time/relative-time';
import { watchesHumidity } from '../unit-condition/reading-format';
import {
  initialOverrideForm,
  type OverrideField,
  type OverrideForm as OverrideFormValue,
  overrideRequest,
} from './override-request';

/**
 * A documented temporary change of a unit's limits (e.g. a surgeon asks for a colder OR): who asked,
 * why, until when. Opened on demand; the limits apply at once and are recorded with the user's name.
 */
@Component({
  selector: 'ww-override-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './override-form.html',
  styleUrl: './override-form.css',
})
export class OverrideForm {
  readonly unit = input.required<MonitoredUnitDto>();
  readonly saved = output<TemporaryOverrideDto>();

  private readonly api = inject(EnvironmentApiService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');

  protected readonly open = signal(false);
  protected readonly form = signal<OverrideFormValue | null>(null);
  protected readonly errors = signal<Partial<Record<OverrideField, string>>>({});
  protected readonly submitting = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly humidity = computed(() => watchesHumidity(this.unit()));
  protected readonly idPrefix = computed(() => `ww-override-${this.unit().id}`);

  protected start(): void {
    const unit = this.unit();
    this.form.set(initialOverrideForm(unit.temperatureC, unit.humidityPct, Date.now(), unit.timezone));
    this.errors.set({});
    this.failure.set(null);
    this.done.set(null);
    this.open.set(true);
    afterNextRender(() => this.firstField()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.open.set(false);
  }

  protected set(field: OverrideField, value: string): void {
    this.form.update((f) => (f ? { ...f, [field]: value } : f));
  }

  protected submit(): void {
    const form = this.form();
    if (!form || this.submitting()) {
      return;
    }
    const result = overrideRequest(form, this.humidity(), Date.now(), this.unit().timezone);
    if (!result.ok) {
      this.errors.set(result.errors);
      return;
    }
    this.errors.set({});
    this.failure.set(null);
    this.submitting.set(true);
    this.api
      .addOverride(this.unit().id, result.request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (override) => {
          this.submitting.set(false);
          this.open.set(false);
          this.done.set(
            `Temporary limits recorded until ${exactTime(override.endsAt, this.unit().timezone)}.`,
          );
          this.saved.emit(override);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.failure.set(apiErrorMessage(error, 'The temporary limits could not be recorded.'));
        },
      });
  }
}
