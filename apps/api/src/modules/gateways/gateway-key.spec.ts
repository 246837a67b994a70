import { demoGatewayKey } from '@wardwatch/demo-hospital';

import { hashGatewayKey, newGatewayKey } from './gateway-key';

describe('gateway keys', () => {
  it('are random, prefixed and 256-bit', () => {
    const a = newGatewayKey();
    const b = newGatewayKey();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^wwg_[A-Za-z0-9_-]{43}$/);
  });

  it('derive the same demo key from the same secret and MAC only', () => {
    expect(demoGatewayKey('s'.repeat(16), 'F1:A0:0C:00:00:01')).toBe(
      demoGatewayKey('s'.repeat(16), 'F1:A0:0C:00:00:01'),
    );
    expect(demoGatewayKey('s'.repeat(16), 'F1:A0:0C:00:00:01')).not.toBe(
      demoGatewayKey('t'.repeat(16), 'F1:A0:0C:00:00:01'),
    );
    expect(demoGatewayKey('s'.repeat(16), 'F1:A0:0C:00:00:01')).not.toBe(
      demoGatewayKey('s'.repeat(16), 'F1:A0:0C:00:00:02'),
    );
  });

  it('hash to 64 hex characters that do not contain the key', () => {
    const key = newGatewayKey();
    const hash = hashGatewayKey(key);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(key.slice(4, 20));
    expect(hashGatewayKey(key)).toBe(hash);
  });
});
