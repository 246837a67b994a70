import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AssetCategoryDto, AssetDto, BindTagRequest, TagDto } from '@wardwatch/contracts';
import { AssetApiService } from '../../../core/api/asset-api.service';
import { TagApiService } from '../../../core/api/tag-api.service';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { AssetPicker } from '../asset-picker/asset-picker';
import { bindExistingRequest, bindNewRequest, EMPTY_NEW_ASSET, NewAssetFields } from './bind-request';

export type BindTarget = 'existing' | 'new';

/** Binds one tag to an asset that has no tag, or to a new asset described here. */
@Component({
  selector: 'ww-bind-tag-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AssetPicker, ReactiveFormsModule],
  templateUrl: './bind-tag-form.html',
  styleUrl: './bind-tag-form.css',
})
export class BindTagForm {
  readonly mac = input.required<string>();
  /** The tag as the server has it after binding. */
  readonly bound = output<TagDto>();

  private readonly tagApi = inject(TagApiService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly categories = toSignal(
    inject(AssetApiService).categories().pipe(toLoadable('Could not load the asset categories.')),
    { initialValue: LOADING as Loadable<AssetCategoryDto[]> },
  );
  protected readonly target = signal<BindTarget>('existing');
  /** The existing asset picked; cleared when another tag is chosen. */
  protected readonly asset = linkedSignal<string, AssetDto | null>({
    source: this.mac,
    computation: () => null,
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    assetTag: ['', [Validators.required, Validators.maxLength(40)]],
    categoryCode: ['', Validators.required],
    manufacturer: ['', [Validators.required, Validators.maxLength(120)]],
    model: ['', [Validators.required, Validators.maxLength(120)]],
    serialNumber: ['', [Validators.required, Validators.maxLength(80)]],
    udi: ['', Validators.maxLength(200)],
    homeDepartment: ['', [Validators.required, Validators.maxLength(100)]],
  });
  protected readonly submitted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected setTarget(target: BindTarget): void {
    this.target.set(target);
    this.error.set(null);
    this.submitted.set(false);
  }

  protected showError(name: keyof NewAssetFields): boolean {
    const control = this.form.controls[name];
    return control.invalid && (control.touched || this.submitted());
  }

  protected submit(): void {
    this.submitted.set(true);
    this.error.set(null);
    if (this.submitting()) {
      return;
    }
    const request = this.request();
    if (!request) {
      return;
    }
    this.submitting.set(true);
    this.tagApi
      .bind(this.mac(), request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (tag) => {
          this.submitting.set(false);
          this.submitted.set(false);
          this.asset.set(null);
          this.form.reset(EMPTY_NEW_ASSET);
          this.bound.emit(tag);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.error.set(apiErrorMessage(error, 'The tag could not be bound.'));
        },
      });
  }

  /** The request to send, or null (with the reason shown) when the form is not complete. */
  private request(): BindTagRequest | null {
    if (this.target() === 'existing') {
      const asset = this.asset();
      if (!asset) {
        this.error.set('Choose the asset to bind the tag to.');
        return null;
      }
      return bindExistingRequest(asset.id);
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set('Fill in the required fields of the new asset.');
      return null;
    }
    return bindNewRequest({ ...EMPTY_NEW_ASSET, ...this.form.getRawValue() });
  }
}
