import type { DemoGateway } from '@wardwatch/demo-hospital';
import type { Random } from '../random/seeded-random';
import { requireFloor, type HospitalWorld } from '../world/hospital-world';
import type { FloorPosition, WorldFloor } from '../world/world-types';
import { DEFAULT_RADIO_MODEL, meanRssi, sampleRssiAround, type RadioModel } from './radio-model';
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

/** The gateways in range of a tag at one spot, with the mean RSSI each would read (distance and walls). */
interface TagLinks {
  floorKey: string;
  x: number;
  y: number;
  gateways: Int32Array;
  meanDbm: Float64Array;
}

/**
 * Which tags each gateway hears in one second, and how loud. Gateways never move and most tags stand
 * still for hours, so the gateways in range of a tag and their mean RSSI (distance and walls, the costly
 * part) are kept per tag and worked out again only when it has moved; each second then only draws the
 * noise and the losses. Gateways are looked up in a grid of range-sized cells per floor.
 */
export class GatewayHearing {
  private readonly gateways: PlacedGateway[];
  private readonly cells = new Map<string, Map<string, number[]>>();
  private readonly links: (TagLinks | undefined)[] = [];

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
    this.gateways.forEach((gateway, index) => {
      const floorCells = this.cells.get(gateway.floor.key) ?? new Map<string, number[]>();
      this.cells.set(gateway.floor.key, floorCells);
      const key = this.cellKey(gateway.x, gateway.y);
      const cell = floorCells.get(key);
      if (cell === undefined) {
        floorCells.set(key, [index]);
      } else {
        cell.push(index);
      }
    });
  }

  /** One list of receptions per gateway, in the order the gateways were given; each in the tags' order. */
  hear(tags: readonly PlacedTag[]): Reception[][] {
    const receptions: Reception[][] = this.gateways.map(() => []);
    for (const tag of tags) {
      const links = this.linksOf(tag);
      for (let k = 0; k < links.gateways.length; k++) {
        const rssi = sampleRssiAround(links.meanDbm[k], this.random, this.model);
        if (rssi !== null) {
          receptions[links.gateways[k]].push({ tagIndex: tag.tagIndex, rssi });
        }
      }
    }
    return receptions;
  }

  /** Works out who is in range of each tag where it stands, without drawing any noise (a warm-up). */
  prime(tags: readonly PlacedTag[]): void {
    for (const tag of tags) {
      this.linksOf(tag);
    }
  }

  private linksOf(tag: PlacedTag): TagLinks {
    const known = this.links[tag.tagIndex];
    if (known !== undefined && known.x === tag.x && known.y === tag.y && known.floorKey === tag.floorKey) {
      return known;
    }
    const gateways: number[] = [];
    const means: number[] = [];
    const range = this.model.hearingRangeM;
    const floorCells = this.cells.get(tag.floorKey);
    const col = Math.floor(tag.x / range);
    const row = Math.floor(tag.y / range);
    for (let dc = -1; dc <= 1 && floorCells !== undefined; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        for (const index of floorCells.get(`${col + dc}:${row + dr}`) ?? []) {
          const gateway = this.gateways[index];
          const d = Math.hypot(tag.x - gateway.x, tag.y - gateway.y);
          if (d <= range) {
            const walls = estimateWalls(gateway.floor, [gateway.x, gateway.y], [tag.x, tag.y]);
            gateways.push(index);
            means.push(meanRssi(d, walls, this.model));
          }
        }
      }
    }
    // In gateway order, so that the draws do not depend on how the cells are laid out.
    const order = gateways.map((_, i) => i).sort((a, b) => gateways[a] - gateways[b]);
    const links: TagLinks = {
      floorKey: tag.floorKey,
      x: tag.x,
      y: tag.y,
      gateways: Int32Array.from(order, (i) => gateways[i]),
      meanDbm: Float64Array.from(order, (i) => means[i]),
    };
    this.links[tag.tagIndex] = links;
    return links;
  }

  private cellKey(x: number, y: number): string {
    const range = this.model.hearingRangeM;
    return `${Math.floor(x / range)}:${Math.floor(y / range)}`;
  }
}
