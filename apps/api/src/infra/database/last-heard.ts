import type { RunQuery } from './run-query';

/**
 * Moves tags' or gateways' last-heard times forward, never back: `latest` is id → epoch ms. Ids go in
 * sorted, so concurrent transactions lock the rows in the same order.
 */
export async function moveLastHeardForward(
  query: RunQuery,
  table: 'tag' | 'gateway',
  latest: ReadonlyMap<string, number>,
): Promise<void> {
  if (latest.size === 0) {
    return;
  }
  const ids = [...latest.keys()].sort();
  await query(
    `UPDATE ${table} SET last_heard_at = v.at FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at)
     WHERE ${table}.id = v.id AND (${table}.last_heard_at IS NULL OR ${table}.last_heard_at < v.at)`,
    [ids, ids.map((id) => new Date(latest.get(id) ?? 0).toISOString())],
  );
}
