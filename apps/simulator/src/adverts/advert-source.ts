/** Something that advertises once a second; it returns that second's advertisement as hex. */
export interface AdvertSource {
  advertAt(epochMs: number): string;
}
