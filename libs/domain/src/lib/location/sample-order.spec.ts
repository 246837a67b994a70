import type { RssiSample } from './location-types';
import { inApplyOrder } from './sample-order';

const s = (gatewayId: string, at: number, rssi = -70): RssiSample => ({ gatewayId, at, rssi });

describe('inApplyOrder', () => {
  it('returns an ordered batch itself, without copying', () => {
    const batch = [s('a', 1), s('b', 1), s('a', 2)];
    expect(inApplyOrder(batch)).toBe(batch);
  });

  it('sorts by time, then gateway, then strongest first, without touching the input', () => {
    const batch = [s('b', 2), s('a', 2, -80), s('a', 1), s('a', 2, -60)];
    const copy = batch.slice();
    expect(inApplyOrder(batch)).toEqual([s('a', 1), s('a', 2, -60), s('a', 2, -80), s('b', 2)]);
    expect(batch).toEqual(copy);
  });

  it('leaves out samples with a non-finite time or RSSI', () => {
    expect(inApplyOrder([s('a', 1), s('a', Number.NaN), { gatewayId: 'b', at: 3, rssi: Infinity }])).toEqual([
      s('a', 1),
    ]);
  });
});
