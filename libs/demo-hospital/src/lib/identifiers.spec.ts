import { gs1Udi, gtinCheckDigit } from './gs1-udi';
import { macAddress, macSequence } from './mac-address';

describe('GS1 UDI', () => {
  it('computes the GS1 check digit', () => {
    // EAN-13 4006381333931 as a GTIN-14.
    expect(gtinCheckDigit('0400638133393')).toBe(1);
    expect(gs1Udi('0400638133393', 'AB12')).toBe('(01)04006381333931(21)AB12');
    expect(() => gtinCheckDigit('123')).toThrow();
  });
});

describe('MAC addresses', () => {
  it('counts up under an OUI in upper-case colon form', () => {
    expect(macAddress('C4:7A:11', 1)).toBe('C4:7A:11:00:00:01');
    expect(macAddress('C4:7A:11', 0xabcdef)).toBe('C4:7A:11:AB:CD:EF');
    const next = macSequence('D6:E2:5A');
    expect([next(), next()]).toEqual(['D6:E2:5A:00:00:01', 'D6:E2:5A:00:00:02']);
    expect(() => macAddress('C4:7A:11', 0x1000000)).toThrow();
  });
});
