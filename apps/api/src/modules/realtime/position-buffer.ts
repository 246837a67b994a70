import type { PositionChangeEvent } from '@wardwatch/contracts';

/**
 * Position changes waiting for the next tick, per floor. A change between floors goes to both, so the
 * old floor removes the marker and the new one adds it. Only the newest change per tag is kept.
 */
export class PositionBuffer {
  private readonly floors = new Map<string, Map<string, PositionChangeEvent>>();

  add(event: PositionChangeEvent): void {
    this.put(event.floorId, event);
    if (event.fromFloorId && event.fromFloorId !== event.floorId) {
      this.put(event.fromFloorId, event);
    }
  }

  /** Everything buffered, per floor, and empties the buffer. */
  drain(): { floorId: string; changes: PositionChangeEvent[] }[] {
    const out = [...this.floors].map(([floorId, byTag]) => ({ floorId, changes: [...byTag.values()] }));
    this.floors.clear();
    return out;
  }

  private put(floorId: string, event: PositionChangeEvent): void {
    let byTag = this.floors.get(floorId);
    if (!byTag) {
      byTag = new Map();
      this.floors.set(floorId, byTag);
    }
    const seen = byTag.get(event.tagMac);
    if (!seen || seen.at <= event.at) {
      byTag.set(event.tagMac, event);
    }
  }
}
