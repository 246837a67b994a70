/** Six hex pairs, each pair optionally followed by one ':' or '-'. */
const MAC_FORMAT = /^([0-9a-f]{2}[:-]?){5}[0-9a-f]{2}$/;

/**
 * Normalises a Bluetooth/Ethernet MAC written as `aa:bb:cc:dd:ee:ff`, `AA-BB-…` or `aabbccddeeff`
 * to upper-case colon form; returns null for anything else.
 */
export function normalizeMac(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!MAC_FORMAT.test(text)) {
    return null;
  }
  const hex = text.replace(/[:-]/g, '').toUpperCase();
  return hex.match(/.{2}/g)!.join(':');
}
