/**
 * FNV-1a 64-bit (http://www.isthe.com/chongo/tech/comp/fnv/) over the UTF-8 bytes of a string, as 16 lower-case
 * hex digits. Not cryptographic: a stable content fingerprint for de-duplication. Implemented with four 16-bit
 * limbs in plain numbers (BigInt would be ~50× slower on the ingest path).
 */
// Hash state as four 16-bit limbs, least significant first. Module-level so `step` is a plain function V8 inlines
// (a closure per call cost ~2× here); fnv1a64Hex is synchronous and re-initialises it, so nothing leaks between calls.
let h0 = 0;
let h1 = 0;
let h2 = 0;
let h3 = 0;

function step(byte: number): void {
  h0 ^= byte;
  // h × 0x100000001b3 mod 2^64 = h × 0x1b3 + (h << 40).
  let t0 = h0 * 0x1b3;
  let t1 = h1 * 0x1b3;
  let t2 = h2 * 0x1b3 + ((h0 & 0xff) << 8);
  const t3 = h3 * 0x1b3 + (h0 >>> 8) + ((h1 & 0xff) << 8);
  t1 += t0 >>> 16;
  t0 &= 0xffff;
  t2 += t1 >>> 16;
  t1 &= 0xffff;
  h3 = (t3 + (t2 >>> 16)) & 0xffff;
  h2 = t2 & 0xffff;
  h1 = t1;
  h0 = t0;
}

export function fnv1a64Hex(text: string): string {
  // Offset basis 0xcbf29ce484222325.
  h0 = 0x2325;
  h1 = 0x8422;
  h2 = 0x9ce4;
  h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      step(code);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (code < 0x800) {
      step(0xc0 | (code >>> 6));
    } else if (code < 0x10000) {
      step(0xe0 | (code >>> 12));
      step(0x80 | ((code >>> 6) & 0x3f));
    } else {
      step(0xf0 | (code >>> 18));
      step(0x80 | ((code >>> 12) & 0x3f));
      step(0x80 | ((code >>> 6) & 0x3f));
    }
    step(0x80 | (code & 0x3f));
  }
  return limbHex(h3) + limbHex(h2) + limbHex(h1) + limbHex(h0);
}

function limbHex(limb: number): string {
  return (0x10000 + limb).toString(16).substring(1);
}
