import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TemporaryOverrideDto } from '@wardwatch/contracts';

import { exactTime } from '../../../shared/time/relative-time';
import { formatRange } from '../unit-condition/reading-format';
import { overrideStatus } from './override-status';

/**
 * A unit's record of temporary overrides, newest first, as an inspector reads it: the limits used, who
 * asked and why, who entered it, from when until when, and whether it ran to its end or was ended early
 * (by whom and why; a newer request replaces the one in force).
 */
@Component({
  selector: 'ww-override-record',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './override-record.html',
  styleUrl: './override-record.css',
})
export class OverrideRecord {
  readonly overrides = input.required<readonly TemporaryOverrideDto[]>();
  /** The unit's IANA time zone, so times read as on the ward clock. */
  readonly timeZone = input<string | null>(null);
  /** When the list was fetched (epoch ms): what is "in force" is judged then. */
  readonly at = input.required<number>();

  protected readonly rows = computed(() =>
    this.overrides().map((o) => ({ o, status: overrideStatus(o, this.at()) })),
  );
  protected readonly formatRange = formatRange;
  protected readonly exactTime = exactTime;
}
