// Where PostgreSQL's time goes in the worker's write, statement by statement: the stored rows replayed in
// batches (the POSTs' size) against `bench_telemetry` with the SQL of TelemetryWriterService.write(), one
// transaction per batch on one connection, first as written, then with one part taken away at a time.
// Parameters go through `pg` as the worker sends them (text arrays, ISO timestamps); TypeORM and BullMQ
// are left out, so the difference to the pipeline is theirs and the HTTP side's.
import { info } from '../../scripts/lib/log.mjs';
import { MIRROR } from './copy-limit.mjs';

const fmt = (n) => Math.round(n).toLocaleString('en-US');

/** The first `limit` stored readings, with their sensor's MAC, in insertion order, cut into batches. */
export async function replayBatches(client, { limit, batch }) {
  const { rows } = await client.query({
    text: `SELECT t.mac, x.recorded_at, x.temperature_c, x.humidity_pct, x.power_w, x.power_on
           FROM telemetry x JOIN tag t ON t.id = x.tag_id ORDER BY x.id LIMIT $1`,
    values: [limit],
    rowMode: 'array',
  });
  const { rows: ids } = await client.query(`SELECT mac, id FROM tag WHERE mac = ANY($1::text[])`, [
    [...new Set(rows.map((r) => r[0]))],
  ]);
  const tagId = new Map(ids.map((r) => [r.mac, r.id]));
  const { rows: gateways } = await client.query('SELECT id FROM gateway ORDER BY mac LIMIT 1');
  const out = [];
  for (let i = 0; i < rows.length; i += batch) {
    const part = rows.slice(i, i + batch);
    out.push({
      gatewayId: gateways[0].id,
      macs: part.map((r) => r[0]),
      tagIds: part.map((r) => tagId.get(r[0])),
      ats: part.map((r) => r[1].toISOString()),
      temperatures: part.map((r) => r[2]),
      humidities: part.map((r) => r[3]),
      powers: part.map((r) => r[4]),
      ons: part.map((r) => r[5]),
    });
  }
  return out;
}

const INSERT_JOINED = `INSERT INTO ${MIRROR} (tag_id, recorded_at, format, temperature_c, humidity_pct, power_w, power_on)
  SELECT t.id, r.at, 'wardwatch-telemetry', r.temperature_c, r.humidity_pct, r.power_w, r.power_on
  FROM unnest($1::text[], $2::timestamptz[], $3::real[], $4::real[], $5::real[], $6::boolean[])
       AS r(mac, at, temperature_c, humidity_pct, power_w, power_on)
  JOIN tag t ON t.mac = r.mac`;

/** The variants: the writer's statements as written, then without one part at a time. */
const VARIANTS = [
  {
    name: 'as written: tag upsert, INSERT … JOIN tag … ON CONFLICT DO NOTHING RETURNING, 2 last-heard UPDATEs',
    key: 'writer',
    statements: ['upsertTags', 'insertOnConflict', 'touchTags', 'touchGateway'],
  },
  {
    name: 'without the two last-heard UPDATEs',
    key: 'noTouch',
    statements: ['upsertTags', 'insertOnConflict'],
  },
  {
    name: 'INSERT … JOIN tag … ON CONFLICT DO NOTHING RETURNING only',
    key: 'insertOnly',
    statements: ['insertOnConflict'],
  },
  {
    name: 'INSERT … JOIN tag … ON CONFLICT DO NOTHING, no RETURNING',
    key: 'onConflictNoReturning',
    statements: ['insertOnConflictNoReturning'],
  },
  {
    name: 'INSERT … JOIN tag, no ON CONFLICT, no RETURNING',
    key: 'plainJoin',
    statements: ['insertPlainJoin'],
  },
  {
    name: 'INSERT of unnest($tag_ids …): no JOIN, no ON CONFLICT, no RETURNING',
    key: 'plainIds',
    statements: ['insertPlainIds'],
  },
];

const STATEMENTS = {
  upsertTags: (b) => [
    `INSERT INTO tag (mac, kind) SELECT unnest($1::text[]), 'environment-sensor' ON CONFLICT (mac) DO NOTHING`,
    [[...new Set(b.macs)]],
  ],
  insertOnConflict: (b) => [
    `${INSERT_JOINED} ON CONFLICT DO NOTHING RETURNING tag_id`,
    [b.macs, b.ats, b.temperatures, b.humidities, b.powers, b.ons],
  ],
  insertOnConflictNoReturning: (b) => [
    `${INSERT_JOINED} ON CONFLICT DO NOTHING`,
    [b.macs, b.ats, b.temperatures, b.humidities, b.powers, b.ons],
  ],
  insertPlainJoin: (b) => [INSERT_JOINED, [b.macs, b.ats, b.temperatures, b.humidities, b.powers, b.ons]],
  insertPlainIds: (b) => [
    `INSERT INTO ${MIRROR} (tag_id, recorded_at, format, temperature_c, humidity_pct, power_w, power_on)
     SELECT tag_id, at, 'wardwatch-telemetry', temperature_c, humidity_pct, power_w, power_on
     FROM unnest($1::uuid[], $2::timestamptz[], $3::real[], $4::real[], $5::real[], $6::boolean[])
          AS r(tag_id, at, temperature_c, humidity_pct, power_w, power_on)`,
    [b.tagIds, b.ats, b.temperatures, b.humidities, b.powers, b.ons],
  ],
  touchTags: (b) => [
    `UPDATE tag t SET last_heard_at = greatest(t.last_heard_at, h.at)
     FROM (SELECT mac, max(at) AS at FROM unnest($1::text[], $2::timestamptz[]) AS r(mac, at) GROUP BY mac) h
     WHERE t.mac = h.mac`,
    [b.macs, b.ats],
  ],
  touchGateway: (b) => [
    `UPDATE gateway SET last_heard_at = greatest(last_heard_at, $2) WHERE id = $1`,
    [b.gatewayId, new Date()],
  ],
};

/** Replays `batches` once per variant; rows per second of each, on one connection. */
export async function replayWriter(client, batches, { sampler }) {
  const rows = batches.reduce((n, b) => n + b.macs.length, 0);
  const out = [];
  for (const variant of VARIANTS) {
    await client.query(`TRUNCATE ${MIRROR}`);
    await client.query('CHECKPOINT');
    const phase = `replay ${variant.key}`;
    sampler.setPhase(phase);
    const started = performance.now();
    for (const b of batches) {
      await client.query('BEGIN');
      for (const s of variant.statements) {
        const [text, values] = STATEMENTS[s](b);
        await client.query(text, values);
      }
      await client.query('COMMIT');
    }
    const seconds = (performance.now() - started) / 1000;
    sampler.setPhase(null);
    const result = { key: variant.key, name: variant.name, rows, seconds, rowsPerS: rows / seconds };
    result.processes = sampler.summary(phase);
    info(`[writer replay] ${variant.key}: ${fmt(result.rowsPerS)} rows/s`);
    out.push(result);
  }
  await client.query(`TRUNCATE ${MIRROR}`);
  return { rows, batches: batches.length, variants: out };
}
