import type { DemoGateway } from '@wardwatch/demo-hospital';
import type { Random } from '../random/seeded-random';
import { requireFloor, type HospitalWorld } from '../world/hospital-world';
import type { FloorPosition, WorldFloor } from '../world/world-types';
import { DEFAULT_RADIO_MODEL, sampleRssi, type RadioModel } from './radio-model';
import { estimateWalls } from './wall-estimate';

/** A tag somewhere on the plan this second; `tagIndex` identifies it to the caller. */
export interface PlacedTag extends FloorPosition {
  tagIndex: number;
}

export interface Reception {
  tagIndex: number;
  rssi: number;
}

interface PlacedGateway {
  floor: WorldFloor;
  x: number;
  y: number;
}

/** Which tags each gateway hears in one second, and how loud. */
export class GatewayHearing {
  private readonly gateways: PlacedGateway[];

  constructor(
    world: HospitalWorld,
    gateways: readonly DemoGateway[],
    private readonly random: Random,
    private readonly model: RadioModel = DEFAULT_RADIO_MODEL,
  ) {
    this.gateways = gateways.map((gateway) => ({
      floor: requireFloor(world, gateway.floorKey),
      x: gateway.point[0],
      y: gateway.point[1],
    }));
  }

  /** One list of receptions per gateway, in the order the gateways were given. */
  hear(tags: readonly PlacedTag[]): Reception[][] {
    const byFloor = new Map<string, PlacedTag[]>();
    for (const tag of tags) {
      const list = byFloor.get(tag.floorKey);
      if (list === undefined) {
        byFloor.set(tag.floorKey, [tag]);
      } else {
        list.push(tag);
      }
    }
    const range = this.model.hearingRangeM;
    return this.gateways.map((gateway) => {
      const receptions: Reception[] = [];
      for (const tag of byFloor.get(gateway.floor.key) ?? []) {
        const dx = tag.x - gateway.x;
        const dy = tag.y - gateway.y;
        if (Math.abs(dx) > range || Math.abs(dy) > range) {
          continue;
        }
        const d = Math.hypot(dx, dy);
        if (d > range) {
          continue;
        }
        const walls = estimateWalls(gateway.floor, [gateway.x, gateway.y], [tag.x, tag.y]);
        const rssi = sampleRssi(d, walls, this.random, this.model);
        if (rssi !== null) {
          receptions.push({ tagIndex: tag.tagIndex, rssi });
        }
      }
      return receptions;
    });
  }
}
