/** Fixed-width integer reads/writes on a Uint8Array at an offset (no DataView allocation per call). */

export function readUint16BE(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] << 8) | bytes[offset + 1];
}

export function readInt16BE(bytes: Uint8Array, offset: number): number {
  return (((bytes[offset] << 8) | bytes[offset + 1]) << 16) >> 16;
}

export function readUint16LE(bytes: Uint8Array, offset: number): number {
  return bytes[offset] | (bytes[offset + 1] << 8);
}

export function readUint32BE(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0
  );
}

export function readInt8(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] << 24) >> 24;
}

/** Writes the low 16 bits of `value` (two's complement for negatives), most significant byte first. */
export function writeUint16BE(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = (value >>> 8) & 0xff;
  bytes[offset + 1] = value & 0xff;
}

/** Writes the low 32 bits of `value`, most significant byte first. */
export function writeUint32BE(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = (value >>> 24) & 0xff;
  bytes[offset + 1] = (value >>> 16) & 0xff;
  bytes[offset + 2] = (value >>> 8) & 0xff;
  bytes[offset + 3] = value & 0xff;
}
