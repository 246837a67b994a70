/** Every Redis key Wardwatch writes outside BullMQ, under the configured prefix. */
export const redisKeys = {
  workerHeartbeat: (prefix: string): string => `${prefix}:worker:heartbeat`,
  /** Pub/sub: worker → API processes, a JSON array of PositionChangeEvent. */
  positionsChannel: (prefix: string): string => `${prefix}:realtime:positions`,
};
