import type { LocationConfig } from './location-config';
import type { GatewayPlacement, GatewayReading } from './location-types';

/** Extra dB a room earns for each further gateway of its own among the strongest gateways heard. */
export const CORROBORATION_BONUS_DB = 1;

export interface HeardGateway {
  gatewayId: string;
  roomId: string;
  floorId: string;
  /** Smoothed RSSI, dBm. */
  rssi: number;
}

export interface RoomScore {
  roomId: string;
  floorId: string;
  /** Strongest smoothed RSSI in the room + CORROBORATION_BONUS_DB × corroborating. */
  score: number;
  strongest: HeardGateway;
  /** Further gateways of this room among the maxGatewaysPerScore strongest heard. */
  corroborating: number;
}

export interface RoomScoring {
  /** Rooms with at least one live reading, best first (equal scores by roomId, so every worker agrees). */
  rooms: RoomScore[];
  /** The maxGatewaysPerScore strongest live gateways, strongest first. */
  top: HeardGateway[];
  /** Live gateways heard: known placement, reading not older than readingTtlMs at `now`. */
  heard: number;
}

/** A reading counts at `now` unless it is older than the TTL. */
export function isLiveReading(reading: GatewayReading, now: number, config: LocationConfig): boolean {
  return now - reading.lastAt <= config.readingTtlMs;
}

/**
 * Scores every room heard at `now`: its strongest live smoothed RSSI ("strongest wins"), plus
 * CORROBORATION_BONUS_DB for each further gateway of the same room among the maxGatewaysPerScore
 * strongest heard ("weighted by how many heard it"; at most maxGatewaysPerScore − 1 dB in all).
 */
export function scoreRooms(
  readings: Readonly<Record<string, GatewayReading>>,
  placements: ReadonlyMap<string, GatewayPlacement>,
  now: number,
  config: LocationConfig,
): RoomScoring {
  const live: HeardGateway[] = [];
  for (const gatewayId in readings) {
    const reading = readings[gatewayId];
    const placement = placements.get(gatewayId);
    if (placement !== undefined && isLiveReading(reading, now, config)) {
      live.push({ gatewayId, roomId: placement.roomId, floorId: placement.floorId, rssi: reading.rssi });
    }
  }
  live.sort(strongestFirst);
  const topCount = Math.min(live.length, Math.max(1, Math.floor(config.maxGatewaysPerScore)));
  const rooms: RoomScore[] = [];
  for (let i = 0; i < live.length; i++) {
    const gateway = live[i];
    const room = findRoom(rooms, gateway.roomId);
    if (room === undefined) {
      // Sorted strongest first: the first gateway met of a room is its strongest.
      rooms.push({
        roomId: gateway.roomId,
        floorId: gateway.floorId,
        score: gateway.rssi,
        strongest: gateway,
        corroborating: 0,
      });
    } else if (i < topCount) {
      room.corroborating += 1;
      room.score += CORROBORATION_BONUS_DB;
    }
  }
  rooms.sort(bestFirst);
  const heard = live.length;
  live.length = topCount;
  return { rooms, top: live, heard };
}

/** The score of a room, or -Infinity when none of its gateways hears the tag. */
export function roomScoreOf(scoring: RoomScoring, roomId: string | null): number {
  const room = roomId === null ? undefined : findRoom(scoring.rooms, roomId);
  return room === undefined ? -Infinity : room.score;
}

/** The best score among the rooms other than roomId, or -Infinity. */
export function bestOtherScore(scoring: RoomScoring, roomId: string | null): number {
  for (const room of scoring.rooms) {
    if (room.roomId !== roomId) {
      return room.score;
    }
  }
  return -Infinity;
}

export function findRoom(rooms: readonly RoomScore[], roomId: string): RoomScore | undefined {
  for (const room of rooms) {
    if (room.roomId === roomId) {
      return room;
    }
  }
  return undefined;
}

function strongestFirst(a: HeardGateway, b: HeardGateway): number {
  return b.rssi - a.rssi || compareIds(a.gatewayId, b.gatewayId);
}

function bestFirst(a: RoomScore, b: RoomScore): number {
  return b.score - a.score || compareIds(a.roomId, b.roomId);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
