import type { MovementReasonDto, TagKind } from '@wardwatch/contracts';

/** Everything one ingest job needs written to PostgreSQL. */
export interface LocationWrites {
  /** Every tag the job saw, with the kind to create it as when it is new. */
  tags: Map<string, TagKind>;
  positions: {
    mac: string;
    roomId: string;
    floorId: string;
    confidence: number;
    since: number;
    lastSeenAt: number;
  }[];
  movements: {
    mac: string;
    fromRoomId: string | null;
    toRoomId: string;
    floorId: string;
    at: number;
    confidence: number;
    reason: MovementReasonDto;
  }[];
  telemetry: {
    mac: string;
    recordedAt: number;
    format: string;
    temperatureC: number | null;
    humidityPct: number | null;
    pressurePa: number | null;
    batteryMv: number | null;
    txPowerDbm: number | null;
    measurementSequence: number | null;
  }[];
  heard: { mac: string; at: number }[];
  gatewaysHeard: { gatewayId: string; at: number }[];
  raw: { gatewayId: string; mac: string; rssi: number; seenAt: number; raw: string | null }[];
}

export function emptyWrites(): LocationWrites {
  return {
    tags: new Map(),
    positions: [],
    movements: [],
    telemetry: [],
    heard: [],
    gatewaysHeard: [],
    raw: [],
  };
}

/** Appends b into a (for group commit across jobs). */
export function mergeWrites(a: LocationWrites, b: LocationWrites): void {
  for (const [mac, kind] of b.tags) {
    if (!a.tags.has(mac)) {
      a.tags.set(mac, kind);
    }
  }
  a.positions.push(...b.positions);
  a.movements.push(...b.movements);
  a.telemetry.push(...b.telemetry);
  a.heard.push(...b.heard);
  a.gatewaysHeard.push(...b.gatewaysHeard);
  a.raw.push(...b.raw);
}
