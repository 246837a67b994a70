import { ChangeDetectionStrategy, Component, DestroyRef, inject, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { normalizeMac } from '@wardwatch/ble';
import type { AssetDto, TagDto } from '@wardwatch/contracts';
import { TagApiService } from '../../../core/api/tag-api.service';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { AssetPicker } from '../asset-picker/asset-picker';

/** Unbinds a tag from its asset: type the MAC, or pick the asset that carries it. */
@Component({
  selector: 'ww-unbind-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AssetPicker],
  templateUrl: './unbind-tag.html',
  styleUrl: './unbind-tag.css',
})
export class UnbindTag {
  /** The tag as the server has it after unbinding. */
  readonly unbound = output<TagDto>();

  private readonly api = inject(TagApiService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly mac = signal('');
  /** The asset search runs only while its section is open. */
  protected readonly pickerOpen = signal(false);
  protected readonly asset = signal<AssetDto | null>(null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<string | null>(null);

  protected typed(value: string): void {
    this.mac.set(value);
    if (this.asset()?.tagMac !== normalizeMac(value)) {
      this.asset.set(null);
    }
  }

  protected pick(asset: AssetDto): void {
    this.asset.set(asset);
    this.mac.set(asset.tagMac ?? '');
    this.error.set(null);
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    this.result.set(null);
    const mac = normalizeMac(this.mac());
    if (!mac) {
      this.error.set('Enter the tag MAC, six hex pairs such as C4:7A:11:00:00:01, or pick an asset below.');
      return;
    }
    const from = this.asset();
    this.error.set(null);
    this.submitting.set(true);
    this.api
      .unbind(mac)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (tag) => {
          this.submitting.set(false);
          this.result.set(
            from
              ? `Tag ${tag.mac} was unbound from ${from.assetTag}.`
              : `Tag ${tag.mac} is no longer bound to an asset.`,
          );
          this.mac.set('');
          this.asset.set(null);
          this.unbound.emit(tag);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.error.set(apiErrorMessage(error, 'The tag could not be unbound.'));
        },
      });
  }
}
