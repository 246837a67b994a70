import type { RunQuery } from '../../infra/database/run-query';
import { readingSpans } from './rollup-spans';

/**
 * Marks the minutes and hours of newly stored readings for the roll-up job: one row per transaction
 * (per tag, the first and last instant), written in the transaction that stores the readings, so a
 * committed reading is always marked. The job recomputes and deletes the marks (TelemetryRollupsService).
 */
export async function markForRollup(
  query: RunQuery,
  readings: Iterable<{ tagId: string; at: number }>,
): Promise<void> {
  const spans = readingSpans(readings);
  if (spans.length === 0) {
    return;
  }
  await query(
    `INSERT INTO telemetry_rollup_pending (tag_ids, first_at, last_at)
     VALUES ($1::uuid[], $2::timestamptz[], $3::timestamptz[])`,
    [
      spans.map((s) => s.tagId),
      spans.map((s) => new Date(s.from).toISOString()),
      spans.map((s) => new Date(s.to).toISOString()),
    ],
  );
}
