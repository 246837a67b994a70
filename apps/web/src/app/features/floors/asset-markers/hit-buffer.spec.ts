import { HitBuffer } from './hit-buffer';

describe('HitBuffer', () => {
  it('returns the topmost circle under the point, or null', () => {
    const hits = new HitBuffer();
    hits.push('under', 100, 100, 10);
    hits.push('over', 108, 100, 10);
    expect(hits.at(104, 100)).toBe('over');
    expect(hits.at(92, 100)).toBe('under');
    expect(hits.at(100, 111)).toBeNull();
    expect(hits.at(100, 110)).toBe('under');
  });

  it('grows past its first allocation and empties on clear', () => {
    const hits = new HitBuffer();
    for (let i = 0; i < 1000; i++) {
      hits.push(`m${i}`, i * 10, 0, 4);
    }
    expect(hits.count).toBe(1000);
    expect(hits.at(9990, 0)).toBe('m999');
    expect(hits.at(10, 0)).toBe('m1');
    hits.clear();
    expect(hits.count).toBe(0);
    expect(hits.at(10, 0)).toBeNull();
  });
});
