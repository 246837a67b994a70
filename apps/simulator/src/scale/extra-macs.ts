/**
 * Addresses of the radios the simulator adds beyond the demo hospital. Each prefix is locally administered
 * and unicast (second-lowest bit of the first byte set, lowest clear) and differs from the demo's own
 * (F2:A0:0C gateways, C4:7A:11 asset tags, D6:E2:5A environment sensors), so an extra radio can never
 * take a demo radio's address. "5C:A1" reads as "scale".
 */
export const EXTRA_MAC_PREFIX = {
  gateway: 'FA:5C:A1',
  assetTag: 'CA:5C:A1',
  environmentSensor: 'DA:5C:A1',
} as const;

/** The most radios of one kind the 24 bits after a prefix can number. */
export const MAX_EXTRA_COUNTER = 0xffffff;

/** 'FA:5C:A1' + 1 → 'FA:5C:A1:00:00:01'. */
export function extraMac(prefix: string, counter: number): string {
  if (!Number.isInteger(counter) || counter < 1 || counter > MAX_EXTRA_COUNTER) {
    throw new Error(`extra MAC counter out of range: ${counter}`);
  }
  const hex = counter.toString(16).toUpperCase().padStart(6, '0');
  return `${prefix}:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}
