/**
 * Which last-heard times are worth writing: a key (tag or gateway id) is written when first seen by this
 * process and then at most once per `everyMs`, so a sensor heard every few seconds costs one UPDATE per
 * interval, not one per batch. Last-heard times are therefore up to `everyMs` behind; they only ever move
 * forward (the UPDATE keeps the later time).
 */
export class LastHeardThrottle {
  private readonly writtenAt = new Map<string, number>();

  constructor(
    private readonly everyMs: number,
    /** Past this many keys the memory is cleared (everything becomes due once): bounded under a MAC spray. */
    private readonly maxKeys = 200_000,
  ) {}

  /**
   * The latest time per key among `items` (each item's key and time read with the accessors, so callers
   * build nothing per item), for the keys due at `now`.
   */
  due<T>(
    items: Iterable<T>,
    keyOf: (item: T) => string,
    atOf: (item: T) => number,
    now: number,
  ): Map<string, number> {
    const latest = new Map<string, number>();
    for (const item of items) {
      const key = keyOf(item);
      const at = atOf(item);
      const writtenAt = this.writtenAt.get(key);
      if (writtenAt !== undefined && now - writtenAt < this.everyMs) {
        continue;
      }
      const seen = latest.get(key);
      if (seen === undefined || at > seen) {
        latest.set(key, at);
      }
    }
    return latest;
  }

  /** Records that these keys were written at `now` (call after the transaction commits). */
  written(keys: Iterable<string>, now: number): void {
    if (this.writtenAt.size > this.maxKeys) {
      this.writtenAt.clear();
    }
    for (const key of keys) {
      this.writtenAt.set(key, now);
    }
  }
}
