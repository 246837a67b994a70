import type { CurrentLocationDto, MovementDto, RoomDto } from '@wardwatch/contracts';
import {
  inTimeOrder,
  nextMoveTime,
  pathOnFloor,
  previousMoveTime,
  roomAtTime,
  roomsVisited,
} from './room-at-time';

const T = (hhmm: string): number => Date.parse(`2026-11-21T${hhmm}:00Z`);

function move(hhmm: string, from: string | null, to: string, floorId = 'f3'): MovementDto {
  return {
    at: new Date(T(hhmm)).toISOString(),
    fromRoomId: from,
    fromRoomName: from ? `Room ${from}` : null,
    toRoomId: to,
    toRoomName: `Room ${to}`,
    floorId,
    confidence: 0.9,
    reason: { gateways: [], winnerScore: 1, previousScore: null, marginDb: null },
  };
}

function room(id: string, x: number, y: number): RoomDto {
  return {
    id,
    floorId: 'f3',
    number: id,
    name: `Room ${id}`,
    spaceClass: 'patient-room',
    polygon: [],
    centroid: [x, y],
  };
}

const MOVES = [move('08:00', 'r1', 'r2'), move('10:30', 'r2', 'r3'), move('13:15', 'r3', 'r9', 'f4')];
const CURRENT: CurrentLocationDto = {
  roomId: 'r9',
  roomNumber: '409',
  roomName: 'Room r9',
  floorId: 'f4',
  floorName: 'Level 4',
  buildingId: 'b',
  confidence: 0.8,
  since: MOVES[2].at,
  lastSeenAt: MOVES[2].at,
};

describe('roomAtTime', () => {
  it.each([
    ['07:59', 'r1', null],
    ['08:00', 'r2', 'f3'],
    ['10:29', 'r2', 'f3'],
    ['10:30', 'r3', 'f3'],
    ['23:00', 'r9', 'f4'],
  ])('at %s the asset was in %s', (hhmm, roomId, floorId) => {
    const place = roomAtTime(MOVES, T(hhmm), CURRENT);
    expect(place?.roomId).toBe(roomId);
    expect(place?.floorId).toBe(floorId);
  });

  it('gives the time it entered the room, and none before the first move', () => {
    expect(roomAtTime(MOVES, T('11:00'), CURRENT)?.since).toBe(MOVES[1].at);
    expect(roomAtTime(MOVES, T('07:00'), CURRENT)?.since).toBeNull();
  });

  it('cannot tell where a tag was before its very first sighting', () => {
    expect(roomAtTime([move('08:00', null, 'r2')], T('07:00'), null)).toBeNull();
  });

  it('uses the current room when nothing moved in the window, once it was entered', () => {
    const old = { ...CURRENT, since: '2026-11-19T00:00:00Z' };
    expect(roomAtTime([], T('09:00'), old)?.roomId).toBe('r9');
    expect(roomAtTime([], T('09:00'), { ...CURRENT, since: '2026-11-22T00:00:00Z' })).toBeNull();
    expect(roomAtTime([], T('09:00'), null)).toBeNull();
  });
});

describe('roomsVisited and pathOnFloor', () => {
  const floor3 = new Map([
    ['r1', room('r1', 1, 1)],
    ['r2', room('r2', 5, 1)],
    ['r3', room('r3', 5, 8)],
  ]);

  it('lists the start room and each room entered up to t', () => {
    expect(roomsVisited(MOVES, T('07:00'))).toEqual([]);
    expect(roomsVisited(MOVES, T('11:00')).map((v) => v.roomId)).toEqual(['r1', 'r2', 'r3']);
    expect(roomsVisited(MOVES, T('23:00')).map((v) => v.roomId)).toEqual(['r1', 'r2', 'r3', 'r9']);
  });

  it('draws centroids on this floor only, breaking at rooms elsewhere', () => {
    expect(pathOnFloor(roomsVisited(MOVES, T('23:00')), floor3)).toEqual([
      [
        [1, 1],
        [5, 1],
        [5, 8],
      ],
    ]);
    const back = [...MOVES, move('14:00', 'r9', 'r1'), move('15:00', 'r1', 'r2')];
    expect(pathOnFloor(roomsVisited(back, T('23:00')), floor3)).toEqual([
      [
        [1, 1],
        [5, 1],
        [5, 8],
      ],
      [
        [1, 1],
        [5, 1],
      ],
    ]);
  });

  it('draws no line for a single room', () => {
    expect(pathOnFloor(roomsVisited(MOVES, T('09:00')).slice(0, 1), floor3)).toEqual([]);
  });
});

describe('moving between moves', () => {
  it('finds the previous and next move times', () => {
    expect(previousMoveTime(MOVES, T('10:30'))).toBe(T('08:00'));
    expect(previousMoveTime(MOVES, T('08:00'))).toBeNull();
    expect(nextMoveTime(MOVES, T('10:30'))).toBe(T('13:15'));
    expect(nextMoveTime(MOVES, T('13:15'))).toBeNull();
  });

  it('puts moves in time order', () => {
    expect(inTimeOrder([MOVES[2], MOVES[0], MOVES[1]])).toEqual(MOVES);
  });
});
