import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { AssetDetailDto } from '@wardwatch/contracts';
import { switchMap } from 'rxjs';

import { AssetApiService } from '../../../core/api/asset-api.service';
import { Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { confidencePercent, relativeTime } from '../../../shared/time/relative-time';
import { AssetStatusChip } from '../../assets/asset-status-chip/asset-status-chip';

/** The asset picked on the map: what it is, where, how sure, and a link to its page. */
@Component({
  selector: 'ww-selected-asset-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AssetStatusChip, RouterLink, StatusMessage],
  template: `
    @let a = asset();
    @if (a.state === 'loading') {
      <ww-status-message kind="loading">Loading the device…</ww-status-message>
    } @else if (a.state === 'failed') {
      <ww-status-message kind="failed">{{ a.message }}</ww-status-message>
    } @else {
      <div class="ww-selected-asset" data-testid="selected-asset">
        <h2>
          <span class="ww-mono">{{ a.value.assetTag }}</span> · {{ a.value.categoryName }}
        </h2>
        <p class="ww-muted">{{ a.value.manufacturer }} {{ a.value.model }} · SN {{ a.value.serialNumber }}</p>
        <p><ww-asset-status-chip [status]="a.value.status" /></p>
        @if (a.value.location; as loc) {
          <p>
            In <strong>{{ loc.roomNumber }} {{ loc.roomName }}</strong> ({{
              confidence(loc.confidence)
            }}
            sure), heard {{ ago(loc.lastSeenAt) }}
          </p>
        } @else {
          <p class="ww-muted">Not located.</p>
        }
        <p class="ww-actions">
          <a [routerLink]="['/assets', a.value.id]">Open asset page</a>
          <button type="button" class="ww-button ww-button--quiet" (click)="closed.emit()">Close</button>
        </p>
      </div>
    }
  `,
  styles: `
    h2 {
      margin: 0 0 0.25rem;
      font-size: 1rem;
    }
    p {
      margin: 0.25rem 0;
    }
    .ww-actions {
      display: flex;
      justify-content: space-between;
      align-items: center;
    }
  `,
})
export class SelectedAssetPanel {
  readonly assetId = input.required<string>();
  /** Change it to load the asset again (e.g. after a live move). */
  readonly refresh = input(0);
  readonly closed = output<void>();

  private readonly api = inject(AssetApiService);
  protected readonly ago = relativeTime;
  protected readonly confidence = confidencePercent;
  protected readonly asset = toSignal(
    toObservable(computed(() => ({ id: this.assetId(), refresh: this.refresh() }))).pipe(
      switchMap(({ id }) => this.api.byId(id).pipe(toLoadable('Could not load the device.'))),
    ),
    { initialValue: LOADING as Loadable<AssetDetailDto> },
  );
}
