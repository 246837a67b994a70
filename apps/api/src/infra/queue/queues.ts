import type { GatewaySighting, TelemetryReading } from '@wardwatch/ble';

/** Queue names. */
export const QUEUES = { system: 'system', ingest: 'ingest' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** One accepted gateway batch, as the ingest endpoint stored it. */
export interface ProcessSightingsPayload {
  gatewayId: string;
  gatewayMac: string;
  format: 'ruuvi-http' | 'ruuvi-mqtt' | 'wardwatch';
  receivedAt: number;
  sightings: GatewaySighting[];
}

/**
 * A telemetry batch queued by an earlier version (the API now stores telemetry itself); still processed so
 * that jobs waiting at an upgrade are not lost.
 */
export interface ProcessTelemetryPayload {
  gatewayId: string;
  sourceMac: string;
  receivedAt: number;
  readings: TelemetryReading[];
}

/** Job name → payload, for every job Wardwatch runs. */
export interface JobPayloads {
  'record-worker-heartbeat': Record<string, never>;
  'process-sightings': ProcessSightingsPayload;
  'process-telemetry': ProcessTelemetryPayload;
  'ensure-telemetry-partitions': Record<string, never>;
  'purge-raw-sightings': Record<string, never>;
  'evaluate-alert-rules': Record<string, never>;
  'compute-compliance-days': Record<string, never>;
  'roll-up-telemetry': Record<string, never>;
  'deliver-webhook': { deliveryId: string };
}
export type JobName = keyof JobPayloads;
