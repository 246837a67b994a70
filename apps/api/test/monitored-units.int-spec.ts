import type { MonitoredUnitDto, UnitSeriesDto } from '@wardwatch/contracts';
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
