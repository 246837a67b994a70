import type { CurrentLocationDto, MovementDto, PlanPoint, RoomDto } from '@wardwatch/contracts';

/** Where an asset was at one moment, as far as its history tells. */
export interface RoomAtTime {
  roomId: string;
  roomName: string;
  /** The room's floor when known (a move records the floor of the room it entered). */
  floorId: string | null;
  /** When it entered the room; null when it was there before the history starts. */
  since: string | null;
}

/** A room the asset passed through, in order. */
export interface RoomVisit {
  roomId: string;
  floorId: string | null;
}

const atMs = (m: MovementDto): number => Date.parse(m.at);

/** Moves oldest first (the API sends them so; this makes it certain). */
export function inTimeOrder(movements: readonly MovementDto[]): MovementDto[] {
  return [...movements].sort((a, b) => atMs(a) - atMs(b));
}

/**
 * The room the asset was in at `t` (ms), from its moves in time order: the room entered by the last
 * move at or before `t`; before the first move, the room that move left; with no moves at all, the
 * current room if it was entered by then. Null when the history cannot tell.
 */
export function roomAtTime(
  movements: readonly MovementDto[],
  t: number,
  current: CurrentLocationDto | null,
): RoomAtTime | null {
  let last: MovementDto | null = null;
  for (const move of movements) {
    if (atMs(move) <= t) {
      last = move;
    }
  }
  if (last) {
    return { roomId: last.toRoomId, roomName: last.toRoomName, floorId: last.floorId, since: last.at };
  }
  const first = movements[0];
  if (first) {
    return first.fromRoomId
      ? {
          roomId: first.fromRoomId,
          roomName: first.fromRoomName ?? 'an unnamed room',
          floorId: null,
          since: null,
        }
      : null;
  }
  if (current && Date.parse(current.since) <= t) {
    return {
      roomId: current.roomId,
      roomName: current.roomName,
      floorId: current.floorId,
      since: current.since,
    };
  }
  return null;
}

/** The rooms passed through up to `t`, oldest first: where it started, then each room entered. */
export function roomsVisited(movements: readonly MovementDto[], t: number): RoomVisit[] {
  const visits: RoomVisit[] = [];
  const first = movements[0];
  if (first?.fromRoomId && atMs(first) <= t) {
    visits.push({ roomId: first.fromRoomId, floorId: null });
  }
  for (const move of movements) {
    if (atMs(move) > t) {
      break;
    }
    if (visits.at(-1)?.roomId !== move.toRoomId) {
      visits.push({ roomId: move.toRoomId, floorId: move.floorId });
    }
  }
  return visits;
}

/**
 * The path through room centroids on one floor, as lines of two or more points. A visit to a room not
 * on the floor (another floor) breaks the line.
 */
export function pathOnFloor(
  visits: readonly RoomVisit[],
  roomsOnFloor: ReadonlyMap<string, RoomDto>,
): PlanPoint[][] {
  const lines: PlanPoint[][] = [];
  let line: PlanPoint[] = [];
  for (const visit of visits) {
    const room = roomsOnFloor.get(visit.roomId);
    if (room) {
      line.push(room.centroid);
    } else {
      if (line.length > 1) {
        lines.push(line);
      }
      line = [];
    }
  }
  if (line.length > 1) {
    lines.push(line);
  }
  return lines;
}

/** The time of the last move strictly before `t`, or null. */
export function previousMoveTime(movements: readonly MovementDto[], t: number): number | null {
  let found: number | null = null;
  for (const move of movements) {
    const at = atMs(move);
    if (at < t) {
      found = at;
    }
  }
  return found;
}

/** The time of the first move strictly after `t`, or null. */
export function nextMoveTime(movements: readonly MovementDto[], t: number): number | null {
  for (const move of movements) {
    const at = atMs(move);
    if (at > t) {
      return at;
    }
  }
  return null;
}
