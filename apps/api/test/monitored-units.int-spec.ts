import type { MonitoredUnitDto, TemporaryOverrideDto, UnitSeriesDto } from '@wardwatch/contracts';
import request from 'supertest';

import { EnvironmentRulesService } from '../src/modules/environment/environment-rules.service';
import { TelemetryRollupsService } from '../src/modules/environment/telemetry-rollups.service';
import { makeFloor, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

const MIN = 60_000;

describe('monitored units: rollups, charts, condition, temporary overrides (real API and PostgreSQL)', () => {
  let t: TestApp;
  let facilities: string;
  let floorId: string;
  let unitId: string;
  let tagId: string;
  // Readings every 20 s for the last 30 minutes, but none in minutes 10–14 ago (a gap); °C = 21 + minute/10.
  const now = Math.floor(Date.now() / MIN) * MIN;
  const readings: { at: number; c: number; h: number }[] = [];
  for (let ago = 30; ago >= 1; ago--) {
    if (ago >= 10 && ago < 15) {
      continue;
    }
    for (const s of [0, 20, 40]) {
      readings.push({ at: now - ago * MIN + s * 1000, c: 21 + ago / 10 + s / 100, h: 40 + s / 10 });
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    const made = await makeFloor(t.db);
    floorId = made.floor.id;
    facilities = await tokenFor(t, 'facilities');
    [{ id: unitId }] = await t.db.query(
      `INSERT INTO monitored_unit (name, kind, profile_code, room_id, overrides)
       VALUES ('OR 1', 'room', 'operating-room', $1, '{}') RETURNING id`,
      [made.rooms[3].id],
    );
    [{ id: tagId }] = await t.db.query(
      `INSERT INTO tag (mac, kind) VALUES ('C8:00:00:00:02:01', 'environment-sensor') RETURNING id`,
    );
    await t.db.query(`INSERT INTO unit_sensor (unit_id, tag_id) VALUES ($1, $2)`, [unitId, tagId]);
    await t.db.query(
      `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c, humidity_pct)
       SELECT $1, to_timestamp(at / 1000.0), 'wardwatch-telemetry', c, h FROM unnest($2::float8[], $3::real[], $4::real[]) AS r(at, c, h)`,
      [tagId, readings.map((r) => r.at), readings.map((r) => r.c), readings.map((r) => r.h)],
    );
    await t.app.get(TelemetryRollupsService).rollUp(new Date(now), 40);
  });

  afterAll(() => t.close());

  const api = (role = facilities) => ({
    get: (path: string) => request(t.http).get(path).set('Authorization', `Bearer ${role}`),
    put: (path: string, body: object) =>
      request(t.http).put(path).set('Authorization', `Bearer ${role}`).send(body),
    post: (path: string, body: object) =>
      request(t.http).post(path).set('Authorization', `Bearer ${role}`).send(body),
  });

  it("gives each unit its site's time zone, the clock its charts and compliance days follow", async () => {
    await t.db.query(
      `UPDATE site SET timezone = 'Europe/Lisbon' WHERE id = (SELECT b.site_id FROM monitored_unit u
         JOIN room r ON r.id = u.room_id JOIN floor f ON f.id = r.floor_id JOIN building b ON b.id = f.building_id
         WHERE u.id = $1)`,
      [unitId],
    );
    expect((await api().get(`/api/v1/monitored-units/${unitId}`).expect(200)).body.timezone).toBe(
      'Europe/Lisbon',
    );
  });

  it('charts min, max and mean per minute from the rollups, leaving the gap empty', async () => {
    const from = new Date(now - 30 * MIN).toISOString();
    const to = new Date(now).toISOString();
    const series: UnitSeriesDto = (
      await api()
        .get(`/api/v1/monitored-units/${unitId}/series?from=${from}&to=${to}&bucket=minute`)
        .expect(200)
    ).body;
    expect(series.temperatureC).toHaveLength(25);
    const tenAgo = series.temperatureC.find((p) => p.at === new Date(now - 10 * MIN).toISOString());
    expect(tenAgo).toBeUndefined();
    const first = series.temperatureC[0];
    const inFirst = readings.filter((r) => r.at >= now - 30 * MIN && r.at < now - 29 * MIN).map((r) => r.c);
    expect(first).toMatchObject({ at: from, n: 3 });
    expect(first.min).toBeCloseTo(Math.min(...inFirst), 4);
    expect(first.max).toBeCloseTo(Math.max(...inFirst), 4);
    expect(first.mean).toBeCloseTo(inFirst.reduce((a, b) => a + b, 0) / 3, 2);
    const hours: UnitSeriesDto = (
      await api()
        .get(
          `/api/v1/monitored-units/${unitId}/series?from=${new Date(now - 2 * 3600_000).toISOString()}&to=${to}&bucket=hour`,
        )
        .expect(200)
    ).body;
    expect(hours.temperatureC.reduce((n, p) => n + p.n, 0)).toBe(readings.length);
  });

  it('lists the floor’s units with the limits in force, the latest reading and the condition', async () => {
    const units: MonitoredUnitDto[] = (
      await api().get(`/api/v1/monitored-units?floorId=${floorId}`).expect(200)
    ).body;
    expect(units).toEqual([
      expect.objectContaining({
        id: unitId,
        profileName: 'Operating room',
        temperatureC: { min: 20, max: 24 },
        humidityPct: { min: 20, max: 60 },
        condition: 'ok',
        openAlerts: 0,
        sensorMacs: ['C8:00:00:00:02:01'],
        override: null,
      }),
    ]);
    expect(units[0].latest?.at).toBe(new Date(readings[readings.length - 1].at).toISOString());
  });

  it('records a surgeon’s temporary override with who and why, and the rules use it', async () => {
    // The OR is at 18 °C for 40 minutes: an excursion under the default 20–24 °C …
    await t.db.query(`DELETE FROM telemetry WHERE tag_id = $1`, [tagId]);
    await t.db.query(
      `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c, humidity_pct)
       SELECT $1, to_timestamp(($2::float8 + m * 60000) / 1000.0), 'test', 18, 40 FROM generate_series(0, 40) AS m`,
      [tagId, now - 40 * MIN],
    );
    const rules = t.app.get(EnvironmentRulesService);
    expect(await rules.evaluate(new Date(now))).toMatchObject({ opened: 1 });
    await t.db.query(`DELETE FROM alert`);
    // … but not once the surgeon's request for 17–24 °C is recorded.
    const bad = await api().post(`/api/v1/monitored-units/${unitId}/overrides`, {
      temperatureC: { min: 17, max: 24 },
      requestedBy: 'Dr A. Osei',
      reason: 'x',
      until: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(['reason must be 5 to 2000 characters']);
    const created = await api()
      .post(`/api/v1/monitored-units/${unitId}/overrides`, {
        temperatureC: { min: 17, max: 24 },
        requestedBy: 'Dr A. Osei, cardiac surgeon',
        reason: 'Paediatric case: the team asked for a cooler theatre',
        until: new Date(Date.now() + 3600_000).toISOString(),
      })
      .expect(201);
    expect(created.body).toMatchObject({
      enteredBy: 'facilities@test.local',
      temperatureC: { min: 17, max: 24 },
    });
    // (Evaluated now: the override is in force from the moment it was entered.)
    expect(await rules.evaluate(new Date())).toMatchObject({ opened: 0 });
    const [unit]: MonitoredUnitDto[] = (
      await api().get(`/api/v1/monitored-units?floorId=${floorId}`).expect(200)
    ).body;
    expect(unit).toMatchObject({
      temperatureC: { min: 17, max: 24 },
      override: { requestedBy: 'Dr A. Osei, cardiac surgeon' },
    });
    const biomed = await tokenFor(t, 'biomed');
    await api(biomed).post(`/api/v1/monitored-units/${unitId}/overrides`, {}).expect(403);
  });

  it('ends a temporary override early: limits back to the profile’s at once, who and why on record', async () => {
    // A second OR, with its own sensor at 18 °C for the last 40 minutes.
    const [{ id: or2 }] = await t.db.query(
      `INSERT INTO monitored_unit (name, kind, profile_code, room_id, overrides)
       VALUES ('OR 2', 'room', 'operating-room', $1, '{}') RETURNING id`,
      [(await t.db.query(`SELECT room_id FROM monitored_unit WHERE id = $1`, [unitId]))[0].room_id],
    );
    const [{ id: tag2 }] = await t.db.query(
      `INSERT INTO tag (mac, kind) VALUES ('C8:00:00:00:02:02', 'environment-sensor') RETURNING id`,
    );
    await t.db.query(`INSERT INTO unit_sensor (unit_id, tag_id) VALUES ($1, $2)`, [or2, tag2]);
    await t.db.query(
      `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c, humidity_pct)
       SELECT $1, now() - make_interval(mins => m), 'test', 18, 40 FROM generate_series(0, 40) AS m`,
      [tag2],
    );
    const rules = t.app.get(EnvironmentRulesService);
    const alertsOf2 = async (): Promise<string[]> =>
      (
        await t.db.query(`SELECT kind FROM alert WHERE starts_with(condition_key, $1) ORDER BY kind`, [
          `env:${or2}:`,
        ])
      ).map((a: { kind: string }) => a.kind);

    const created: TemporaryOverrideDto = (
      await api()
        .post(`/api/v1/monitored-units/${or2}/overrides`, {
          temperatureC: { min: 17, max: 21 },
          requestedBy: 'Dr B. Mensah, surgeon',
          reason: 'Long case: the team asked for a cooler theatre',
          until: new Date(Date.now() + 2 * 3600_000).toISOString(),
        })
        .expect(201)
    ).body;
    expect(created.endedEarly).toBeNull();
    expect((await api().get(`/api/v1/monitored-units/${or2}`).expect(200)).body).toMatchObject({
      temperatureC: { min: 17, max: 21 },
      override: { id: created.id },
    });
    await rules.evaluate(new Date());
    expect(await alertsOf2()).toEqual([]);

    const end = (body: object, role = facilities, overrideId = created.id, unit = or2) =>
      api(role).post(`/api/v1/monitored-units/${unit}/overrides/${overrideId}/end`, body);
    // A reason is required; only those who may set overrides may end them.
    const blank = await end({ reason: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.message).toEqual(['reason must be 5 to 2000 characters']);
    await end({ reason: 'Case finished early' }, await tokenFor(t, 'biomed')).expect(403);
    await end({ reason: 'Case finished early' }, await tokenFor(t, 'supply')).expect(403);
    await end({ reason: 'Case finished early' }, facilities, '00000000-0000-4000-8000-000000000000').expect(
      404,
    );
    // An override of another unit is not found under this one.
    const [{ id: ofOr1 }] = await t.db.query(`SELECT id FROM temporary_override WHERE unit_id = $1`, [
      unitId,
    ]);
    await end({ reason: 'Case finished early' }, facilities, ofOr1).expect(404);

    const before = Date.now();
    const ended: TemporaryOverrideDto = (
      await end({ reason: '  Case finished at 14:10; theatre back to normal  ' }).expect(200)
    ).body;
    expect(ended).toMatchObject({
      id: created.id,
      startsAt: created.startsAt,
      endedEarly: {
        by: 'facilities@test.local',
        reason: 'Case finished at 14:10; theatre back to normal',
        plannedEndsAt: created.endsAt,
      },
    });
    // It ended now (never later than planned).
    expect(Math.abs(Date.parse(ended.endsAt) - before)).toBeLessThan(5_000);

    // The unit's limits are the profile's again, at once, for the API and for the rules.
    expect((await api().get(`/api/v1/monitored-units/${or2}`).expect(200)).body).toMatchObject({
      temperatureC: { min: 20, max: 24 },
      override: null,
    });
    // The 40 minutes at 18 °C were under the override's limits: not judged by the profile's, no alarm …
    await rules.evaluate(new Date());
    expect(await alertsOf2()).toEqual([]);
    // … but 18 °C for the 40 minutes after the end is an excursion (the OR's delay is 30 minutes).
    await t.db.query(
      `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c, humidity_pct)
       SELECT $1, $2::timestamptz + make_interval(mins => m), 'test', 18, 40 FROM generate_series(1, 40) AS m`,
      [tag2, ended.endsAt],
    );
    await rules.evaluate(new Date(Date.parse(ended.endsAt) + 40 * 60_000));
    expect(await alertsOf2()).toEqual(['temperature-excursion']);

    // The unit's record of overrides shows it ended, by whom and why.
    const history: TemporaryOverrideDto[] = (
      await api(await tokenFor(t, 'biomed'))
        .get(`/api/v1/monitored-units/${or2}/overrides`)
        .expect(200)
    ).body;
    expect(history).toEqual([ended]);

    // Ending it again, or one that ran to its planned end, is a conflict that says why.
    const again = await end({ reason: 'Case finished early' });
    expect(again.status).toBe(409);
    expect(again.body.message).toEqual([
      `temporary override ${created.id} was already ended at ${ended.endsAt} by facilities@test.local: Case finished at 14:10; theatre back to normal`,
    ]);
    const [{ id: expired }] = await t.db.query(
      `INSERT INTO temporary_override (unit_id, overrides, requested_by, reason, starts_at, ends_at)
       VALUES ($1, '{"temperatureC": {"min": 17, "max": 21}}', 'Dr B. Mensah', 'Earlier case', now() - interval '3 hours',
               now() - interval '1 hour') RETURNING id`,
      [or2],
    );
    const late = await end({ reason: 'Case finished early' }, facilities, expired);
    expect(late.status).toBe(409);
    expect(late.body.message[0]).toMatch(/already ended at .*, as planned$/);
    const [row] = await t.db.query(`SELECT ended_by, end_reason FROM temporary_override WHERE id = $1`, [
      expired,
    ]);
    expect(row).toEqual({ ended_by: null, end_reason: null });
  });

  it('replaces the override in force with a new one, on the record: one in force at a time, side by side', async () => {
    const [{ id: or3 }] = await t.db.query(
      `INSERT INTO monitored_unit (name, kind, profile_code, room_id, overrides)
       VALUES ('OR 3', 'room', 'operating-room', (SELECT room_id FROM monitored_unit WHERE id = $1), '{}')
       RETURNING id`,
      [unitId],
    );
    const ask = (requestedBy: string, min: number) =>
      api()
        .post(`/api/v1/monitored-units/${or3}/overrides`, {
          temperatureC: { min, max: 24 },
          requestedBy,
          reason: 'The team asked for a cooler theatre',
          until: new Date(Date.now() + 3600_000).toISOString(),
        })
        .expect(201)
        .then((r) => r.body as TemporaryOverrideDto);
    const first = await ask('Dr A. Osei', 18);
    const second = await ask('Dr C. Boateng', 17);

    // The unit's limits are the newest request's, and the first one is ended at the moment the second began.
    expect((await api().get(`/api/v1/monitored-units/${or3}`).expect(200)).body).toMatchObject({
      temperatureC: { min: 17, max: 24 },
      override: { id: second.id },
    });
    const history: TemporaryOverrideDto[] = (
      await api().get(`/api/v1/monitored-units/${or3}/overrides`).expect(200)
    ).body;
    expect(history.map((o) => o.id)).toEqual([second.id, first.id]);
    expect(history[1]).toMatchObject({
      endsAt: second.startsAt,
      endedEarly: {
        by: 'facilities@test.local',
        reason: 'Replaced by a new override requested by Dr C. Boateng',
        plannedEndsAt: first.endsAt,
      },
    });
    expect(history[0].endedEarly).toBeNull();

    // Requests at the same moment still leave exactly one in force.
    await Promise.all([ask('Dr D. Owusu', 16), ask('Dr E. Asante', 19)]);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM temporary_override WHERE unit_id = $1 AND starts_at <= now() AND ends_at > now()`,
      [or3],
    );
    expect(n).toBe(1);
  });

  it('applies a site policy and a unit override on top of the profile, and refuses nonsense', async () => {
    const admin = await tokenFor(t, 'admin');
    const [{ id: siteId }] = await t.db.query(`SELECT id FROM site LIMIT 1`);
    await api(admin)
      .put(`/api/v1/sites/${siteId}/profiles/operating-room`, { humidityPct: { min: 30, max: 60 } })
      .expect(200);
    const unit: MonitoredUnitDto = (
      await api()
        .put(`/api/v1/monitored-units/${unitId}/profile-overrides`, {
          delayMin: 15,
          hardLimitsC: { min: 10, max: null },
        })
        .expect(200)
    ).body;
    expect(unit.humidityPct).toEqual({ min: 30, max: 60 });
    const bad = await api(admin).put(`/api/v1/sites/${siteId}/profiles/sauna`, {});
    expect(bad.status).toBe(400);
    expect(bad.body.message[0]).toContain('profileCode must be one of');
    const negative = await api().put(`/api/v1/monitored-units/${unitId}/profile-overrides`, { delayMin: -5 });
    expect(negative.body.message).toEqual(['delayMin must not be negative']);
    const [{ overrides }] = await t.db.query(`SELECT overrides FROM monitored_unit WHERE id = $1`, [unitId]);
    expect(overrides).toEqual({ delayMin: 15, hardLimitsC: { min: 10, max: null } });
  });

  it('drops monthly partitions past retention, and only those', async () => {
    await t.db.query(
      `CREATE TABLE telemetry_y2020m01 PARTITION OF telemetry FOR VALUES FROM ('2020-01-01') TO ('2020-02-01')`,
    );
    const kept = await t.db.query(`SELECT ww_ensure_telemetry_partitions(1) AS made`);
    expect(kept).toBeDefined();
    const result = await t.app.get(TelemetryRollupsService).applyRetention(36);
    expect(result.partitions).toBe(1);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM pg_class WHERE relname = 'telemetry_y2020m01'`,
    );
    expect(n).toBe(0);
    const [{ current }] = await t.db.query(
      `SELECT count(*)::int AS current FROM pg_class WHERE relname = 'telemetry_y' || to_char(now(), 'YYYY') || 'm' || to_char(now(), 'MM')`,
    );
    expect(current).toBe(1);
  });
});
