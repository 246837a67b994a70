import type { PositionChangeEvent } from '@wardwatch/contracts';

import { PositionBuffer } from './position-buffer';

const event = (
  tagMac: string,
  floorId: string,
  at: string,
  fromFloorId: string | null = floorId,
): PositionChangeEvent => ({
  tagMac,
  assetId: null,
  roomId: `room-${at}`,
  floorId,
  fromRoomId: null,
  fromFloorId,
  confidence: 0.9,
  at,
});

describe('PositionBuffer', () => {
  it('groups by floor and keeps only the newest change per tag', () => {
    const buffer = new PositionBuffer();
    buffer.add(event('A', 'f1', '2026-01-01T00:00:02Z'));
    buffer.add(event('A', 'f1', '2026-01-01T00:00:01Z'));
    buffer.add(event('B', 'f1', '2026-01-01T00:00:01Z'));
    buffer.add(event('C', 'f2', '2026-01-01T00:00:01Z'));
    const drained = buffer.drain();
    expect(drained).toHaveLength(2);
    const f1 = drained.find((d) => d.floorId === 'f1')!;
    expect(f1.changes.map((c) => [c.tagMac, c.at])).toEqual([
      ['A', '2026-01-01T00:00:02Z'],
      ['B', '2026-01-01T00:00:01Z'],
    ]);
    expect(buffer.drain()).toEqual([]);
  });

  it('sends a change between floors to both floors', () => {
    const buffer = new PositionBuffer();
    buffer.add(event('A', 'f2', '2026-01-01T00:00:01Z', 'f1'));
    expect(
      buffer
        .drain()
        .map((d) => d.floorId)
        .sort(),
    ).toEqual(['f1', 'f2']);
  });
});
