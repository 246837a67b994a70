import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AssetStatus } from '@wardwatch/contracts';
import { ASSET_STATUS_LABELS } from '@wardwatch/contracts';

/** An asset's status as a coloured chip; the label text carries the meaning, colour only helps. */
@Component({
  selector: 'ww-asset-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="ww-chip-dot" aria-hidden="true"></span>{{ label() }}`,
  styleUrl: './asset-status-chip.css',
  host: {
    '[class]': "'ww-status-chip ww-status-chip--' + status()",
  },
})
export class AssetStatusChip {
  readonly status = input.required<AssetStatus>();
  protected readonly label = computed(() => ASSET_STATUS_LABELS[this.status()] ?? this.status());
}
