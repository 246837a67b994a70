import { Inject, Injectable } from '@nestjs/common';
import type { TagLocationState } from '@wardwatch/domain';
import type Redis from 'ioredis';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { REDIS } from '../../infra/redis/redis.module';

/** What the worker keeps per tag between batches. */
export interface StoredTagState {
  /** Version, bumped on every write: the compare-and-set that keeps two workers from losing updates. */
  v: number;
  engine: TagLocationState;
  /** Last time (sample time) a decoded reading was stored, and its Ruuvi measurement sequence. */
  telemetryAt: number;
  telemetrySeq: number | null;
  /** Last time (sample time) last-heard was written to PostgreSQL. */
  heardWrittenAt: number;
}

const STATE_TTL_S = 7 * 24 * 3600;

/**
 * Sets each key only if its stored version still equals the one read; returns the 1-based indexes of
 * keys that changed meanwhile (another worker won): their tags are recomputed from the fresh state.
 */
const COMPARE_AND_SET = `
local conflicts = {}
local ttl = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local expected = tonumber(ARGV[2 * i])
  local current = redis.call('GET', key)
  local version = 0
  if current then version = tonumber(string.match(current, '^{"v":(%d+)')) or -1 end
  if version == expected then
    redis.call('SET', key, ARGV[2 * i + 1], 'EX', ttl)
  else
    conflicts[#conflicts + 1] = i
  end
end
return conflicts`;

@Injectable()
export class TagStateStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(mac: string): string {
    return `${this.config.redis.prefix}:loc:tag:${mac}`;
  }

  async load(macs: readonly string[]): Promise<(StoredTagState | null)[]> {
    if (macs.length === 0) {
      return [];
    }
    const values = await this.redis.mget(macs.map((m) => this.key(m)));
    return values.map((v) => (v ? (JSON.parse(v) as StoredTagState) : null));
  }

  /** Writes each state whose version is unchanged since `expected`; returns the macs that conflicted. */
  async compareAndSet(
    entries: { mac: string; expected: number; state: StoredTagState }[],
  ): Promise<string[]> {
    if (entries.length === 0) {
      return [];
    }
    const args: (string | number)[] = [STATE_TTL_S];
    for (const e of entries) {
      // `v` first: the script reads the version from the start of the JSON.
      args.push(
        e.expected,
        JSON.stringify({
          v: e.state.v,
          engine: e.state.engine,
          telemetryAt: e.state.telemetryAt,
          telemetrySeq: e.state.telemetrySeq,
          heardWrittenAt: e.state.heardWrittenAt,
        }),
      );
    }
    const conflicts = (await this.redis.eval(
      COMPARE_AND_SET,
      entries.length,
      ...entries.map((e) => this.key(e.mac)),
      ...args,
    )) as number[];
    return conflicts.map((i) => entries[i - 1].mac);
  }
}
