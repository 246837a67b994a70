/** Data shapes of the position engine. Every state shape is plain JSON (no Infinity, no undefined). */

/** A fixed gateway and the room it stands in; floorId comes from here. */
export interface GatewayPlacement {
  gatewayId: string;
  roomId: string;
  floorId: string;
  x: number;
  y: number;
}

/** One gateway hearing one tag. */
export interface RssiSample {
  gatewayId: string;
  /** dBm */
  rssi: number;
  /** Epoch ms, the time the gateway heard it. */
  at: number;
}

/** What the engine keeps per (tag, gateway). */
export interface GatewayReading {
  /** Smoothed RSSI, dBm. */
  rssi: number;
  /** Time of the newest sample applied from this gateway. */
  lastAt: number;
  /** Samples applied. */
  count: number;
}

/** A room currently beating the tag's room, gathering evidence to take the tag. */
export interface RoomChallenger {
  roomId: string;
  floorId: string;
  /** When this room started to lead by more than the margin. */
  since: number;
  /** ∫ (lead − switchMarginDb) dt so far, dB·ms; the tag moves at switchMarginDb × switchDwellMs. */
  evidenceDbMs: number;
  /** Sample time of the last evaluation that updated the evidence. */
  updatedAt: number;
}

export interface TagLocationState {
  roomId: string | null;
  floorId: string | null;
  /** When the engine moved the tag into roomId (sample time of the deciding evaluation). */
  since: number | null;
  /** 0..1, how sure the engine is that the tag is in roomId now. */
  confidence: number;
  /** A room that is currently beating roomId, and since when. */
  challenger: RoomChallenger | null;
  /** By gatewayId. */
  readings: Record<string, GatewayReading>;
  /**
   * The newest sample time applied (0 = never heard). Samples are applied per gateway in time order; a
   * sample not newer than that gateway's lastAt is ignored (late/out-of-order never moves the tag backwards).
   */
  lastSampleAt: number;
  /**
   * The newest `now` given to pruneState, or null. Samples older than max(lastSampleAt, prunedAt) −
   * readingTtlMs are ignored, so a reading dropped as stale can never be re-applied by a retried job.
   */
  prunedAt: number | null;
}

export interface ReasonGateway {
  gatewayId: string;
  roomId: string;
  /** Smoothed RSSI, dBm. */
  rssi: number;
}

export interface RoomChangeReason {
  /** The strongest gateways heard, plus the strongest of the winner and of the previous room; strongest first. */
  gateways: ReasonGateway[];
  winnerScore: number;
  /** The previous room's score when the tag moved; null for a first placement or when that room was no longer heard. */
  previousScore: number | null;
  /** winnerScore − previousScore, or null when previousScore is null. */
  marginDb: number | null;
  /** When the winner started to lead by more than the margin (null for a first placement). */
  leadingSince: number | null;
}

export interface RoomChange {
  fromRoomId: string | null;
  toRoomId: string;
  floorId: string;
  /** Sample time of the evaluation that moved the tag. */
  at: number;
  confidence: number;
  reason: RoomChangeReason;
}
