import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RoomDto, SpaceClass } from '@wardwatch/contracts';
import { SPACE_CLASS_LABELS, SPACE_CLASSES } from '@wardwatch/contracts';
import { SPACE_CLASS_STYLES } from '../space-class-style';

interface LegendEntry {
  spaceClass: SpaceClass;
  label: string;
  fill: string;
  count: number;
}

/** The key to the plan's colours: only the space classes present on this floor, with counts. */
@Component({
  selector: 'ww-space-class-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './space-class-legend.html',
  styleUrl: './space-class-legend.css',
})
export class SpaceClassLegend {
  readonly rooms = input.required<readonly RoomDto[]>();

  protected readonly entries = computed<LegendEntry[]>(() => {
    const counts = new Map<SpaceClass, number>();
    for (const room of this.rooms()) {
      counts.set(room.spaceClass, (counts.get(room.spaceClass) ?? 0) + 1);
    }
    return SPACE_CLASSES.filter((c) => counts.has(c)).map((spaceClass) => ({
      spaceClass,
      label: SPACE_CLASS_LABELS[spaceClass],
      fill: SPACE_CLASS_STYLES[spaceClass].fill,
      count: counts.get(spaceClass) ?? 0,
    }));
  });
}
