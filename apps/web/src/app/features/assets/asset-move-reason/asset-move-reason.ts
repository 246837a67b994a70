import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MovementDto, RoomDto } from '@wardwatch/contracts';

/** Why the position engine put the tag where it is: the gateways that heard it and by what margin. */
@Component({
  selector: 'ww-asset-move-reason',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, DecimalPipe],
  template: `
    <p class="ww-reason-summary">
      Moved {{ move().fromRoomName ? 'from ' + move().fromRoomName + ' ' : '' }}to {{ move().toRoomName }}
      <span class="ww-muted">{{ move().at | date: 'medium' }}</span>
    </p>
    @if (gateways().length > 0) {
      <table class="ww-table ww-reason-table">
        <caption class="ww-visually-hidden">
          Gateways that heard the tag at that move
        </caption>
        <thead>
          <tr>
            <th scope="col">Gateway in</th>
            <th scope="col">Signal</th>
          </tr>
        </thead>
        <tbody>
          @for (g of gateways(); track g.gatewayId) {
            <tr>
              <td>{{ g.room }}</td>
              <td class="ww-mono">{{ g.rssi | number: '1.0-0' }} dBm</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="ww-muted ww-reason-summary">No gateway readings were recorded with this move.</p>
    }
    <p class="ww-muted ww-reason-summary">
      @if (move().reason.marginDb !== null) {
        Margin over the runner-up room: {{ move().reason.marginDb | number: '1.0-1' }} dB.
      } @else {
        No runner-up room to compare with.
      }
      Score {{ move().reason.winnerScore | number: '1.0-2' }}
      @if (move().reason.previousScore !== null) {
        (previous room {{ move().reason.previousScore | number: '1.0-2' }})
      }
    </p>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
    }
    .ww-reason-summary {
      margin: 0;
    }
    .ww-reason-table {
      border: 1px solid var(--ww-border);
    }
  `,
})
export class AssetMoveReason {
  readonly move = input.required<MovementDto>();
  /** Rooms of the move's floor, to name where each gateway is; null while unknown. */
  readonly roomsById = input<ReadonlyMap<string, RoomDto> | null>(null);

  protected readonly gateways = computed(() => {
    const rooms = this.roomsById();
    return [...this.move().reason.gateways]
      .sort((a, b) => b.rssi - a.rssi)
      .map((g) => {
        const room = rooms?.get(g.roomId);
        return {
          gatewayId: g.gatewayId,
          rssi: g.rssi,
          room: room ? `${room.number} · ${room.name}` : 'another room',
        };
      });
  });
}
