/**
 * pure-rand 8 publishes its entry points only through package.json "exports", which the
 * workspace's `moduleResolution: node10` cannot see. These declarations mirror the two entry
 * points this library uses (node_modules/pure-rand/lib/{generator/xoroshiro128plus,distribution/uniformInt}.d.ts);
 * at run time Node and Jest resolve the real modules through "exports".
 */
declare module 'pure-rand/generator/xoroshiro128plus' {
  export interface RandomGenerator {
    clone(): RandomGenerator;
    /** Alters the generator; values uniform in -0x8000_0000 .. 0x7fff_ffff. */
    next(): number;
    getState(): readonly number[];
  }
  export function xoroshiro128plus(seed: number): RandomGenerator;
}

declare module 'pure-rand/distribution/uniformInt' {
  import type { RandomGenerator } from 'pure-rand/generator/xoroshiro128plus';
  /** Uniform integer in [from, to], both included; advances `rng`. */
  export function uniformInt(rng: RandomGenerator, from: number, to: number): number;
}
