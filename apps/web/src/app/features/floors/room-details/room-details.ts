import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RoomDto } from '@wardwatch/contracts';
import { SPACE_CLASS_LABELS } from '@wardwatch/contracts';
import { SPACE_CLASS_STYLES } from '../space-class-style';

/** The selected room: its name, number and space class. */
@Component({
  selector: 'ww-room-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './room-details.html',
  styleUrl: './room-details.css',
})
export class RoomDetails {
  readonly room = input<RoomDto | null>(null);
  readonly floorName = input<string | null>(null);
  /** Gateways mounted in the room, or null when gateways are not being shown. */
  readonly gatewayCount = input<number | null>(null);

  protected readonly classLabel = computed(() => {
    const room = this.room();
    return room ? SPACE_CLASS_LABELS[room.spaceClass] : '';
  });
  protected readonly classFill = computed(() => {
    const room = this.room();
    return room ? SPACE_CLASS_STYLES[room.spaceClass].fill : 'transparent';
  });
}
