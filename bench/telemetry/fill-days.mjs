// Stores the compliance days that the cold report did not get to (when it ran past its budget), so that
// the served report can be measured: what the product serves once its daily job has run. Each unit's
// readings are read once, in time order, and each day goes through the product's own function
// (`dailyCompliance` from libs/domain, bundled with esbuild), with the inputs ComplianceDaysService.compute
// gives it: the day's readings, the last reading before the day, the first after it, the unit's profile.
// Rows are written as compute() writes them. Days already stored are left alone and, for the first unit
// that has some, compared with what this module computes (a check that the two agree).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import esbuild from 'esbuild';

import { info } from '../../scripts/lib/log.mjs';

const PROGRESS_EVERY_S = 5;

/**
 * libs/domain's compliance functions and ComplianceDaysService's queries as an ES module (path aliases from
 * tsconfig.base.json).
 */
export async function loadDomain(root, outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'telemetry-domain.mjs');
  await esbuild.build({
    stdin: {
      contents: [
        `export { dailyCompliance, DEFAULT_PROFILES, withOverrides } from '@wardwatch/domain';`,
        `export { DAY_READINGS, EDGE_READINGS } from './apps/api/src/modules/environment/compliance-day-queries';`,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** [{ day, start, end }] for the local days of [from, to], bounded as compute() bounds them. */
async function dayBounds(client, from, to, timezone) {
  const { rows } = await client.query(
    `SELECT to_char(d, 'YYYY-MM-DD') AS day, (d::date::timestamp AT TIME ZONE $3) AS start,
            ((d::date + 1)::timestamp AT TIME ZONE $3) AS "end"
     FROM generate_series($1::date, $2::date, interval '1 day') AS d`,
    [from, to, timezone],
  );
  return rows.map((r) => ({ day: r.day, start: r.start.getTime(), end: r.end.getTime() }));
}

function computeDay(domain, profile, bound, at, temp, lo, hi) {
  // Readings [lo, hi) are the day's; at[lo - 1] and at[hi] are the ones just before and after it.
  const readings = [];
  for (let i = lo; i < hi; i++) {
    readings.push({ at: at[i], temperatureC: temp[i] });
  }
  const figures = domain.dailyCompliance({
    dayStart: bound.start,
    dayEnd: bound.end,
    readings,
    previousAt: lo > 0 ? at[lo - 1] : null,
    previousTemperatureC: lo > 0 ? temp[lo - 1] : null,
    nextAt: hi < at.length ? at[hi] : null,
    range: profile.temperatureC,
    gapMin: profile.gapMin,
  });
  return {
    day: bound.day,
    readings: figures.readings,
    min_c: figures.minC,
    max_c: figures.maxC,
    mean_c: figures.meanC,
    arrhenius_sum: figures.arrheniusSum,
    mkt_c: figures.mktC,
    minutes_out_of_range: figures.minutesOutOfRange,
    gap_minutes: figures.gapMinutes,
    gaps: figures.gaps.map((g) => ({
      from: new Date(g.from).toISOString(),
      to: new Date(g.to).toISOString(),
    })),
  };
}

const close = (a, b) =>
  a === b ||
  (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

function differences(stored, ours) {
  const keys = [
    'readings',
    'min_c',
    'max_c',
    'mean_c',
    'arrhenius_sum',
    'mkt_c',
    'minutes_out_of_range',
    'gap_minutes',
  ];
  const out = keys.filter((k) => !close(stored[k], ours[k]));
  // jsonb keeps object keys in its own order: compare the gaps as [from, to] pairs.
  const pairs = (gaps) => JSON.stringify(gaps.map((g) => [g.from, g.to]));
  if (pairs(stored.gaps) !== pairs(ours.gaps)) {
    out.push('gaps');
  }
  return out;
}

/**
 * Fills the missing days of every unit in `unitIds` over [from, to], `connections` units at a time. All
 * their readings are in `telemetry` (the bench generated nothing outside the period), so a unit's readings
 * in order give every day's neighbours. Returns how many days it stored, and the check against days the
 * API had stored.
 */
export async function fillMissingDays(
  pool,
  domain,
  { unitIds, from, to, timezone, profileCode, connections = 1 },
) {
  const started = performance.now();
  const result = { stored: 0, alreadyStored: 0, checked: 0, mismatches: [], seconds: 0, connections };
  const bounds = await dayBounds(pool, from, to, timezone);
  const profile = domain.withOverrides(domain.DEFAULT_PROFILES[profileCode], {});
  let checkedUnit = false;
  let next = 0;
  let done = 0;
  let lastPrint = started;

  const fillUnit = async (client, unitId) => {
    const { rows: storedRows } = await client.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, readings, min_c, max_c, mean_c, arrhenius_sum, mkt_c,
              minutes_out_of_range, gap_minutes, gaps
       FROM compliance_day WHERE unit_id = $1 AND day BETWEEN $2::date AND $3::date`,
      [unitId, from, to],
    );
    const stored = new Map(storedRows.map((r) => [r.day, r]));
    result.alreadyStored += stored.size;
    const check = stored.size > 0 && !checkedUnit;
    checkedUnit ||= check;
    if (stored.size === bounds.length && !check) {
      return;
    }
    // Same filter as compute(): the unit's sensors, temperature present.
    const { rows } = await client.query({
      text: `SELECT (extract(epoch FROM x.recorded_at) * 1000)::float8 AS at, x.temperature_c AS c
             FROM unit_sensor s JOIN telemetry x ON x.tag_id = s.tag_id
             WHERE s.unit_id = $1 AND x.temperature_c IS NOT NULL ORDER BY x.recorded_at`,
      values: [unitId],
      rowMode: 'array',
    });
    const at = new Float64Array(rows.length);
    const temp = new Float64Array(rows.length);
    rows.forEach((r, i) => {
      at[i] = r[0];
      temp[i] = r[1];
    });
    const days = [];
    let lo = 0;
    for (const bound of bounds) {
      while (lo < at.length && at[lo] < bound.start) {
        lo++;
      }
      let hi = lo;
      while (hi < at.length && at[hi] < bound.end) {
        hi++;
      }
      const mine = stored.get(bound.day);
      if (!mine || check) {
        const ours = computeDay(domain, profile, bound, at, temp, lo, hi);
        if (mine) {
          result.checked += 1;
          const diff = differences(mine, ours);
          if (diff.length > 0 && result.mismatches.length < 5) {
            result.mismatches.push({ unitId, day: bound.day, fields: diff });
          }
        } else {
          days.push(ours);
        }
      }
      lo = hi;
    }
    if (days.length > 0) {
      await client.query(
        `INSERT INTO compliance_day (unit_id, day, readings, min_c, max_c, mean_c, arrhenius_sum, mkt_c,
                                     minutes_out_of_range, gap_minutes, gaps, computed_at)
         SELECT $1, d.day::date, d.readings, d.min_c, d.max_c, d.mean_c, d.arrhenius_sum, d.mkt_c,
                d.minutes_out_of_range, d.gap_minutes, d.gaps, now()
         FROM jsonb_to_recordset($2::jsonb) AS d(day text, readings int, min_c float8, max_c float8,
              mean_c float8, arrhenius_sum float8, mkt_c float8, minutes_out_of_range int,
              gap_minutes float8, gaps jsonb)
         ON CONFLICT (unit_id, day) DO NOTHING`,
        [unitId, JSON.stringify(days)],
      );
      result.stored += days.length;
    }
  };

  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await pool.connect();
      try {
        while (next < unitIds.length) {
          await fillUnit(client, unitIds[next++]);
          done += 1;
          if (performance.now() - lastPrint >= PROGRESS_EVERY_S * 1000) {
            lastPrint = performance.now();
            info(
              `[fill] ${done}/${unitIds.length} units, ${result.stored.toLocaleString('en-US')} days stored`,
            );
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
