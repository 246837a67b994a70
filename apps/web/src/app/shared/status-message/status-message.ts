import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type StatusKind = 'loading' | 'empty' | 'failed';

/** States plainly that something is loading, empty or failed. Failures are announced. */
@Component({
  selector: 'ww-status-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'ww-status',
    '[class.ww-status--loading]': "kind() === 'loading'",
    '[class.ww-status--empty]': "kind() === 'empty'",
    '[class.ww-status--failed]': "kind() === 'failed'",
    '[attr.role]': "kind() === 'failed' ? 'alert' : 'status'",
  },
  template: `
    @if (kind() === 'loading') {
      <span class="ww-spinner" aria-hidden="true"></span>
    }
    <span><ng-content /></span>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      padding: 0.75rem 1rem;
      border-radius: var(--ww-radius);
      border: 1px solid var(--ww-border);
      background: var(--ww-surface-muted);
      color: var(--ww-text-muted);
    }
    :host(.ww-status--failed) {
      border-color: #e8b4b4;
      background: #fdf2f2;
      color: #8a1f1f;
    }
    .ww-spinner {
      width: 1rem;
      height: 1rem;
      border-radius: 50%;
      border: 2px solid var(--ww-border);
      border-top-color: var(--ww-accent);
      animation: ww-spin 0.8s linear infinite;
    }
    @keyframes ww-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .ww-spinner {
        animation: none;
      }
    }
  `,
})
export class StatusMessage {
  readonly kind = input.required<StatusKind>();
}
