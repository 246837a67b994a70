import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { BuildingWithFloorsDto, RegisterGatewayResponse } from '@wardwatch/contracts';
import { GatewayApiService } from '../../../core/api/gateway-api.service';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { findFloor } from '../../../shared/floor-picker/floor-lookup';
import { MAC_ADDRESS_PATTERN, normaliseMac } from './mac-address';

type GatewayField = 'mac' | 'name' | 'floorId' | 'x' | 'y';

/** Registers a gateway (admin only). Emits the server's answer, which carries the one-time key. */
@Component({
  selector: 'ww-gateway-register-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './gateway-register-form.html',
  styleUrl: './gateway-register-form.css',
})
export class GatewayRegisterForm {
  readonly buildings = input.required<readonly BuildingWithFloorsDto[]>();
  /** The floor being viewed: the form starts on it. */
  readonly floorId = input<string | null>(null);
  readonly registered = output<RegisterGatewayResponse>();

  private readonly api = inject(GatewayApiService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    mac: ['', [Validators.required, Validators.pattern(MAC_ADDRESS_PATTERN)]],
    name: ['', [Validators.required, Validators.maxLength(100)]],
    floorId: ['', Validators.required],
    x: [0, [Validators.required, Validators.min(0)]],
    y: [0, [Validators.required, Validators.min(0)]],
  });
  protected readonly submitting = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<string | null>(null);

  private readonly chosenFloorId = toSignal(this.form.controls.floorId.valueChanges, {
    initialValue: '',
  });
  protected readonly chosenFloor = computed(
    () => findFloor(this.buildings(), this.chosenFloorId())?.floor ?? null,
  );

  constructor() {
    // Start on the floor being viewed, until the user picks another one here.
    effect(() => {
      const floorId = this.floorId();
      const control = this.form.controls.floorId;
      if (floorId && !control.dirty) {
        control.setValue(floorId);
      }
    });
    // Positions must lie on the chosen floor.
    effect(() => {
      const floor = this.chosenFloor();
      const { x, y } = this.form.controls;
      x.setValidators([
        Validators.required,
        Validators.min(0),
        ...(floor ? [Validators.max(floor.widthM)] : []),
      ]);
      y.setValidators([
        Validators.required,
        Validators.min(0),
        ...(floor ? [Validators.max(floor.heightM)] : []),
      ]);
      x.updateValueAndValidity({ emitEvent: false });
      y.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected showError(name: GatewayField): boolean {
    const control = this.form.controls[name];
    return control.invalid && (control.touched || this.submitted());
  }

  protected submit(): void {
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.submitting.set(true);
    this.api
      .register({
        mac: normaliseMac(value.mac),
        name: value.name.trim(),
        floorId: value.floorId,
        point: [Number(value.x), Number(value.y)],
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.submitting.set(false);
          this.submitted.set(false);
          this.form.reset({ mac: '', name: '', floorId: value.floorId, x: 0, y: 0 });
          this.registered.emit(response);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.error.set(apiErrorMessage(error, 'The gateway could not be registered.'));
        },
      });
  }
}
