/** Every Redis key Wardwatch writes outside BullMQ, under the configured prefix. */
export const redisKeys = {
  workerHeartbeat: (prefix: string): string => `${prefix}:worker:heartbeat`,
};
