import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AssetAuditAction, AssetAuditEntryDto } from '@wardwatch/contracts';
import { ASSET_STATUS_LABELS, ASSET_STATUSES } from '@wardwatch/contracts';

const ACTION_LABELS: Record<AssetAuditAction, string> = {
  created: 'Created',
  'status-changed': 'Status changed',
  'tag-bound': 'Tag bound',
  'tag-unbound': 'Tag unbound',
};

/** Status changes and tag bindings of an asset, newest first. */
@Component({
  selector: 'ww-asset-audit-trail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  template: `
    @if (entries().length === 0) {
      <p class="ww-muted ww-audit-none">No changes have been recorded for this asset yet.</p>
    } @else {
      <div class="ww-table-wrap">
        <table class="ww-table">
          <caption class="ww-visually-hidden">
            Audit trail, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Change</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of entries(); track $index) {
              <tr data-testid="audit-row">
                <td>{{ entry.at | date: 'medium' }}</td>
                <td>{{ actionLabel(entry.action) }}</td>
                <td>
                  @if (entry.from) {
                    {{ value(entry.from) }} →
                  }
                  {{ entry.to ? value(entry.to) : '' }}
                </td>
                <td>{{ entry.by ?? 'System' }}</td>
                <td>{{ entry.note ?? '' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .ww-audit-none {
      margin: 0;
    }
  `,
})
export class AssetAuditTrail {
  readonly entries = input.required<readonly AssetAuditEntryDto[]>();

  protected actionLabel(action: AssetAuditAction): string {
    return ACTION_LABELS[action] ?? action;
  }

  /** Statuses by their label; tag MACs as they are. */
  protected value(raw: string): string {
    const status = ASSET_STATUSES.find((s) => s === raw);
    return status ? ASSET_STATUS_LABELS[status] : raw;
  }
}
