import { LastHeardThrottle } from './last-heard-throttle';

/** The keys due among [key, time] pairs. */
const due = (throttle: LastHeardThrottle, pairs: [string, number][], now: number) =>
  throttle.due(
    pairs,
    ([key]) => key,
    ([, at]) => at,
    now,
  );

describe('LastHeardThrottle', () => {
  it('lets a key through when first seen, with its latest time, then once per interval', () => {
    const throttle = new LastHeardThrottle(10_000);
    const first = due(
      throttle,
      [
        ['a', 5],
        ['a', 9],
        ['b', 7],
      ],
      1_000,
    );
    expect([...first]).toEqual([
      ['a', 9],
      ['b', 7],
    ]);
    throttle.written(first.keys(), 1_000);
    expect(due(throttle, [['a', 20]], 10_999).size).toBe(0);
    expect([...due(throttle, [['a', 21]], 11_000)]).toEqual([['a', 21]]);
  });

  it('keeps a key due until it is marked written (a rolled-back write is tried again)', () => {
    const throttle = new LastHeardThrottle(10_000);
    expect(due(throttle, [['a', 1]], 0).size).toBe(1);
    expect(due(throttle, [['a', 2]], 1).size).toBe(1);
  });

  it('forgets everything past its size bound rather than growing without end', () => {
    const throttle = new LastHeardThrottle(10_000, 2);
    throttle.written(['a', 'b', 'c'], 0);
    throttle.written(['d'], 0);
    expect(due(throttle, [['a', 1]], 1).size).toBe(1);
    expect(due(throttle, [['d', 1]], 1).size).toBe(0);
  });
});
