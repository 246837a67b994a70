/** One sighting or tag entry that ingest refused, and why; the rest of its batch was kept. */
export interface RejectedSightingDto {
  index: number | string;
  reason: string;
}

/** The answer to an ingest POST: 202 means the batch is durable. */
export interface IngestAcceptedDto {
  accepted: number;
  rejected: RejectedSightingDto[];
  /** True when this exact batch was received before; nothing changed. */
  duplicate: boolean;
}

/**
 * Wardwatch's own sighting batch, for gateways and adapters that do not speak the Ruuvi format.
 * POST /api/v1/ingest/sightings with `Authorization: Bearer <gateway ingest key>`.
 */
export interface WardwatchSightingBatch {
  gateway: string;
  /** ISO 8601 or epoch milliseconds. */
  sentAt: string | number;
  /** Per gateway, increasing; a repeated (gateway, sequence) changes nothing. */
  sequence: number;
  sightings: {
    tag: string;
    rssi: number;
    seenAt?: string | number;
    /** The raw advertisement as hex, when the gateway has it. */
    raw?: string;
  }[];
}
