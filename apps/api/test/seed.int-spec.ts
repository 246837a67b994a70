import { createHash } from 'node:crypto';

import request from 'supertest';

import { demoGatewayKey } from '@wardwatch/demo-hospital';
import { seedDemoHospital } from '../src/seed/demo-seeder';
import { DEMO_PASSWORD } from '../src/seed/demo-users';
import { createTestApp, TestApp, truncateAll } from './test-app';

const SECRET = 'seed-test-secret-0123456789';

describe('demo hospital seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
  });

  afterAll(async () => {
    await truncateAll(t.db);
    await t.close();
  });

  it('seeds Wardwatch General into an empty database', async () => {
    const result = await seedDemoHospital(t.db, SECRET);
    expect(result.seeded).toBe(true);
    const count = async (table: string): Promise<number> =>
      (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    expect(await count('building')).toBeGreaterThanOrEqual(2);
    expect(await count('floor')).toBeGreaterThanOrEqual(6);
    expect(await count(`room WHERE space_class <> 'corridor'`)).toBeGreaterThanOrEqual(300);
    expect(await count('asset')).toBeGreaterThanOrEqual(2000);
    expect(await count('(SELECT DISTINCT category_id FROM asset) c')).toBeGreaterThanOrEqual(12);
    expect(await count(`room r WHERE NOT EXISTS (SELECT 1 FROM gateway g WHERE g.room_id = r.id)`)).toBe(0);
    expect(
      await count(`room r WHERE r.space_class IN ('operating-room','medication-room','sterile-storage')
                   AND NOT EXISTS (SELECT 1 FROM tag t WHERE t.installed_room_id = r.id AND t.kind = 'environment-sensor')`),
    ).toBe(0);
    expect(result.counts['assets']).toBe(await count('asset'));
    // Every OR is a monitored unit on the OR profile, every fridge/freezer/incubator a unit of its own,
    // and every unit has a sensor.
    expect(
      await count(`room r WHERE r.space_class = 'operating-room' AND NOT EXISTS
                   (SELECT 1 FROM monitored_unit u WHERE u.room_id = r.id AND u.profile_code = 'operating-room')`),
    ).toBe(0);
    expect(
      await count(`asset a JOIN asset_category c ON c.id = a.category_id
                   WHERE c.code IN ('medication-refrigerator','vaccine-freezer','plasma-freezer')
                   AND NOT EXISTS (SELECT 1 FROM monitored_unit u WHERE u.asset_id = a.id)`),
    ).toBe(0);
    expect(
      await count(`monitored_unit u WHERE NOT EXISTS (SELECT 1 FROM unit_sensor s WHERE s.unit_id = u.id)`),
    ).toBe(0);
    expect(result.counts['monitoredUnits']).toBe(await count('monitored_unit'));
    expect(await count('monitored_unit')).toBeGreaterThanOrEqual(90);
  });

  it('changes nothing when run again', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n, max(id::text) AS m FROM asset');
    expect((await seedDemoHospital(t.db, SECRET)).seeded).toBe(false);
    expect(await t.db.query('SELECT count(*)::int AS n, max(id::text) AS m FROM asset')).toEqual(before);
  });

  it('derives each demo gateway key from the secret and stores only its hash', async () => {
    const [gw] = await t.db.query('SELECT mac, key_hash FROM gateway ORDER BY mac LIMIT 1');
    expect(gw.key_hash).toBe(createHash('sha256').update(demoGatewayKey(SECRET, gw.mac)).digest('hex'));
  });

  it('lets every demo user sign in with the demo password', async () => {
    for (const email of [
      'admin@wardwatch.demo',
      'biomed@wardwatch.demo',
      'facilities@wardwatch.demo',
      'supply@wardwatch.demo',
    ]) {
      const res = await request(t.http)
        .post('/api/v1/auth/login')
        .send({ email, password: DEMO_PASSWORD })
        .expect(200);
      expect(res.body.user.email).toBe(email);
    }
  });
});
