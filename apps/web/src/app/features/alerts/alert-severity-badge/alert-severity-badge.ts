import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AlertSeverity } from '@wardwatch/contracts';

export const ALERT_SEVERITY_LABELS: Record<AlertSeverity, string> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Information',
};

/** A pill coloured by alert severity; its text (projected) carries the meaning, colour only helps. */
@Component({
  selector: 'ww-alert-severity-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="ww-severity-dot" aria-hidden="true"></span><ng-content />`,
  host: { '[class]': "'ww-severity ww-severity--' + severity()" },
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      padding: 0.05rem 0.5rem;
      border-radius: 999px;
      border: 1px solid transparent;
      font-size: 0.8rem;
      font-weight: 600;
      white-space: nowrap;
    }
    .ww-severity-dot {
      width: 0.5rem;
      height: 0.5rem;
      border-radius: 50%;
      background: currentColor;
    }
    :host(.ww-severity--critical) {
      background: #fbe9e9;
      color: #962323;
      border-color: #f0c2c2;
    }
    :host(.ww-severity--warning) {
      background: #fdf3dc;
      color: #7a5209;
      border-color: #f0d89d;
    }
    :host(.ww-severity--info) {
      background: #e6f0fb;
      color: #1a528c;
      border-color: #bcd4f0;
    }
  `,
})
export class AlertSeverityBadge {
  readonly severity = input.required<AlertSeverity>();
}
