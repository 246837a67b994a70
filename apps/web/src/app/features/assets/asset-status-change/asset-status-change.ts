import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AssetDetailDto, AssetStatus } from '@wardwatch/contracts';
import { ASSET_STATUS_LABELS } from '@wardwatch/contracts';
import { AssetApiService } from '../../../core/api/asset-api.service';
import { apiErrorMessage } from '../../../core/http/api-error-message';

/** Changes an asset's status to one the signed-in user's role may set, with an optional note. */
@Component({
  selector: 'ww-asset-status-change',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './asset-status-change.html',
  styleUrl: './asset-status-change.css',
})
export class AssetStatusChange {
  readonly asset = input.required<AssetDetailDto>();
  /** The server's answer after a change: the asset as it is now. */
  readonly changed = output<AssetDetailDto>();

  private readonly api = inject(AssetApiService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly options = computed(() =>
    this.asset().allowedStatusChanges.map((value) => ({ value, label: ASSET_STATUS_LABELS[value] })),
  );
  /** The status picked; cleared whenever the asset changes. */
  protected readonly chosen = linkedSignal<AssetDetailDto, AssetStatus | ''>({
    source: this.asset,
    computation: () => '',
  });
  protected readonly note = linkedSignal<AssetDetailDto, string>({
    source: this.asset,
    computation: () => '',
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  protected choose(value: string): void {
    this.chosen.set(this.asset().allowedStatusChanges.find((s) => s === value) ?? '');
    this.done.set(null);
  }

  protected submit(): void {
    const status = this.chosen();
    if (!status || this.submitting()) {
      return;
    }
    const note = this.note().trim();
    this.submitting.set(true);
    this.error.set(null);
    this.done.set(null);
    this.api
      .changeStatus(this.asset().id, status, note || undefined)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (asset) => {
          this.submitting.set(false);
          this.done.set(`Status changed to ${ASSET_STATUS_LABELS[asset.status]}.`);
          this.changed.emit(asset);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.error.set(apiErrorMessage(error, 'The status could not be changed.'));
        },
      });
  }
}
