import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MonitoredUnitDto } from '@wardwatch/contracts';
import { TimeAgo } from '../../../shared/time-ago/time-ago';
import { ConditionChip } from '../unit-condition/condition-chip';
import { CONDITION_ORDER } from '../unit-condition/condition-style';
import { UNIT_KIND_LABELS } from '../unit-condition/unit-kinds';
import { unitReadings } from '../unit-condition/unit-readings';

/**
 * The monitored units of one room (the room itself, its fridges and freezers): latest values against
 * their limits, condition, last reading, and a link to each unit's page with its charts.
 */
@Component({
  selector: 'ww-room-units',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConditionChip, RouterLink, TimeAgo],
  templateUrl: './room-units.html',
  styleUrl: './room-units.css',
})
export class RoomUnits {
  readonly units = input.required<readonly MonitoredUnitDto[]>();

  protected readonly kindLabels = UNIT_KIND_LABELS;
  protected readonly rows = computed(() =>
    [...this.units()]
      .sort(
        (a, b) => CONDITION_ORDER[a.condition] - CONDITION_ORDER[b.condition] || a.name.localeCompare(b.name),
      )
      .map((unit) => ({ unit, readings: unitReadings(unit) })),
  );
}
