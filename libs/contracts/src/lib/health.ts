export type ComponentState = 'up' | 'down';

export interface HealthDto {
  status: 'ok' | 'error';
  database: ComponentState;
  redis: ComponentState;
  /** Seconds since a worker last reported in, or null when none ever has. */
  workerHeartbeatAgeS: number | null;
  /** True when Redis writes each command to disk before answering (appendonly + appendfsync always), so an ingest 2xx is durable. */
  redisDurable: boolean | null;
  version: string;
}
