// The limit for readings stored per second: the rows the pipeline stored, copied with a plain `COPY …
// FROM STDIN` (pg-copy-streams) into `bench_telemetry`, a table built like `telemetry`: the same columns
// and identity, the same indexes, partitioned by range on recorded_at with the same partitions (bounds
// and default). Timed from the first byte sent until the COPY's transaction has committed.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { info } from '../../scripts/lib/log.mjs';

export const MIRROR = 'bench_telemetry';
const COLUMNS = [
  'tag_id',
  'recorded_at',
  'format',
  'temperature_c',
  'humidity_pct',
  'pressure_pa',
  'battery_mv',
  'tx_power_dbm',
  'measurement_sequence',
  'power_w',
  'power_on',
].join(', ');

const ident = (name) => `"${name.replace(/"/g, '""')}"`;

/** Index definitions of a partitioned table and its partitions, with the table names taken out. */
async function indexShapes(client, table) {
  const { rows } = await client.query(
    `SELECT c.relname AS partition, pg_get_expr(c.relpartbound, c.oid) AS bound,
            (SELECT array_agg(d ORDER BY d) FROM pg_index x,
                    LATERAL regexp_replace(pg_get_indexdef(x.indexrelid), '^.* USING ', '') AS d
             WHERE x.indrelid = c.oid) AS indexes
     FROM pg_class c WHERE c.oid = $1::regclass
        OR c.oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = $1::regclass)
     ORDER BY bound NULLS FIRST`,
    [table],
  );
  return rows.map((r) => ({ bound: r.bound, indexes: r.indexes ?? [] }));
}

/** Builds `bench_telemetry` like `telemetry` and checks that the two have the same partitions and indexes. */
export async function createMirror(client) {
  await client.query(`DROP TABLE IF EXISTS ${MIRROR}`);
  await client.query(
    `CREATE TABLE ${MIRROR} (LIKE telemetry INCLUDING ALL) PARTITION BY RANGE (recorded_at)`,
  );
  const { rows } = await client.query(
    `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
     FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'telemetry'::regclass`,
  );
  for (const { name, bound } of rows) {
    const mirrorName = name.replace(/^telemetry/, MIRROR);
    await client.query(`CREATE TABLE ${ident(mirrorName)} PARTITION OF ${MIRROR} ${bound}`);
  }
  const ours = JSON.stringify(await indexShapes(client, 'telemetry'));
  const theirs = JSON.stringify(await indexShapes(client, MIRROR));
  if (ours !== theirs) {
    throw new Error(`${MIRROR} does not match telemetry:\n${ours}\n${theirs}`);
  }
  const shapes = await indexShapes(client, 'telemetry');
  return { partitions: rows.length, indexesPerPartition: shapes.at(-1)?.indexes ?? [] };
}

/** The rows of `telemetry` in COPY text format, in insertion order, kept in memory. */
export async function exportRows(client, copyTo) {
  const chunks = [];
  const stream = client.query(copyTo(`COPY (SELECT ${COLUMNS} FROM telemetry ORDER BY id) TO STDOUT`));
  for await (const chunk of stream) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The buffer cut into pieces of `rows` lines each. */
function batches(buffer, rows) {
  const out = [];
  let start = 0;
  let lines = 0;
  for (let i = 0; i < buffer.length; i++) {
    if (buffer[i] === 10 && ++lines === rows) {
      out.push(buffer.subarray(start, i + 1));
      start = i + 1;
      lines = 0;
    }
  }
  if (start < buffer.length) {
    out.push(buffer.subarray(start));
  }
  return out;
}

function* slices(buffer, size) {
  for (let i = 0; i < buffer.length; i += size) {
    yield buffer.subarray(i, i + size);
  }
}

/**
 * One COPY of every row (`batchRows` null), or one COPY per `batchRows` rows, each its own transaction,
 * one after another on one connection (what the writer's per-batch transactions would cost if inserting
 * were free). The mirror is emptied first.
 */
export async function timedCopy(client, copyFrom, data, rowCount, { batchRows = null, sampler, phase }) {
  await client.query(`TRUNCATE ${MIRROR}`);
  await client.query('CHECKPOINT');
  const pieces = batchRows ? batches(data, batchRows) : [data];
  sampler.setPhase(phase);
  const started = performance.now();
  for (const piece of pieces) {
    const stream = client.query(copyFrom(`COPY ${MIRROR} (${COLUMNS}) FROM STDIN`));
    await pipeline(Readable.from(slices(piece, 256 * 1024)), stream);
  }
  const seconds = (performance.now() - started) / 1000;
  sampler.setPhase(null);
  const { rows } = await client.query(`SELECT count(*)::bigint AS n FROM ${MIRROR}`);
  if (Number(rows[0].n) !== rowCount) {
    throw new Error(`COPY stored ${rows[0].n} rows, expected ${rowCount}`);
  }
  const result = {
    name: phase,
    rows: rowCount,
    copies: pieces.length,
    seconds,
    rowsPerS: rowCount / seconds,
    processes: sampler.summary(phase),
  };
  info(
    `[${phase}] ${rowCount.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s: ` +
      `${Math.round(result.rowsPerS).toLocaleString('en-US')} rows/s`,
  );
  return result;
}

/** The run with the median rate (of an even number, the slower of the middle two). */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.rowsPerS - b.rowsPerS);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
