export type ComponentState = 'up' | 'down';

export interface HealthDto {
  status: 'ok' | 'error';
  database: ComponentState;
  redis: ComponentState;
  /** Seconds since a worker last reported in, or null when none ever has. */
  workerHeartbeatAgeS: number | null;
  version: string;
}
