import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { exactTime, relativeTime } from '../time/relative-time';

/**
 * A moment as people read it: "5 min ago", with the exact date and time beside it (or in the
 * tooltip when `compact`). Says "never" when there is no time.
 */
@Component({
  selector: 'ww-time-ago',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (at(); as iso) {
      <time [attr.datetime]="iso" [title]="exact()">{{ relative() }}</time>
      @if (!compact()) {
        <span class="ww-muted"> · {{ exact() }}</span>
      }
    } @else {
      <span class="ww-muted">{{ never() }}</span>
    }
  `,
})
export class TimeAgo {
  readonly at = input.required<string | null>();
  /** Only the relative time; the exact one is in the tooltip. */
  readonly compact = input(false);
  /** What to say when there is no time. */
  readonly never = input('Never');

  /** Show the exact time on this IANA zone's clock (a site's), not the browser's. */
  readonly timeZone = input<string | null>(null);

  protected readonly relative = computed(() => relativeTime(this.at()));
  protected readonly exact = computed(() => exactTime(this.at(), this.timeZone()));
}
