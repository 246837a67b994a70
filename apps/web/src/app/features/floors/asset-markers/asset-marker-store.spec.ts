import type { FloorAssetDto, PlanPolygon, PositionChangeEvent, RoomDto } from '@wardwatch/contracts';
import { pointInPolygon } from '@wardwatch/domain';
import { AssetMarkerStore, type MarkerState } from './asset-marker-store';

const FLOOR = 'floor-3';

function rect(x: number, y: number, w: number, h: number): PlanPolygon {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

function room(id: string, x: number): RoomDto {
  return {
    id,
    floorId: FLOOR,
    number: id,
    name: id,
    spaceClass: 'patient-room',
    polygon: rect(x, 0, 5, 4),
    centroid: [x + 2.5, 2],
  };
}

const ROOMS = [room('r1', 0), room('r2', 10), room('r3', 20)];

function asset(n: number, roomId: string, status: FloorAssetDto['status'] = 'available'): FloorAssetDto {
  return {
    assetId: `a${n}`,
    assetTag: `T-${n}`,
    categoryCode: 'infusion-pump',
    status,
    tagMac: `AA:00:00:00:00:${String(n).padStart(2, '0')}`,
    roomId,
    confidence: 0.9,
    lastSeenAt: '2026-11-21T10:00:00Z',
  };
}

function change(
  assetId: string | null,
  roomId: string,
  extra: Partial<PositionChangeEvent> = {},
): PositionChangeEvent {
  return {
    tagMac: 'AA:00:00:00:00:99',
    assetId,
    roomId,
    floorId: FLOOR,
    fromRoomId: null,
    fromFloorId: FLOOR,
    confidence: 0.8,
    at: '2026-11-21T10:01:00Z',
    ...extra,
  };
}

function setUp(): AssetMarkerStore {
  const store = new AssetMarkerStore({ moveDurationMs: 600 });
  store.setRooms(ROOMS);
  store.setAssets([asset(1, 'r1'), asset(2, 'r1', 'missing'), asset(3, 'r2'), asset(4, 'r1')]);
  return store;
}

const slotOf = (store: AssetMarkerStore, id: string) => store.get(id)?.slot;

function markerOf(store: AssetMarkerStore, id: string): MarkerState {
  const marker = store.get(id);
  if (!marker) {
    throw new Error(`no marker ${id}`);
  }
  return marker;
}
const tallyOf = (store: AssetMarkerStore, roomId: string) => Array.from(store.room(roomId)?.tally ?? []);

describe('AssetMarkerStore', () => {
  it('places every asset in a slot of its room and counts statuses per room', () => {
    const store = setUp();
    expect(store.floorId).toBe(FLOOR);
    expect([1, 2, 4].map((n) => slotOf(store, `a${n}`))).toEqual([0, 1, 2]);
    expect(slotOf(store, 'a3')).toBe(0);
    for (const marker of store.all()) {
      expect(pointInPolygon([marker.x, marker.y], marker.room?.room.polygon ?? [])).toBe(true);
    }
    expect(store.room('r1')?.slots.size).toBe(3);
    expect(tallyOf(store, 'r1')).toEqual([2, 0, 0, 0, 0, 1, 0]);
  });

  it('glides a marker to its new room, from where it was, and keeps the others still', () => {
    const store = setUp();
    const before = store.get('a1');
    const start = { x: before?.x, y: before?.y };
    const others = [2, 4].map((n) => ({ ...store.get(`a${n}`) }));

    const result = store.applyChanges([change('a1', 'r3')], 5000, true);
    expect(result).toEqual({ moved: 1, removed: 0, unknown: [] });

    const moved = markerOf(store, 'a1');
    expect(moved.room?.room.id).toBe('r3');
    expect(moved.asset.roomId).toBe('r3');
    expect(moved.asset.confidence).toBe(0.8);
    expect(store.movingCount).toBe(1);
    expect(store.positionOf(moved, 5000, { x: 0, y: 0 })).toEqual(start);
    expect(store.positionOf(moved, 5600, { x: 0, y: 0 })).toEqual({ x: moved.x, y: moved.y });
    const mid = store.positionOf(moved, 5300, { x: 0, y: 0 });
    expect(mid.x).toBeGreaterThan(start.x ?? Infinity);
    expect(mid.x).toBeLessThan(moved.x);

    for (const other of others) {
      const now = store.get(other.assetId);
      expect([now?.slot, now?.x, now?.y]).toEqual([other.slot, other.x, other.y]);
    }
    expect(tallyOf(store, 'r1')).toEqual([1, 0, 0, 0, 0, 1, 0]);
    expect(tallyOf(store, 'r3')).toEqual([1, 0, 0, 0, 0, 0, 0]);

    expect(store.settle(5599)).toBe(1);
    expect(store.settle(5600)).toBe(0);
    expect(store.get('a1')?.move).toBeNull();
  });

  it('gives a freed slot to the next arrival rather than moving anyone', () => {
    const store = setUp();
    store.applyChanges([change('a2', 'r2')], 0, false);
    expect(slotOf(store, 'a1')).toBe(0);
    expect(slotOf(store, 'a4')).toBe(2);
    store.applyChanges([change('a3', 'r1')], 0, false);
    expect(slotOf(store, 'a3')).toBe(1);
    expect(store.movingCount).toBe(0);
  });

  it('starts a glide from mid-flight when the marker moves again', () => {
    const store = setUp();
    store.applyChanges([change('a1', 'r3')], 0, true);
    const mid = store.positionOf(markerOf(store, 'a1'), 300, { x: 0, y: 0 });
    store.applyChanges([change('a1', 'r2')], 300, true);
    expect(store.get('a1')?.move).toMatchObject({ fromX: mid.x, fromY: mid.y, startMs: 300 });
  });

  it('removes a marker whose tag went to another floor and reports assets it does not know', () => {
    const store = setUp();
    const stranger = change('a9', 'r2');
    const result = store.applyChanges(
      [change('a2', 'x-1', { floorId: 'floor-4' }), stranger, change('a8', 'x-2', { floorId: 'floor-4' })],
      0,
      true,
    );
    expect(result).toEqual({ moved: 0, removed: 1, unknown: [stranger] });
    expect(store.get('a2')).toBeUndefined();
    expect(store.size).toBe(3);
    expect(tallyOf(store, 'r1')).toEqual([2, 0, 0, 0, 0, 0, 0]);
  });

  it('finds the asset by its tag when the event has no asset id', () => {
    const store = setUp();
    const result = store.applyChanges([change(null, 'r3', { tagMac: asset(4, 'r1').tagMac })], 0, false);
    expect(result.moved).toBe(1);
    expect(store.get('a4')?.room?.room.id).toBe('r3');
  });

  it('ignores a change to the room the marker is already in', () => {
    const store = setUp();
    const result = store.applyChanges([change('a1', 'r1')], 0, true);
    expect(result.moved).toBe(0);
    expect(store.movingCount).toBe(0);
  });

  it('adds an arrival by upsert and updates an existing asset in place', () => {
    const store = setUp();
    store.upsert(asset(9, 'r2', 'in-use'), 0, true);
    expect(store.get('a9')?.slot).toBe(1);
    expect(store.movingCount).toBe(0);

    store.upsert({ ...asset(3, 'r3'), status: 'needs-cleaning', categoryCode: 'bed' }, 100, true);
    const updated = store.get('a3');
    expect(updated?.room?.room.id).toBe('r3');
    expect(updated?.asset.categoryCode).toBe('bed');
    expect(store.movingCount).toBe(1);
    expect(tallyOf(store, 'r3')).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(tallyOf(store, 'r2')).toEqual([0, 1, 0, 0, 0, 0, 0]);
  });

  it('follows a tag rebinding for events that only name the tag', () => {
    const store = setUp();
    store.upsert({ ...asset(1, 'r1'), tagMac: 'BB:00:00:00:00:01' }, 0, false);
    expect(
      store.applyChanges([change(null, 'r2', { tagMac: asset(1, 'r1').tagMac })], 0, false).unknown,
    ).toHaveLength(1);
    expect(store.applyChanges([change(null, 'r2', { tagMac: 'BB:00:00:00:00:01' })], 0, false).moved).toBe(1);
  });

  it('follows a tag binding change that comes with a status change, and drops an unbound asset', () => {
    const store = setUp();
    expect(store.updateStatus('a1', 'in-use', 'CC:00:00:00:00:01')).toBe(true);
    expect(store.applyChanges([change(null, 'r2', { tagMac: 'CC:00:00:00:00:01' })], 0, false).moved).toBe(1);
    expect(store.updateStatus('a3', 'available', null)).toBe(true);
    expect(store.get('a3')).toBeUndefined();
    expect(store.room('r2')?.slots.size).toBe(1);
  });

  it('moves status counts with a status change', () => {
    const store = setUp();
    expect(store.updateStatus('a1', 'out-of-service')).toBe(true);
    expect(store.get('a1')?.asset.status).toBe('out-of-service');
    expect(tallyOf(store, 'r1')).toEqual([1, 0, 0, 0, 1, 1, 0]);
    expect(store.updateStatus('nope', 'available')).toBe(false);
  });

  it('resyncs: drops assets no longer listed, keeps slots of those that stayed, jumps room changes', () => {
    const store = setUp();
    store.setAssets([asset(4, 'r1'), asset(1, 'r1'), asset(3, 'r3'), asset(5, 'r1')]);
    expect(store.get('a2')).toBeUndefined();
    expect(slotOf(store, 'a1')).toBe(0);
    expect(slotOf(store, 'a4')).toBe(2);
    expect(slotOf(store, 'a5')).toBe(1);
    expect(store.get('a3')?.room?.room.id).toBe('r3');
    expect(store.movingCount).toBe(0);
  });

  it('lists the markers whose still picture changed, for a painter that caches the rest', () => {
    const store = setUp();
    store.drainChanged();
    expect([...(store.drainChanged() as Iterable<unknown>)]).toEqual([]);

    store.applyChanges([change('a1', 'r2')], 0, true);
    store.updateStatus('a3', 'missing');
    store.updateStatus('a4', 'available'); // no change
    expect([...(store.drainChanged() as Iterable<{ assetId: string }>)].map((m) => m.assetId).sort()).toEqual(
      ['a1', 'a3'],
    );
    expect([...store.movingMarkers()].map((m) => m.assetId)).toEqual(['a1']);

    store.settle(10_000);
    expect([...(store.drainChanged() as Iterable<{ assetId: string }>)].map((m) => m.assetId)).toEqual([
      'a1',
    ]);
    store.setRooms(ROOMS.map((r) => ({ ...r })));
    expect(store.drainChanged()).toBe('all');
  });

  it('keeps every slot when given the same rooms again, and re-places markers for new room objects', () => {
    const store = setUp();
    store.applyChanges([change('a1', 'r2')], 0, false);
    store.applyChanges([change('a3', 'r1')], 0, false);
    const slots = () => ['a1', 'a2', 'a3', 'a4'].map((id) => slotOf(store, id));
    const before = slots();
    expect(before).toEqual([1, 1, 0, 2]);
    store.drainChanged();
    store.setRooms([...ROOMS]);
    expect(slots()).toEqual(before);
    expect([...(store.drainChanged() as Iterable<unknown>)]).toEqual([]);

    store.setRooms(ROOMS.map((r) => ({ ...r })));
    // New room objects: everyone is placed again in insertion order.
    expect(slots()).toEqual([0, 0, 1, 2]);
  });

  it('keeps assets in rooms it has no polygon for, unplaced, until the rooms arrive', () => {
    const store = new AssetMarkerStore();
    store.setAssets([asset(1, 'r1'), asset(2, 'r9')]);
    expect(store.floorId).toBeNull();
    expect([...store.all()].every((m) => m.room === null)).toBe(true);
    // Without rooms the floor is unknown, so a change is taken as a move, not a departure.
    expect(store.applyChanges([change('a1', 'r2', { floorId: 'elsewhere' })], 0, true).removed).toBe(0);

    store.setRooms(ROOMS);
    expect(store.get('a1')?.room?.room.id).toBe('r2');
    expect(store.get('a2')?.room).toBeNull();
    expect(store.room('r2')?.slots.size).toBe(1);
  });
});
