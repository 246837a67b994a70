import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type MonitoredUnitDto, UNIT_CONDITIONS } from '@wardwatch/contracts';
import { CONDITION_STYLES, conditionBackground } from '../unit-condition/condition-style';
import { isEquipment } from '../unit-condition/unit-kinds';

/** The key to the plan's room conditions, with how many monitored rooms and units are in each. */
@Component({
  selector: 'ww-condition-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="ww-panel-title" id="ww-condition-legend-title">Room conditions</h2>
    <ul class="ww-condition-legend" aria-labelledby="ww-condition-legend-title">
      @for (entry of entries(); track entry.condition) {
        <li [attr.data-condition]="entry.condition">
          <span
            class="ww-condition-legend__swatch"
            [style.background]="entry.background"
            [style.border-color]="entry.stroke"
            [style.border-style]="entry.dashed ? 'dashed' : 'solid'"
            [style.border-width.px]="entry.condition === 'alert' ? 3 : 2"
            aria-hidden="true"
          ></span>
          <span class="ww-condition-legend__text">
            <strong>{{ entry.label }}</strong>
            <span class="ww-muted">{{ entry.cue }}</span>
          </span>
          <span class="ww-condition-legend__count" [attr.aria-label]="entry.count + ' monitored'">{{
            entry.count
          }}</span>
        </li>
      }
    </ul>
    @if (equipmentCount() > 0) {
      <p class="ww-condition-legend__note">
        <span class="ww-condition-legend__badge" aria-hidden="true">❄ n</span> fridges, freezers and
        incubators in a room, in the most urgent condition among them.
      </p>
    }
  `,
  styles: `
    .ww-condition-legend {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.4rem;
      font-size: 0.875rem;
    }
    li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .ww-condition-legend__swatch {
      flex: none;
      width: 1.6rem;
      height: 1.1rem;
      border-radius: 3px;
    }
    .ww-condition-legend__text {
      flex: 1;
      display: flex;
      flex-direction: column;
      line-height: 1.25;
    }
    .ww-condition-legend__text .ww-muted {
      font-size: 0.75rem;
    }
    .ww-condition-legend__count {
      color: var(--ww-text-muted);
      font-variant-numeric: tabular-nums;
    }
    .ww-condition-legend__note {
      margin: 0.6rem 0 0;
      font-size: 0.8rem;
      color: var(--ww-text-muted);
    }
    .ww-condition-legend__badge {
      padding: 0 0.3rem;
      border: 2px solid #00795a;
      border-radius: 999px;
      color: #00795a;
      font-weight: 700;
      white-space: nowrap;
    }
  `,
})
export class ConditionLegend {
  readonly units = input.required<readonly MonitoredUnitDto[]>();

  protected readonly equipmentCount = computed(() => this.units().filter(isEquipment).length);
  protected readonly entries = computed(() =>
    UNIT_CONDITIONS.map((condition) => ({
      condition,
      label: CONDITION_STYLES[condition].label,
      cue: CONDITION_STYLES[condition].cue,
      stroke: CONDITION_STYLES[condition].stroke,
      dashed: CONDITION_STYLES[condition].dashArray !== null,
      background: conditionBackground(condition),
      count: this.units().filter((u) => u.condition === condition).length,
    })),
  );
}
