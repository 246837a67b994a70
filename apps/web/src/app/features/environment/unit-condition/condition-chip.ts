import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { UnitCondition } from '@wardwatch/contracts';
import { CONDITION_STYLES, conditionBackground } from './condition-style';

/** A unit's condition as a pill: the same pattern as on the plan, and words that carry the meaning. */
@Component({
  selector: 'ww-condition-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="ww-condition-swatch" [style.background]="background()" aria-hidden="true"></span
    >{{ label() }}
    @if (openAlerts() > 0) {
      <span class="ww-condition-count"
        >· {{ openAlerts() }} {{ openAlerts() === 1 ? 'alert' : 'alerts' }}</span
      >
    }`,
  host: {
    '[class]': "'ww-condition-chip ww-condition-chip--' + condition()",
    '[attr.data-condition]': 'condition()',
    '[style.color]': 'style().text',
    '[style.border-color]': 'style().stroke',
  },
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      padding: 0.05rem 0.5rem 0.05rem 0.3rem;
      border: 1px solid;
      border-radius: 999px;
      background: #ffffff;
      font-size: 0.8rem;
      font-weight: 600;
      white-space: nowrap;
    }
    :host(.ww-condition-chip--alert) {
      border-width: 2px;
    }
    :host(.ww-condition-chip--no-data) {
      border-style: dashed;
    }
    .ww-condition-swatch {
      width: 0.85rem;
      height: 0.85rem;
      border-radius: 50%;
      border: 1px solid rgb(27 34 41 / 0.35);
    }
    .ww-condition-count {
      font-weight: 500;
    }
  `,
})
export class ConditionChip {
  readonly condition = input.required<UnitCondition>();
  readonly openAlerts = input(0);

  protected readonly style = computed(() => CONDITION_STYLES[this.condition()]);
  protected readonly label = computed(() => this.style().label);
  protected readonly background = computed(() => conditionBackground(this.condition()));
}
