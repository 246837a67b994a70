import { createSeededRandom, hashSeed } from './seeded-random';

describe('seeded random', () => {
  const draw = (seed: string) => {
    const random = createSeededRandom(seed);
    return Array.from({ length: 50 }, () => random.int(0, 1000));
  };

  it('repeats the same sequence for the same seed and differs for another', () => {
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(hashSeed('wardwatch-general')).toBe(hashSeed('wardwatch-general'));
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
  });

  it('stays within bounds', () => {
    const random = createSeededRandom('bounds');
    for (let i = 0; i < 1000; i++) {
      const value = random.int(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
    }
  });

  it('picks by weight', () => {
    const random = createSeededRandom('weights');
    const picks = Array.from({ length: 2000 }, () =>
      random.weighted(['rare', 'common'], (x) => (x === 'rare' ? 1 : 9)),
    );
    const rare = picks.filter((p) => p === 'rare').length / picks.length;
    expect(rare).toBeGreaterThan(0.05);
    expect(rare).toBeLessThan(0.15);
    expect(() => random.pick([])).toThrow();
  });
});
