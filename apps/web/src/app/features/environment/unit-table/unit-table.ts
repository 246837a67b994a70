import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MonitoredUnitDto } from '@wardwatch/contracts';
import { TimeAgo } from '../../../shared/time-ago/time-ago';
import { ConditionChip } from '../unit-condition/condition-chip';
import { formatRange, formatValue, isOutside, watchesHumidity } from '../unit-condition/reading-format';
import { UNIT_KIND_LABELS } from '../unit-condition/unit-kinds';

interface Row {
  unit: MonitoredUnitDto;
  kind: string;
  place: string;
  temperature: { value: string; limits: string; outside: boolean };
  humidity: { value: string; limits: string; outside: boolean } | null;
}

/** Monitored units as a table: latest values against their limits, condition, last reading, links. */
@Component({
  selector: 'ww-unit-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConditionChip, RouterLink, TimeAgo],
  templateUrl: './unit-table.html',
  styleUrl: './unit-table.css',
})
export class UnitTable {
  readonly caption = input.required<string>();
  readonly units = input.required<readonly MonitoredUnitDto[]>();
  /** Floor names by floor id, for the "Where" column. */
  readonly floorNames = input<ReadonlyMap<string, string>>(new Map());

  protected readonly showHumidity = computed(() => this.units().some(watchesHumidity));
  protected readonly rows = computed<Row[]>(() =>
    this.units().map((unit) => ({
      unit,
      kind: UNIT_KIND_LABELS[unit.kind],
      place: this.floorNames().get(unit.floorId) ?? '—',
      temperature: {
        value: formatValue(unit.latest?.temperatureC, 'temperature'),
        limits: formatRange(unit.temperatureC, 'temperature'),
        outside: isOutside(unit.latest?.temperatureC, unit.temperatureC),
      },
      humidity: watchesHumidity(unit)
        ? {
            value: formatValue(unit.latest?.humidityPct, 'humidity'),
            limits: formatRange(unit.humidityPct, 'humidity'),
            outside: isOutside(unit.latest?.humidityPct, unit.humidityPct),
          }
        : null,
    })),
  );
}
