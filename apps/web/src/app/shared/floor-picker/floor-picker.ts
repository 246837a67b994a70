import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { BuildingWithFloorsDto } from '@wardwatch/contracts';
import { defaultFloor, findFloor } from './floor-lookup';

let nextPickerId = 0;

/** Building and floor selects. Emits the chosen floor id; changing building picks its ground floor. */
@Component({
  selector: 'ww-floor-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './floor-picker.html',
  styleUrl: './floor-picker.css',
})
export class FloorPicker {
  readonly buildings = input.required<readonly BuildingWithFloorsDto[]>();
  readonly floorId = input<string | null>(null);
  readonly floorChange = output<string>();

  protected readonly idPrefix = `ww-floor-picker-${nextPickerId++}`;
  protected readonly location = computed(() => findFloor(this.buildings(), this.floorId()));
  protected readonly floors = computed(() => this.location()?.building.floors ?? []);

  protected onBuildingChange(buildingId: string): void {
    const floor = defaultFloor(this.buildings().find((b) => b.id === buildingId));
    if (floor) {
      this.floorChange.emit(floor.id);
    }
  }

  protected onFloorChange(floorId: string): void {
    if (floorId) {
      this.floorChange.emit(floorId);
    }
  }
}
