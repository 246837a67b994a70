// pure-rand 8 types are reachable only through package.json "exports"; see pure-rand.d.ts.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pure-rand.d.ts" />
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A deterministic random source: the same seed string always gives the same sequence. */
export interface SeededRandom {
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p` (0..1). */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, chosen in proportion to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
}

/** FNV-1a, 32 bits: turns the seed string into the generator's integer seed. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

export function createSeededRandom(seed: string): SeededRandom {
  const rng = xoroshiro128plus(hashSeed(seed));
  const int = (min: number, max: number): number => uniformInt(rng, min, max);
  return {
    int,
    chance: (p) => int(0, 999_999) < Math.round(p * 1_000_000),
    pick: (items) => {
      if (items.length === 0) {
        throw new Error('Cannot pick from an empty list');
      }
      return items[int(0, items.length - 1)];
    },
    weighted: (items, weight) => {
      const weights = items.map(weight);
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (total <= 0) {
        throw new Error('Cannot pick from items whose weights add up to nothing');
      }
      let roll = int(0, Math.round(total * 1000) - 1) / 1000;
      for (let i = 0; i < items.length; i++) {
        roll -= weights[i];
        if (roll < 0) {
          return items[i];
        }
      }
      return items[items.length - 1];
    },
  };
}
