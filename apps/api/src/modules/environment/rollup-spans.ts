/** A tag's stretch of readings to roll up: epoch ms, `to` exclusive. */
export interface TagSpan {
  tagId: string;
  from: number;
  to: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/** Per tag, the first and last instant of some readings (what a transaction marks for rolling up). */
export function readingSpans(readings: Iterable<{ tagId: string; at: number }>): TagSpan[] {
  const spans = new Map<string, TagSpan>();
  for (const { tagId, at } of readings) {
    const span = spans.get(tagId);
    if (!span) {
      spans.set(tagId, { tagId, from: at, to: at });
    } else if (at < span.from) {
      span.from = at;
    } else if (at > span.to) {
      span.to = at;
    }
  }
  return [...spans.values()];
}

/**
 * Spans widened to whole UTC buckets (`bucketMs`: a minute or an hour; `to` becomes the end of its
 * bucket), then merged per tag where they overlap or touch, so that no bucket of a tag is in two spans:
 * a recomputation over them reads each reading once. Sorted by tag then time.
 */
export function bucketSpans(spans: readonly TagSpan[], bucketMs: number): TagSpan[] {
  const widened = spans
    .map((s) => ({
      tagId: s.tagId,
      from: Math.floor(s.from / bucketMs) * bucketMs,
      to: Math.floor(s.to / bucketMs) * bucketMs + bucketMs,
    }))
    .sort((a, b) => (a.tagId === b.tagId ? a.from - b.from : a.tagId < b.tagId ? -1 : 1));
  const merged: TagSpan[] = [];
  for (const s of widened) {
    const last = merged[merged.length - 1];
    if (last && last.tagId === s.tagId && s.from <= last.to) {
      last.to = Math.max(last.to, s.to);
    } else {
      merged.push({ ...s });
    }
  }
  return merged;
}
