import type { DemoTag } from '@wardwatch/demo-hospital';
import type { PlacedTag } from '../radio/gateway-hearing';
import type { Random } from '../random/seeded-random';
import { requireRoom, type HospitalWorld } from '../world/hospital-world';
import { randomPointInRoom } from '../world/room-point';
import type { FloorPosition } from '../world/world-types';
import type { FleetMovement } from './fleet-movement';

/**
 * Where each simulated tag is: on its asset (which may move), or, for a room's own environment sensor,
 * fixed on the wall of the room it is installed in. Tags with neither are never heard.
 */
export class TagPlacements {
  private readonly fixed = new Map<string, FloorPosition>();

  constructor(
    world: HospitalWorld,
    private readonly tags: readonly DemoTag[],
    private readonly fleet: FleetMovement,
    random: Random,
  ) {
    for (const tag of tags) {
      if (fleet.positionOfTag(tag.mac) === undefined && tag.installedRoomKey !== null) {
        const room = requireRoom(world, tag.installedRoomKey);
        const [x, y] = randomPointInRoom(room, random);
        this.fixed.set(tag.mac, { floorKey: room.floorKey, x, y });
      }
    }
  }

  /** Every tag that can be heard this second, with its index in the tag list. */
  placed(): PlacedTag[] {
    const placed: PlacedTag[] = [];
    this.tags.forEach((tag, tagIndex) => {
      const position = this.fleet.positionOfTag(tag.mac) ?? this.fixed.get(tag.mac) ?? null;
      if (position !== null) {
        placed.push({ tagIndex, floorKey: position.floorKey, x: position.x, y: position.y });
      }
    });
    return placed;
  }
}
