import { arrayLiteral } from './pg-array-literal';

describe('arrayLiteral', () => {
  it('writes numbers, strings and NULLs between braces, comma-separated', () => {
    expect(arrayLiteral([1.5, null, -2, 1e-7])).toBe('{1.5,NULL,-2,1e-7}');
    expect(arrayLiteral(['2026-10-01T08:59:00.000Z', null])).toBe('{2026-10-01T08:59:00.000Z,NULL}');
  });

  it('writes an empty array as {}', () => {
    expect(arrayLiteral([])).toBe('{}');
  });

  it('refuses a number PostgreSQL would not read back as the same value', () => {
    expect(() => arrayLiteral([1, Number.NaN])).toThrow('array element 1 is NaN');
    expect(() => arrayLiteral([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});
