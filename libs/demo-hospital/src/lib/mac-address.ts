/** Organisationally unique identifiers (first 3 bytes) for the demo's radios. */
export const MAC_OUI = {
  /** BLE gateways. F2 (not F1): the low bit of the first byte marks a multicast address. */
  gateway: 'F2:A0:0C',
  assetTag: 'C4:7A:11',
  environmentSensor: 'D6:E2:5A',
} as const;

/** 'C4:7A:11' + counter 1 → 'C4:7A:11:00:00:01'. */
export function macAddress(oui: string, counter: number): string {
  if (!Number.isInteger(counter) || counter < 0 || counter > 0xffffff) {
    throw new Error(`MAC counter out of range: ${counter}`);
  }
  const bytes = [counter >> 16, (counter >> 8) & 0xff, counter & 0xff];
  return [oui, ...bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0'))].join(':');
}

/** Hands out consecutive addresses under one OUI, starting at …:00:00:01. */
export function macSequence(oui: string): () => string {
  let counter = 0;
  return () => macAddress(oui, ++counter);
}
