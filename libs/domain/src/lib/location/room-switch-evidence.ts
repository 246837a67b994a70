import type { LocationConfig } from './location-config';
import type { RoomChallenger } from './location-types';
import { findRoom, roomScoreOf, type RoomScore, type RoomScoring } from './room-scoring';

/** A lead counts for at most this many switch margins, so no move is faster than switchDwellMs / 4. */
export const MAX_LEAD_IN_MARGINS = 5;

/** At most this share of switchDwellMs is credited for one interval between evaluations (gaps prove nothing). */
export const MAX_CREDITED_DWELL_SHARE = 0.5;

export interface SwitchDecision {
  /** The challenger after this evaluation (null: none). */
  challenger: RoomChallenger | null;
  /** The room to move to now, or null. */
  moveTo: RoomScore | null;
  /** When the winning room started to lead, when moveTo is set. */
  leadingSince: number | null;
}

/**
 * Hysteresis as a one-sided CUSUM on the lead of a challenger room over the current room:
 *   evidence ← max(0, evidence + (lead − margin) × dt)   (dB·ms; lead capped at ±MAX_LEAD_IN_MARGINS margins,
 *                                                         dt capped at MAX_CREDITED_DWELL_SHARE × dwell)
 * and the tag moves when evidence ≥ margin × dwell. A room becomes the challenger when it is the best room
 * and beats the current one by more than the margin; it stays while it has evidence or still leads by more
 * than the margin; it is dropped when no longer heard, or when a third room beats it by the margin (a
 * different challenger restarts from zero). The current room's score is -Infinity when none of its
 * gateways hears the tag any more, which counts as the capped lead.
 */
export function decideSwitch(
  currentRoomId: string,
  previous: RoomChallenger | null,
  scoring: RoomScoring,
  now: number,
  config: LocationConfig,
): SwitchDecision {
  const margin = config.switchMarginDb;
  const currentScore = roomScoreOf(scoring, currentRoomId);
  const best = scoring.rooms[0];
  if (best === undefined) {
    return { challenger: null, moveTo: null, leadingSince: null };
  }
  if (previous !== null && previous.roomId !== currentRoomId) {
    const room = findRoom(scoring.rooms, previous.roomId);
    const overtaken =
      room !== undefined &&
      best.roomId !== room.roomId &&
      best.roomId !== currentRoomId &&
      best.score >= room.score + margin;
    if (room !== undefined && !overtaken) {
      const lead = cappedLead(room.score - currentScore, margin);
      const dt = Math.min(
        Math.max(0, now - previous.updatedAt),
        MAX_CREDITED_DWELL_SHARE * config.switchDwellMs,
      );
      const evidenceDbMs = Math.max(0, previous.evidenceDbMs + (lead - margin) * dt);
      if (evidenceDbMs >= margin * config.switchDwellMs) {
        return { challenger: null, moveTo: room, leadingSince: previous.since };
      }
      if (evidenceDbMs > 0 || lead > margin) {
        return {
          challenger: {
            roomId: previous.roomId,
            floorId: previous.floorId,
            since: previous.since,
            evidenceDbMs,
            updatedAt: now,
          },
          moveTo: null,
          leadingSince: null,
        };
      }
    }
  }
  if (best.roomId !== currentRoomId && best.score - currentScore > margin) {
    return {
      challenger: { roomId: best.roomId, floorId: best.floorId, since: now, evidenceDbMs: 0, updatedAt: now },
      moveTo: null,
      leadingSince: null,
    };
  }
  return { challenger: null, moveTo: null, leadingSince: null };
}

function cappedLead(lead: number, margin: number): number {
  const cap = MAX_LEAD_IN_MARGINS * Math.max(0, margin);
  return lead > cap ? cap : lead < -cap ? -cap : lead;
}
