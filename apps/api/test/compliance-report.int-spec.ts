import type { ComplianceReportDto } from '@wardwatch/contracts';
import request from 'supertest';

import { makeFloor, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

const MIN = 60_000;
// The test site is in Europe/Berlin (UTC+1 in November): 10 November starts at 23:00 UTC on the 9th.
const DAY1 = Date.parse('2026-11-09T23:00:00Z');
const DAY2 = DAY1 + 1440 * MIN;

/** Around midnight between the days the logger slows to a reading every 5 minutes, at m ≡ 2 (mod 5). */
const slowLogger = (m: number) => m >= 1400 && m < 1480;

/**
 * A deterministic pseudo-random walk, so the figures are not round numbers. Out of range (9–10 °C):
 * - day 1, 09:50–10:00 local, just before a 100-minute data gap: the last reading (09:59:40) holds only
 *   30 minutes into the gap, so day 1 has 9 min 40 s + 30 min from it;
 * - the slow logger's readings from 23:47 to 00:07 local, holding until 00:12: 13 minutes on day 1 and
 *   12 on day 2 (the day-1 reading at 23:57 covers day 2's first 2 minutes);
 * - door openings on day 2: 25 minutes from 08:00 local.
 */
function readingsFor(): { at: number; c: number }[] {
  const out: { at: number; c: number }[] = [];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let m = -30; m < 2 * 1440 + 30; m++) {
    if (m >= 600 && m < 700) {
      continue; // a 100-minute data gap on day 1
    }
    if (slowLogger(m) && m % 5 !== 2) {
      continue;
    }
    const beforeGap = m >= 590 && m < 600;
    const acrossMidnight = slowLogger(m) && m >= 1427 && m <= 1447;
    const door = m >= 1440 + 480 && m < 1440 + 505;
    const warm = beforeGap || acrossMidnight || door;
    for (const s of slowLogger(m) ? [0] : [0, 20, 40]) {
      out.push({
        at: DAY1 + m * MIN + s * 1000,
        c: Math.round((warm ? 9 + rand() : 4 + 2 * rand()) * 100) / 100,
      });
    }
  }
  return out;
}

/**
 * The report's definitions, computed here again from the raw readings. Time out of range: each reading
 * out of 2–8 °C holds from its time until the next reading, at most gapMin, clipped to the day; rounded
 * to the minute. (Every reading here has a next one, so a silent sensor's last reading never arises.)
 */
function expectedDay(all: { at: number; c: number }[], start: number, gapMin: number) {
  const end = start + 1440 * MIN;
  const day = all.filter((r) => r.at >= start && r.at < end);
  const temps = day.map((r) => r.c);
  const mean = temps.reduce((a, b) => a + b, 0) / temps.length;
  const arr = temps.reduce((a, c) => a + Math.exp(-10000 / (c + 273.15)), 0) / temps.length;
  const sorted = [...all].sort((a, b) => a.at - b.at);
  let outMs = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (sorted[i].c < 2 || sorted[i].c > 8) {
      const holdsUntil = Math.min(sorted[i + 1].at, sorted[i].at + gapMin * MIN);
      outMs += Math.max(0, Math.min(holdsUntil, end) - Math.max(sorted[i].at, start));
    }
  }
  const times = sorted.map((r) => r.at);
  let gapMinutes = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i] - times[i - 1] > gapMin * MIN) {
      gapMinutes += (Math.min(times[i], end) - Math.max(times[i - 1], start)) / MIN;
    }
  }
  return {
    readings: temps.length,
    minC: Math.min(...temps),
    maxC: Math.max(...temps),
    meanC: mean,
    mktC: 10000 / -Math.log(arr) - 273.15,
    minutesOutOfRange: Math.round(outMs / MIN),
    gapMinutes: Math.max(0, gapMinutes),
  };
}

describe('compliance report (real API and PostgreSQL)', () => {
  let t: TestApp;
  let unitId: string;
  let facilities: string;
  const readings = readingsFor();

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    const { rooms } = await makeFloor(t.db);
    facilities = await tokenFor(t, 'facilities');
    [{ id: unitId }] = await t.db.query(
      `INSERT INTO monitored_unit (name, kind, profile_code, room_id, overrides)
       VALUES ('Vaccine fridge 1', 'fridge', 'vaccine-fridge', $1, '{}') RETURNING id`,
      [rooms[1].id],
    );
    const [tag] = await t.db.query(
      `INSERT INTO tag (mac, kind) VALUES ('C8:00:00:00:01:01', 'environment-sensor') RETURNING id`,
    );
    await t.db.query(`INSERT INTO unit_sensor (unit_id, tag_id) VALUES ($1, $2)`, [unitId, tag.id]);
    await t.db.query(
      `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c)
       SELECT $1, to_timestamp(at / 1000.0), 'wardwatch-telemetry', c FROM unnest($2::float8[], $3::float8[]) AS r(at, c)`,
      [tag.id, readings.map((r) => r.at), readings.map((r) => r.c)],
    );
    // The door-opening excursion of day 2, acknowledged and resolved by facilities.
    const [user] = await t.db.query(`SELECT id FROM app_user WHERE email = 'facilities@test.local'`);
    await t.db.query(
      `INSERT INTO alert (kind, severity, state, condition_key, title, detail, opened_at, last_triggered_at,
                          acknowledged_at, acknowledged_by, resolved_at, resolved_by, resolution_note)
       VALUES ('temperature-excursion', 'critical', 'resolved', $1, 'Fridge warm', 'out of 2–8 °C', $2, $2, $3, $4, $5, $4,
               'Door left ajar by a delivery; contents quarantined, pharmacist approved use')`,
      [
        `env:${unitId}:temperature-excursion:temperature`,
        new Date(DAY2 + 501 * MIN),
        new Date(DAY2 + 510 * MIN),
        user.id,
        new Date(DAY2 + 540 * MIN),
      ],
    );
    // Documented temporary limits: one across midnight into day 2 (a defrost), one within day 2 ended early.
    await t.db.query(
      `INSERT INTO temporary_override (unit_id, overrides, requested_by, reason, entered_by, starts_at, ends_at,
                                       planned_ends_at, ended_by, end_reason)
       VALUES ($1, '{"temperatureC": {"min": 2, "max": 10}}', 'Pharmacy lead', 'Scheduled defrost', $2, $3, $4,
               NULL, NULL, NULL),
              ($1, '{"temperatureC": {"min": 1, "max": 9}}', 'Dr K. Mensah', 'Stock move during repair', $2, $5, $6,
               $7, $2, 'Repair finished early')`,
      [
        unitId,
        user.id,
        new Date(DAY2 - 30 * MIN),
        new Date(DAY2 + 30 * MIN),
        new Date(DAY2 + 600 * MIN),
        new Date(DAY2 + 630 * MIN),
        new Date(DAY2 + 720 * MIN),
      ],
    );
  });

  afterAll(() => t.close());

  const get = (query: string) =>
    request(t.http).get(`/api/v1/compliance/report?${query}`).set('Authorization', `Bearer ${facilities}`);

  it('gives per-day figures equal to those computed independently from the raw readings', async () => {
    const report: ComplianceReportDto = (
      await get(`from=2026-11-10&to=2026-11-11&unitId=${unitId}`).expect(200)
    ).body;
    expect(report.timezone).toBe('Europe/Berlin');
    const [unit] = report.units;
    expect(unit).toMatchObject({ unitName: 'Vaccine fridge 1', temperatureRange: { min: 2, max: 8 } });
    for (const [i, start] of [DAY1, DAY2].entries()) {
      const want = expectedDay(readings, start, 30);
      const got = unit.days[i];
      expect(got.readings).toBe(want.readings);
      expect(got.minC).toBeCloseTo(want.minC, 4);
      expect(got.maxC).toBeCloseTo(want.maxC, 4);
      expect(got.meanC).toBeCloseTo(want.meanC, 4);
      expect(got.mktC).toBeCloseTo(want.mktC, 4);
      expect(got.minutesOutOfRange).toBe(want.minutesOutOfRange);
      expect(got.gapMinutes).toBeCloseTo(want.gapMinutes, 6);
    }
    expect(unit.days[0].gaps).toEqual([
      {
        from: new Date(DAY1 + 599 * MIN + 40_000).toISOString(),
        to: new Date(DAY1 + 700 * MIN).toISOString(),
      },
    ]);
    // By hand (see readingsFor): day 1 9:40 + 30 + 13 = 52:40, day 2 12 + 25.
    expect(unit.days[0].minutesOutOfRange).toBe(53);
    expect(unit.days[1].minutesOutOfRange).toBe(37);
    expect(unit.days[1].excursions).toEqual([
      expect.objectContaining({
        kind: 'temperature-excursion',
        acknowledgedBy: 'facilities@test.local',
        resolvedBy: 'facilities@test.local',
        resolutionNote: 'Door left ajar by a delivery; contents quarantined, pharmacist approved use',
      }),
    ]);
    // The documented temporary limits of each day, on the site's clock: the defrost on both, the repair on day 2.
    expect(unit.days[0].temporaryLimits.map((o) => o.reason)).toEqual(['Scheduled defrost']);
    expect(unit.days[1].temporaryLimits).toEqual([
      expect.objectContaining({
        reason: 'Scheduled defrost',
        temperatureC: { min: 2, max: 10 },
        startsAt: new Date(DAY2 - 30 * MIN).toISOString(),
        endsAt: new Date(DAY2 + 30 * MIN).toISOString(),
        enteredBy: 'facilities@test.local',
        endedEarly: null,
      }),
      expect.objectContaining({
        requestedBy: 'Dr K. Mensah',
        endedEarly: {
          by: 'facilities@test.local',
          reason: 'Repair finished early',
          plannedEndsAt: new Date(DAY2 + 720 * MIN).toISOString(),
        },
      }),
    ]);
    const [day10] = (await get(`from=2026-11-10&to=2026-11-10&unitId=${unitId}`).expect(200)).body.units[0]
      .days;
    expect(day10.temporaryLimits).toHaveLength(1);
    // Past days are kept for the three-year record; asking again reads them back unchanged.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM compliance_day WHERE unit_id = $1`, [
      unitId,
    ]);
    expect(n).toBe(2);
    const again: ComplianceReportDto = (
      await get(`from=2026-11-10&to=2026-11-11&unitId=${unitId}`).expect(200)
    ).body;
    expect(again).toEqual(report);
  });

  it('downloads the same figures as CSV, one row per unit and day', async () => {
    const res = await get(`from=2026-11-10&to=2026-11-11&unitId=${unitId}&format=csv`).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('wardwatch-compliance-2026-11-10-to-2026-11-11.csv');
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe(
      'unit,profile,day,readings,min_c,max_c,mean_c,mkt_c,minutes_out_of_range,data_gap_minutes,excursions,actions,temporary_limits',
    );
    expect(lines).toHaveLength(3);
    const want = expectedDay(readings, DAY2, 30);
    expect(lines[2]).toContain(`2026-11-11,${want.readings},${want.minC.toFixed(2)},${want.maxC.toFixed(2)}`);
    expect(lines[2]).toContain('acknowledged by facilities@test.local');
    expect(lines[2]).toContain(
      `temperature 1–9 °C from ${new Date(DAY2 + 600 * MIN).toISOString()} until ${new Date(DAY2 + 630 * MIN).toISOString()}, ` +
        'requested by Dr K. Mensah: Stock move during repair; entered by facilities@test.local; ended early by facilities@test.local: Repair finished early',
    );
  });

  it('refuses bad ranges and other roles with the reason', async () => {
    expect((await get('from=2026-11-11&to=2026-11-10')).body.message).toEqual([
      'from must be on or before to',
    ]);
    expect((await get('from=2025-01-01&to=2026-11-10')).status).toBe(400);
    expect((await get('from=yesterday&to=2026-11-10')).body.message).toContain(
      'from must be a date such as 2026-11-01',
    );
    const biomed = await tokenFor(t, 'biomed');
    await request(t.http)
      .get('/api/v1/compliance/report?from=2026-11-10&to=2026-11-11')
      .set('Authorization', `Bearer ${biomed}`)
      .expect(403);
  });
});
