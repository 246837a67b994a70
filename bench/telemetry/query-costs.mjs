// Where the report's time goes, query by query: the SQL of ComplianceDaysService.compute() (cold; its own
// DAY_READINGS and EDGE_READINGS, loaded with libs/domain by fill-days.mjs's loadDomain) and of
// the served path (stored days, excursions) run by the bench on sample units and days, each timed
// separately, plus the edge query as it was written before (a max() over a join), to show what the
// rewrite gained. Each query runs twice and the second time is kept (the first warms the cache).
const EDGES_BEFORE = `SELECT (SELECT max(x.recorded_at) FROM unit_sensor s JOIN telemetry x ON x.tag_id = s.tag_id
               WHERE s.unit_id = $1 AND x.recorded_at < $2 AND x.temperature_c IS NOT NULL) AS previous,
              (SELECT min(x.recorded_at) FROM unit_sensor s JOIN telemetry x ON x.tag_id = s.tag_id
               WHERE s.unit_id = $1 AND x.recorded_at >= $3 AND x.temperature_c IS NOT NULL) AS next`;

async function timed(client, text, values) {
  await client.query(text, values);
  const t = performance.now();
  const { rows } = await client.query(text, values);
  return { ms: performance.now() - t, rows };
}

/** compute()'s queries on `sampleUnits` units × the first, middle and last day of the period. */
export async function computeQueryCosts(pool, { queries, unitIds, period, sampleUnits = 3 }) {
  const QUERIES = {
    dayReadings: queries.DAY_READINGS,
    edgesBefore: EDGES_BEFORE,
    edges: queries.EDGE_READINGS,
  };
  const client = await pool.connect();
  try {
    const picks = [0, Math.floor(unitIds.length / 2), unitIds.length - 1].slice(0, sampleUnits);
    const { rows: days } = await client.query(
      `SELECT d.day, (d.day::timestamp AT TIME ZONE $3) AS start, ((d.day + 1)::timestamp AT TIME ZONE $3) AS "end"
       FROM (VALUES ($1::date), ($1::date + ($2::date - $1::date) / 2), ($2::date)) AS d(day)`,
      [period.from, period.to, period.timezone],
    );
    const ms = Object.fromEntries(Object.keys(QUERIES).map((k) => [k, []]));
    let agree = true;
    for (const i of picks) {
      for (const d of days) {
        const values = [unitIds[i], d.start, d.end];
        ms.dayReadings.push((await timed(client, QUERIES.dayReadings, values)).ms);
        const before = await timed(client, QUERIES.edgesBefore, values);
        const current = await timed(client, QUERIES.edges, values);
        ms.edgesBefore.push(before.ms);
        ms.edges.push(current.ms);
        const times = (r) => JSON.stringify([r.previous, r.next]);
        agree &&= times(before.rows[0]) === times(current.rows[0]);
      }
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return {
      samples: picks.length * days.length,
      meanMs: Object.fromEntries(Object.entries(ms).map(([k, xs]) => [k, mean(xs)])),
      maxMs: Object.fromEntries(Object.entries(ms).map(([k, xs]) => [k, Math.max(...xs)])),
      edgesAgree: agree,
    };
  } finally {
    client.release();
  }
}

/** The served path's two queries per unit (stored days, excursions), on the first `sampleUnits` units. */
export async function servedQueryCosts(pool, { unitIds, period, sampleUnits = 10 }) {
  const client = await pool.connect();
  try {
    const stored = [];
    const excursions = [];
    for (const unitId of unitIds.slice(0, sampleUnits)) {
      stored.push(
        (
          await timed(
            client,
            `SELECT to_char(day, 'YYYY-MM-DD') AS day, readings, min_c, max_c, mean_c, mkt_c, minutes_out_of_range,
                    gap_minutes, gaps
             FROM compliance_day WHERE unit_id = $1 AND day BETWEEN $2::date AND $3::date ORDER BY day`,
            [unitId, period.from, period.to],
          )
        ).ms,
      );
      excursions.push(
        (
          await timed(
            client,
            `SELECT a.id FROM alert a LEFT JOIN app_user ack ON ack.id = a.acknowledged_by
             LEFT JOIN app_user res ON res.id = a.resolved_by
             WHERE starts_with(a.condition_key, $1)
               AND (a.opened_at AT TIME ZONE $4)::date BETWEEN $2::date AND $3::date ORDER BY a.opened_at`,
            [`env:${unitId}:`, period.from, period.to, period.timezone],
          )
        ).ms,
      );
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return { samples: stored.length, meanMs: { storedDays: mean(stored), excursions: mean(excursions) } };
  } finally {
    client.release();
  }
}
