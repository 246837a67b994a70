import type { AlertDto, AlertSummaryDto } from './alert';
import type { AssetStatus } from './asset';

/** A tag entered a room: what the floor plan needs to move a marker. */
export interface PositionChangeEvent {
  tagMac: string;
  assetId: string | null;
  roomId: string;
  floorId: string;
  fromRoomId: string | null;
  fromFloorId: string | null;
  confidence: number;
  at: string;
}

/** An asset's status or tag binding changed (sent to every floor its tag is on). */
export interface AssetChangeEvent {
  assetId: string;
  status: AssetStatus;
  tagMac: string | null;
  at: string;
}

/** Server → browser events (socket.io, namespace /realtime). */
export interface ServerToClientEvents {
  /** Changes on one floor, batched per short tick. */
  positions: (payload: { floorId: string; changes: PositionChangeEvent[] }) => void;
  /** Asset status and binding changes on one floor. */
  assets: (payload: { floorId: string; changes: AssetChangeEvent[] }) => void;
  /** An alert opened, changed state or was resolved; every signed-in client gets it with new counts. */
  alert: (payload: { alert: AlertDto; summary: AlertSummaryDto }) => void;
}

/** Browser → server events. Joining needs a valid bearer token in the handshake (`auth.token`). */
export interface ClientToServerEvents {
  'floor:join': (floorId: string, ack: (result: { ok: boolean; error?: string }) => void) => void;
  'floor:leave': (floorId: string) => void;
}

export const REALTIME_NAMESPACE = '/realtime';
