/**
 * Advertising data is a sequence of AD structures: length (1 byte, counting type + data), AD type, data.
 * Bluetooth Core Supplement part A lists the types; these are the ones this lib reads or writes.
 */
export const AD_TYPE_FLAGS = 0x01;
export const AD_TYPE_COMPLETE_16BIT_SERVICE_UUIDS = 0x03;
export const AD_TYPE_SERVICE_DATA_16BIT_UUID = 0x16;
export const AD_TYPE_MANUFACTURER_SPECIFIC_DATA = 0xff;

/** Called per AD structure; return an error reason to stop the walk, or null to go on. */
export type AdStructureVisitor = (adType: number, dataOffset: number, dataLength: number) => string | null;

/**
 * Walks the AD structures of `bytes` without copying. A zero length ends the data early (the rest is padding,
 * as the Core spec allows); a structure whose length runs past the end is an error. Returns the first error
 * reason (from the walk or the visitor), or null.
 */
export function walkAdStructures(bytes: Uint8Array, visit: AdStructureVisitor): string | null {
  const total = bytes.length;
  let index = 0;
  while (index < total) {
    const length = bytes[index];
    if (length === 0) {
      return null;
    }
    if (index + 1 + length > total) {
      return `AD structure at byte ${index} declares length ${length} but only ${total - index - 1} bytes follow`;
    }
    const error = visit(bytes[index + 1], index + 2, length - 1);
    if (error !== null) {
      return error;
    }
    index += 1 + length;
  }
  return null;
}
