import request from 'supertest';

import { makeAsset, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

describe('assets', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    token = await tokenFor(t, 'biomed');
    await makeAsset(t.db, {
      assetTag: 'WW-000001',
      serialNumber: '14725836',
      model: 'Alaris 8100',
      tagMac: 'C4:7A:11:00:00:01',
    });
    await makeAsset(t.db, {
      assetTag: 'WW-000002',
      serialNumber: 'SN-50%OFF',
      status: 'needs-cleaning',
      homeDepartment: '3 East',
    });
    await makeAsset(t.db, {
      assetTag: 'WW-000003',
      categoryCode: 'ventilator',
      manufacturer: 'Hamilton Medical',
      model: 'C6',
      serialNumber: 'H6-0001',
    });
  });

  afterAll(() => t.close());

  const get = (path: string) => request(t.http).get(path).set('Authorization', `Bearer ${token}`);
  const tags = (body: { items: { assetTag: string }[] }) => body.items.map((a) => a.assetTag);

  it('finds an asset by serial, asset tag, model, manufacturer or tag MAC', async () => {
    expect(tags((await get('/api/v1/assets?q=14725836').expect(200)).body)).toEqual(['WW-000001']);
    expect(tags((await get('/api/v1/assets?q=ww-000003').expect(200)).body)).toEqual(['WW-000003']);
    expect(tags((await get('/api/v1/assets?q=hamilton').expect(200)).body)).toEqual(['WW-000003']);
    expect(tags((await get('/api/v1/assets?q=c4:7a:11').expect(200)).body)).toEqual(['WW-000001']);
  });

  it('treats % and _ in a search as text, not wildcards', async () => {
    expect(tags((await get(`/api/v1/assets?q=${encodeURIComponent('50%')}`).expect(200)).body)).toEqual([
      'WW-000002',
    ]);
    expect((await get(`/api/v1/assets?q=${encodeURIComponent('%')}`).expect(200)).body.total).toBe(1);
  });

  it('filters by category, status and department, and pages', async () => {
    expect(tags((await get('/api/v1/assets?category=ventilator').expect(200)).body)).toEqual(['WW-000003']);
    expect(tags((await get('/api/v1/assets?status=needs-cleaning').expect(200)).body)).toEqual(['WW-000002']);
    expect(tags((await get('/api/v1/assets?department=3%20East').expect(200)).body)).toEqual(['WW-000002']);
    const page = (await get('/api/v1/assets?limit=2&offset=1').expect(200)).body;
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 1 });
    expect(tags(page)).toEqual(['WW-000002', 'WW-000003']);
  });

  it('returns one asset with its category and tag', async () => {
    const first = (await get('/api/v1/assets?q=14725836').expect(200)).body.items[0];
    const one = (await get(`/api/v1/assets/${first.id}`).expect(200)).body;
    expect(one).toMatchObject({
      assetTag: 'WW-000001',
      categoryCode: 'infusion-pump',
      tagMac: 'C4:7A:11:00:00:01',
      status: 'available',
    });
    await get('/api/v1/assets/33333333-3333-4333-8333-333333333333').expect(404);
  });

  it('counts assets per category', async () => {
    const categories = (await get('/api/v1/asset-categories').expect(200)).body;
    expect(categories).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'infusion-pump', assetCount: 2 }),
        expect.objectContaining({ code: 'ventilator', assetCount: 1 }),
      ]),
    );
  });

  it.each([
    ['limit=0', 'limit must be at least 1'],
    ['limit=500', 'limit must be at most 200'],
    ['limit=abc', 'limit must be a whole number'],
    ['offset=-1', 'offset must not be negative'],
    [
      'status=lost',
      'status must be one of: available, in-use, needs-cleaning, in-maintenance, out-of-service, missing',
    ],
    ['category=Infusion%20Pump', 'category must be a category code such as infusion-pump'],
    ['sort=name', 'property sort should not exist'],
  ])('answers 400 naming the field for %s', async (query, message) => {
    expect((await get(`/api/v1/assets?${query}`).expect(400)).body.message).toContain(message);
  });
});
