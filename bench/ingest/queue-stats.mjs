// The pipeline's own figures, read from Redis: the worker's counters and the BullMQ ingest queue.
import Redis from 'ioredis';

export class QueueStats {
  constructor(url, prefix) {
    this.prefix = prefix;
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
  }

  async connect() {
    await this.redis.connect();
  }

  /** Deletes every key of the bench's prefix (its queue, dedup keys, tag state, counters). */
  async clear() {
    let cursor = '0';
    let removed = 0;
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) {
        removed += await this.redis.unlink(...keys);
      }
    } while (cursor !== '0');
    return removed;
  }

  async read() {
    const q = `${this.prefix}:bull:ingest`;
    const results = await this.redis
      .pipeline()
      .get(`${this.prefix}:metrics:sightings-processed`)
      .get(`${this.prefix}:metrics:room-changes`)
      .llen(`${q}:wait`)
      .llen(`${q}:paused`)
      .zcard(`${q}:prioritized`)
      .llen(`${q}:active`)
      .zcard(`${q}:delayed`)
      .zcard(`${q}:failed`)
      .exec();
    const [processed, roomChanges, wait, paused, prioritized, active, delayed, failed] = results.map(
      ([error, value]) => {
        if (error) {
          throw error;
        }
        return Number(value ?? 0);
      },
    );
    return {
      processed,
      roomChanges,
      waiting: wait + paused + prioritized,
      active,
      delayed,
      failed,
      backlog: wait + paused + prioritized + active + delayed,
    };
  }

  /** A few failed jobs' reasons, for the report. */
  async failedReasons(limit = 3) {
    const q = `${this.prefix}:bull:ingest`;
    const ids = await this.redis.zrange(`${q}:failed`, 0, limit - 1);
    const reasons = [];
    for (const id of ids) {
      reasons.push(await this.redis.hget(`${q}:${id}`, 'failedReason'));
    }
    return reasons.filter(Boolean);
  }

  async serverVersion() {
    const info = await this.redis.info('server');
    return /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
  }

  close() {
    this.redis.disconnect();
  }
}
