import type { UtilisationReportDto } from '@wardwatch/contracts';
import request from 'supertest';

import { TelemetryRollupsService } from '../src/modules/environment/telemetry-rollups.service';
import { makeAsset, makeFloor, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

const MIN = 60_000;

describe('equipment utilisation from smart-plug power (real API and PostgreSQL)', () => {
  let t: TestApp;
  let biomed: string;
  const pumps: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    await makeFloor(t.db); // its site is in Europe/Berlin
    biomed = await tokenFor(t, 'biomed');
    for (const [n, mac] of [
      [1, 'C9:00:00:00:00:01'],
      [2, 'C9:00:00:00:00:02'],
    ] as const) {
      const asset = await makeAsset(t.db, { assetTag: `UTIL-${n}`, categoryCode: 'infusion-pump' });
      pumps.push(asset.id);
      await request(t.http)
        .put(`/api/v1/assets/${asset.id}/plug`)
        .set('Authorization', `Bearer ${biomed}`)
        .send({ mac, inUseAboveW: 15 })
        .expect(200);
    }
    // 10 November (Berlin) = 2026-11-09T23:00Z onwards. Pump 1: 120 min drawing 40 W then 60 min at 3 W.
    // Pump 2: 30 min at 16 W, 30 min at exactly 15 W (not above the threshold), then silent.
    const start = Date.parse('2026-11-09T23:00:00Z');
    const rows: [string, number, number][] = [];
    for (let m = 0; m < 180; m++) {
      rows.push(['C9:00:00:00:00:01', start + m * MIN, m < 120 ? 40 : 3]);
    }
    for (let m = 0; m < 60; m++) {
      rows.push(['C9:00:00:00:00:02', start + m * MIN, m < 30 ? 16 : 15]);
    }
    await t.db.query(
      `INSERT INTO telemetry (tag_id, recorded_at, format, power_w, power_on)
       SELECT t.id, to_timestamp(r.at / 1000.0), 'test', r.w, true
       FROM unnest($1::text[], $2::float8[], $3::real[]) AS r(mac, at, w) JOIN tag t ON t.mac = r.mac`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
    await t.app.get(TelemetryRollupsService).rollUp(new Date(start + 200 * MIN), 24 * 60);
  });

  afterAll(() => t.close());

  it('counts in-use minutes above each plug’s threshold, per asset and per category', async () => {
    const report: UtilisationReportDto = (
      await request(t.http)
        .get('/api/v1/utilisation?from=2026-11-10&to=2026-11-10&category=infusion-pump')
        .set('Authorization', `Bearer ${biomed}`)
        .expect(200)
    ).body;
    expect(report.timezone).toBe('Europe/Berlin');
    expect(report.assets.map((a) => [a.assetTag, a.days])).toEqual([
      ['UTIL-1', [{ day: '2026-11-10', inUseMinutes: 120, observedMinutes: 180, utilisation: 0.6667 }]],
      ['UTIL-2', [{ day: '2026-11-10', inUseMinutes: 30, observedMinutes: 60, utilisation: 0.5 }]],
    ]);
    expect(report.categories).toEqual([
      {
        categoryCode: 'infusion-pump',
        assets: 2,
        days: [{ day: '2026-11-10', inUseMinutes: 150, observedMinutes: 240, utilisation: 0.625 }],
      },
    ]);
  });

  it('refuses a plug already powering another device, and bad input, with the reason', async () => {
    const taken = await request(t.http)
      .put(`/api/v1/assets/${pumps[1]}/plug`)
      .set('Authorization', `Bearer ${biomed}`)
      .send({ mac: 'C9:00:00:00:00:01', inUseAboveW: 15 });
    expect(taken.status).toBe(400);
    expect(taken.body.message).toEqual(['mac: plug C9:00:00:00:00:01 already powers UTIL-1']);
    const negative = await request(t.http)
      .put(`/api/v1/assets/${pumps[1]}/plug`)
      .set('Authorization', `Bearer ${biomed}`)
      .send({ mac: 'C9:00:00:00:00:09', inUseAboveW: -1 });
    expect(negative.body.message).toEqual(['inUseAboveW must not be negative']);
  });
});
