import {
  ASSET_STATUSES,
  type AssetStatus,
  type FloorAssetDto,
  type PositionChangeEvent,
  type RoomDto,
} from '@wardwatch/contracts';
import { categoryIndex } from './category-icons';
import { isMoveDone, MOVE_DURATION_MS, positionAt, type Move } from './move-animation';
import { DEFAULT_SLOT_LAYOUT, RoomSlots, type SlotLayoutOptions } from './room-slot-layout';
import { statusIndex } from './status-style';

/**
 * The markers of one floor without any drawing: which asset is in which room and slot, where it is
 * resting or gliding to, and how many of each status every room holds. The canvas layer reads it
 * every frame; nothing here touches the DOM, so it is tested on its own.
 */
export interface MarkerState {
  readonly assetId: string;
  /** The store's own copy, kept up to date by moves and status changes; read it, don't change it. */
  readonly asset: FloorAssetDto;
  categoryIndex: number;
  statusIndex: number;
  /** The room it is drawn in; null while its room is not on the plan (then it is not drawn). */
  room: StoredRoom | null;
  slot: number;
  /** Resting position (the slot), plan metres. */
  x: number;
  y: number;
  /** The glide into the slot, while it lasts. */
  move: Move | null;
}

export interface StoredRoom {
  readonly room: RoomDto;
  readonly slots: RoomSlots;
  /** Markers per status, indexed like `ASSET_STATUSES`, the last entry for unknown statuses. */
  readonly tally: Int32Array;
}

export interface AppliedChanges {
  /** Markers that changed room on this floor. */
  moved: number;
  /** Markers removed because their tag is now on another floor. */
  removed: number;
  /**
   * Changes onto this floor for assets the store does not have: fetch their `FloorAssetDto` and
   * `upsert` it (the event alone has no category or status).
   */
  unknown: PositionChangeEvent[];
}

export interface StoreOptions {
  layout: SlotLayoutOptions;
  moveDurationMs: number;
}

const TALLY_SIZE = ASSET_STATUSES.length + 1;
/** Past this many changed markers (and twice the markers there are), painters just repaint everything. */
const CHANGED_LIMIT = 4096;

export class AssetMarkerStore {
  private readonly options: StoreOptions;
  private readonly markers = new Map<string, MarkerState>();
  private readonly byTag = new Map<string, string>();
  private readonly roomsById = new Map<string, StoredRoom>();
  private readonly moving = new Set<MarkerState>();
  private floor: string | null = null;
  /** Markers whose still picture changed since {@link drainChanged}; null once too many to list. */
  private changed: Set<MarkerState> | null = new Set();

  constructor(options: Partial<StoreOptions> = {}) {
    this.options = {
      layout: options.layout ?? DEFAULT_SLOT_LAYOUT,
      moveDurationMs: options.moveDurationMs ?? MOVE_DURATION_MS,
    };
  }

  /** The floor of the rooms given, or null before any. Changes for other floors remove markers. */
  get floorId(): string | null {
    return this.floor;
  }

  get size(): number {
    return this.markers.size;
  }

  /**
   * The markers whose still picture changed since the last call (placed, removed, moved, restyled, or
   * come to rest after a glide), for a painter that keeps resting markers cached; 'all' when so many
   * changed that listing them is pointless (or the rooms were replaced).
   */
  drainChanged(): Iterable<MarkerState> | 'all' {
    const changed = this.changed;
    this.changed = new Set();
    return changed ?? 'all';
  }

  /** Markers gliding now, for a painter that draws only those each frame. */
  movingMarkers(): IterableIterator<MarkerState> {
    return this.moving.values();
  }

  /** Markers gliding now (some may have just finished; see {@link settle}). */
  get movingCount(): number {
    return this.moving.size;
  }

  get(assetId: string): MarkerState | undefined {
    return this.markers.get(assetId);
  }

  /** All markers in insertion order (the draw order: later ones on top). */
  all(): IterableIterator<MarkerState> {
    return this.markers.values();
  }

  room(roomId: string): StoredRoom | undefined {
    return this.roomsById.get(roomId);
  }

  rooms(): IterableIterator<StoredRoom> {
    return this.roomsById.values();
  }

  /**
   * Replaces the rooms (a new floor, or a refreshed plan). Every marker is placed again, in
   * insertion order, without animation; markers whose room is missing are kept but not drawn. The same
   * room objects again (a component re-running its effect) change nothing, so nobody jumps slots.
   */
  setRooms(rooms: readonly RoomDto[]): void {
    if (rooms.length === this.roomsById.size && rooms.every((r) => this.roomsById.get(r.id)?.room === r)) {
      return;
    }
    this.roomsById.clear();
    this.floor = rooms[0]?.floorId ?? null;
    this.changed = null;
    for (const room of rooms) {
      this.roomsById.set(room.id, {
        room,
        slots: new RoomSlots(room.polygon, room.centroid, this.options.layout),
        tally: new Int32Array(TALLY_SIZE),
      });
    }
    this.moving.clear();
    for (const marker of this.markers.values()) {
      marker.room = null;
      marker.slot = -1;
      marker.move = null;
      this.place(marker);
    }
  }

  /**
   * Replaces the whole set (first load, or a resync after a reconnect). Markers that stay keep their
   * slot when their room is unchanged; room changes here jump rather than glide.
   */
  setAssets(items: readonly FloorAssetDto[]): void {
    const keep = new Set(items.map((item) => item.assetId));
    for (const assetId of [...this.markers.keys()]) {
      if (!keep.has(assetId)) {
        this.remove(assetId);
      }
    }
    for (const item of items) {
      this.upsert(item, 0, false);
    }
  }

  /**
   * Adds an asset or brings one up to date. A room change glides when `animate` (from where the
   * marker is at `nowMs`), else jumps.
   */
  upsert(asset: FloorAssetDto, nowMs: number, animate: boolean): MarkerState {
    const existing = this.markers.get(asset.assetId);
    if (!existing) {
      const marker: MarkerState = {
        assetId: asset.assetId,
        asset: { ...asset },
        categoryIndex: categoryIndex(asset.categoryCode),
        statusIndex: statusIndex(asset.status),
        room: null,
        slot: -1,
        x: 0,
        y: 0,
        move: null,
      };
      this.markers.set(asset.assetId, marker);
      this.indexTag(marker, asset.tagMac);
      this.place(marker);
      return marker;
    }
    this.indexTag(existing, asset.tagMac);
    this.setStatus(existing, asset.status);
    existing.asset.assetTag = asset.assetTag;
    existing.asset.categoryCode = asset.categoryCode;
    existing.asset.confidence = asset.confidence;
    existing.asset.lastSeenAt = asset.lastSeenAt;
    const category = categoryIndex(asset.categoryCode);
    if (category !== existing.categoryIndex) {
      existing.categoryIndex = category;
      this.touch(existing);
    }
    this.moveTo(existing, asset.roomId, nowMs, animate);
    return existing;
  }

  remove(assetId: string): boolean {
    const marker = this.markers.get(assetId);
    if (!marker) {
      return false;
    }
    this.unplace(marker);
    this.markers.delete(assetId);
    if (this.byTag.get(marker.asset.tagMac) === assetId) {
      this.byTag.delete(marker.asset.tagMac);
    }
    return true;
  }

  /** Applies live room changes in order (several for one tag in a batch are fine). */
  applyChanges(changes: readonly PositionChangeEvent[], nowMs: number, animate: boolean): AppliedChanges {
    const result: AppliedChanges = { moved: 0, removed: 0, unknown: [] };
    for (const change of changes) {
      const assetId = change.assetId ?? this.byTag.get(change.tagMac);
      const marker = assetId === undefined ? undefined : this.markers.get(assetId);
      if (this.floor !== null && change.floorId !== this.floor) {
        if (marker && this.remove(marker.assetId)) {
          result.removed++;
        }
        continue;
      }
      if (!marker) {
        result.unknown.push(change);
        continue;
      }
      marker.asset.confidence = change.confidence;
      marker.asset.lastSeenAt = change.at;
      if (this.moveTo(marker, change.roomId, nowMs, animate)) {
        result.moved++;
      }
    }
    return result;
  }

  /**
   * A status change, and with `tagMac` a tag binding change (as the realtime `assets` event carries
   * them): a new tag is followed from then on; `null` (the tag was unbound) takes the marker off, since
   * nothing locates the asset any more. Returns false when the asset is not on this floor.
   */
  updateStatus(assetId: string, status: AssetStatus, tagMac?: string | null): boolean {
    const marker = this.markers.get(assetId);
    if (!marker) {
      return false;
    }
    if (tagMac === null) {
      return this.remove(assetId);
    }
    if (tagMac !== undefined) {
      this.indexTag(marker, tagMac);
    }
    this.setStatus(marker, status);
    return true;
  }

  /** Where a marker is at `nowMs` (mid-glide or resting), plan metres, written into `out`. */
  positionOf(marker: MarkerState, nowMs: number, out: { x: number; y: number }): { x: number; y: number } {
    if (marker.move) {
      return positionAt(marker.move, nowMs, out);
    }
    out.x = marker.x;
    out.y = marker.y;
    return out;
  }

  /** Ends the glides that are over by `nowMs`; returns how many are still under way. */
  settle(nowMs: number): number {
    for (const marker of this.moving) {
      if (marker.move && isMoveDone(marker.move, nowMs)) {
        marker.move = null;
        this.moving.delete(marker);
        this.touch(marker);
      }
    }
    return this.moving.size;
  }

  private touch(marker: MarkerState): void {
    if (this.changed) {
      this.changed.add(marker);
      if (this.changed.size > Math.max(CHANGED_LIMIT, 2 * this.markers.size)) {
        this.changed = null;
      }
    }
  }

  private indexTag(marker: MarkerState, tagMac: string): void {
    const previous = marker.asset.tagMac;
    if (previous !== tagMac) {
      if (this.byTag.get(previous) === marker.assetId) {
        this.byTag.delete(previous);
      }
      marker.asset.tagMac = tagMac;
    }
    this.byTag.set(tagMac, marker.assetId);
  }

  private setStatus(marker: MarkerState, status: AssetStatus): void {
    const index = statusIndex(status);
    if (index === marker.statusIndex) {
      return;
    }
    if (marker.room) {
      marker.room.tally[marker.statusIndex]--;
      marker.room.tally[index]++;
    }
    marker.statusIndex = index;
    this.touch(marker);
    marker.asset.status = status;
  }

  /** Returns true when the marker changed room. */
  private moveTo(marker: MarkerState, roomId: string, nowMs: number, animate: boolean): boolean {
    if (marker.asset.roomId === roomId) {
      return false;
    }
    const from = marker.room ? this.positionOf(marker, nowMs, { x: 0, y: 0 }) : null;
    this.unplace(marker);
    marker.asset.roomId = roomId;
    this.place(marker);
    if (animate && from && marker.room && this.options.moveDurationMs > 0) {
      marker.move = {
        fromX: from.x,
        fromY: from.y,
        toX: marker.x,
        toY: marker.y,
        startMs: nowMs,
        durationMs: this.options.moveDurationMs,
      };
      this.moving.add(marker);
    }
    return true;
  }

  private place(marker: MarkerState): void {
    const room = this.roomsById.get(marker.asset.roomId);
    if (!room) {
      return;
    }
    marker.room = room;
    marker.slot = room.slots.acquire();
    const [x, y] = room.slots.position(marker.slot);
    marker.x = x;
    marker.y = y;
    room.tally[marker.statusIndex]++;
    this.touch(marker);
  }

  private unplace(marker: MarkerState): void {
    if (marker.room) {
      this.touch(marker);
      marker.room.slots.release(marker.slot);
      marker.room.tally[marker.statusIndex]--;
    }
    marker.room = null;
    marker.slot = -1;
    marker.move = null;
    this.moving.delete(marker);
  }
}
