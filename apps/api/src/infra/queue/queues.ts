/** Queue names. */
export const QUEUES = { system: 'system' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Job name → payload, for every job Wardwatch runs. */
export interface JobPayloads {
  'record-worker-heartbeat': Record<string, never>;
}
export type JobName = keyof JobPayloads;
