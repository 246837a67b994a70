/** Every Redis key Wardwatch writes outside BullMQ, under the configured prefix. */
export const redisKeys = {
  workerHeartbeat: (prefix: string): string => `${prefix}:worker:heartbeat`,
  /** Counters: sightings processed by the location pipeline, and room changes made (INCRBY per cycle). */
  sightingsProcessed: (prefix: string): string => `${prefix}:metrics:sightings-processed`,
  roomChanges: (prefix: string): string => `${prefix}:metrics:room-changes`,
  /** Pub/sub: worker → API processes, a JSON array of PositionChangeEvent. */
  positionsChannel: (prefix: string): string => `${prefix}:realtime:positions`,
  /** Pub/sub: any process → API processes, `{ floorIds, change }` (AssetChangeEvent). */
  assetsChannel: (prefix: string): string => `${prefix}:realtime:assets`,
  /** Pub/sub: any process → API processes, an AlertDto that changed. */
  alertsChannel: (prefix: string): string => `${prefix}:realtime:alerts`,
  /** Pub/sub: API → workers, a gateway was registered or moved (reload placements now). */
  gatewaysChannel: (prefix: string): string => `${prefix}:gateways:changed`,
};
