import type { AssetDetailDto, FloorAssetsDto, TagDto } from '@wardwatch/contracts';
import request from 'supertest';

import { makeAsset, makeFloor, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

/** Puts a tag in a room, as the worker would have. */
async function place(t: TestApp, mac: string, roomId: string, floorId: string): Promise<void> {
  await t.db.query(`INSERT INTO tag (mac, kind) VALUES ($1, 'asset-tag') ON CONFLICT (mac) DO NOTHING`, [
    mac,
  ]);
  await t.db.query(
    `INSERT INTO tag_position (tag_id, room_id, floor_id, confidence, since, last_seen_at)
     SELECT id, $2, $3, 0.9, now(), now() FROM tag WHERE mac = $1
     ON CONFLICT (tag_id) DO UPDATE SET room_id = excluded.room_id, floor_id = excluded.floor_id`,
    [mac, roomId, floorId],
  );
}

describe('live map data, status changes and commissioning', () => {
  let t: TestApp;
  let floorId: string;
  let rooms: { id: string; number: string }[];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    const made = await makeFloor(t.db);
    floorId = made.floor.id;
    rooms = made.rooms;
    for (const role of ['admin', 'biomed', 'facilities', 'supply'] as const) {
      tokens[role] = await tokenFor(t, role);
    }
  });

  afterAll(() => t.close());

  const as = (role: string) => ({
    get: (path: string) => request(t.http).get(path).set('Authorization', `Bearer ${tokens[role]}`),
    patch: (path: string, body: object) =>
      request(t.http).patch(path).set('Authorization', `Bearer ${tokens[role]}`).send(body),
    put: (path: string, body: object) =>
      request(t.http).put(path).set('Authorization', `Bearer ${tokens[role]}`).send(body),
    delete: (path: string) => request(t.http).delete(path).set('Authorization', `Bearer ${tokens[role]}`),
  });
  const room = (number: string) => rooms.find((r) => r.number === number)!;

  it('lists the located assets of a floor for the map, and finds assets by the room they are in', async () => {
    const pump = await makeAsset(t.db, { assetTag: 'MAP-1', tagMac: 'C4:7A:11:00:10:01' });
    await makeAsset(t.db, { assetTag: 'MAP-2' }); // no tag: not on any map
    await place(t, 'C4:7A:11:00:10:01', room('103').id, floorId);

    const body: FloorAssetsDto = (await as('facilities').get(`/api/v1/floors/${floorId}/assets`).expect(200))
      .body;
    expect(body.items).toEqual([
      expect.objectContaining({
        assetId: pump.id,
        assetTag: 'MAP-1',
        categoryCode: 'infusion-pump',
        status: 'available',
        tagMac: 'C4:7A:11:00:10:01',
        roomId: room('103').id,
        confidence: 0.9,
      }),
    ]);
    const byRoomName = (await as('biomed').get('/api/v1/assets?q=OR%201').expect(200)).body;
    expect(byRoomName.items.map((a: { assetTag: string }) => a.assetTag)).toEqual(['MAP-1']);
    const byRoomId = (
      await as('biomed')
        .get(`/api/v1/assets?roomId=${room('101').id}`)
        .expect(200)
    ).body;
    expect(byRoomId.total).toBe(0);
    await as('biomed').get('/api/v1/floors/not-a-uuid/assets').expect(400);
  });

  it('changes status only as the role allows, says why not, and audits each change', async () => {
    const asset = await makeAsset(t.db, { assetTag: 'ST-1', status: 'in-use' });
    const supplyView: AssetDetailDto = (await as('supply').get(`/api/v1/assets/${asset.id}`).expect(200))
      .body;
    expect(supplyView.allowedStatusChanges).toEqual(['available', 'needs-cleaning', 'missing']);
    expect(
      (await as('facilities').get(`/api/v1/assets/${asset.id}`).expect(200)).body.allowedStatusChanges,
    ).toEqual([]);

    const denied = await as('supply').patch(`/api/v1/assets/${asset.id}/status`, {
      status: 'out-of-service',
    });
    expect(denied.status).toBe(403);
    expect(denied.body.message[0]).toContain('may not change ST-1 from in-use to out-of-service');
    await as('facilities').patch(`/api/v1/assets/${asset.id}/status`, { status: 'available' }).expect(403);
    const bad = await as('biomed').patch(`/api/v1/assets/${asset.id}/status`, { status: 'broken' });
    expect(bad.status).toBe(400);
    expect(bad.body.message[0]).toContain('status must be one of');

    const done: AssetDetailDto = (
      await as('supply')
        .patch(`/api/v1/assets/${asset.id}/status`, { status: 'needs-cleaning', note: 'Back from 3 East' })
        .expect(200)
    ).body;
    expect(done.status).toBe('needs-cleaning');
    expect(done.audit[0]).toMatchObject({
      action: 'status-changed',
      by: 'supply@test.local',
      from: 'in-use',
      to: 'needs-cleaning',
      note: 'Back from 3 East',
    });
    const again = await as('biomed').patch(`/api/v1/assets/${asset.id}/status`, { status: 'needs-cleaning' });
    expect(again.status).toBe(400);
  });

  it('binds an unassigned tag to an existing asset, refuses a second binding, and unbinds', async () => {
    const asset = await makeAsset(t.db, { assetTag: 'BIND-1' });
    await place(t, 'C4:7A:11:00:20:01', room('104').id, floorId);

    const unassigned = (
      await as('biomed')
        .get(`/api/v1/tags?unassigned=true&nearRoomId=${room('104').id}`)
        .expect(200)
    ).body;
    expect(unassigned.items[0].mac).toBe('C4:7A:11:00:20:01');
    const sensors = (
      await as('biomed').get('/api/v1/tags?unassigned=true&kind=environment-sensor').expect(200)
    ).body;
    expect(sensors.total).toBe(0);

    const bound: TagDto = (
      await as('biomed').put('/api/v1/tags/c4-7a-11-00-20-01/asset', { assetId: asset.id }).expect(200)
    ).body;
    expect(bound).toMatchObject({ mac: 'C4:7A:11:00:20:01', assetId: asset.id, assetTag: 'BIND-1' });
    expect(bound.location?.roomId).toBe(room('104').id);

    const other = await makeAsset(t.db, { assetTag: 'BIND-2' });
    const twice = await as('biomed').put('/api/v1/tags/C4:7A:11:00:20:01/asset', { assetId: other.id });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toEqual([
      'tag C4:7A:11:00:20:01 is already bound to asset BIND-1; unbind it first',
    ]);
    await as('supply').put('/api/v1/tags/C4:7A:11:00:20:01/asset', { assetId: other.id }).expect(403);

    const unbound: TagDto = (await as('biomed').delete('/api/v1/tags/C4:7A:11:00:20:01/asset').expect(200))
      .body;
    expect(unbound.assetId).toBeNull();
    const detail: AssetDetailDto = (await as('biomed').get(`/api/v1/assets/${asset.id}`).expect(200)).body;
    expect(detail.tagMac).toBeNull();
    expect(detail.audit.map((a) => a.action)).toEqual(['tag-unbound', 'tag-bound']);
    await as('biomed').delete('/api/v1/tags/C4:7A:11:00:20:01/asset').expect(409);
  });

  it('creates a new asset while binding, and rejects half-filled or clashing ones with the reason', async () => {
    const newAsset = {
      assetTag: 'NEW-1',
      categoryCode: 'infusion-pump',
      manufacturer: 'Baxter',
      model: 'Spectrum IQ',
      serialNumber: 'BX-1',
      homeDepartment: 'ICU',
    };
    const neither = await as('admin').put('/api/v1/tags/C4:7A:11:00:30:01/asset', {});
    expect(neither.status).toBe(400);
    expect(neither.body.message[0]).toContain('give either assetId');
    const missing = await as('admin').put('/api/v1/tags/C4:7A:11:00:30:01/asset', {
      newAsset: { ...newAsset, model: undefined },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.message.join(' ')).toContain('model');
    const unknownCategory = await as('admin').put('/api/v1/tags/C4:7A:11:00:30:01/asset', {
      newAsset: { ...newAsset, categoryCode: 'teleporter' },
    });
    expect(unknownCategory.status).toBe(400);

    const bound: TagDto = (
      await as('admin').put('/api/v1/tags/C4:7A:11:00:30:01/asset', { newAsset }).expect(200)
    ).body;
    expect(bound.assetTag).toBe('NEW-1');
    const detail: AssetDetailDto = (await as('admin').get(`/api/v1/assets/${bound.assetId}`).expect(200))
      .body;
    expect(detail).toMatchObject({ manufacturer: 'Baxter', serialNumber: 'BX-1', status: 'available' });
    expect(detail.audit.map((a) => a.action)).toEqual(['tag-bound', 'created']);

    const clash = await as('admin').put('/api/v1/tags/C4:7A:11:00:30:02/asset', { newAsset });
    expect(clash.status).toBe(409);
    // The failed binding left nothing behind: the second tag is still unbound and no asset was added.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM asset WHERE asset_tag = 'NEW-1'`);
    expect(n).toBe(1);
  });

  it('moves a gateway to another room by its point, and rotates its ingest key', async () => {
    const registered = (
      await request(t.http)
        .post('/api/v1/gateways')
        .set('Authorization', `Bearer ${tokens['admin']}`)
        .send({ mac: 'F1:00:00:00:00:09', name: 'GW move', floorId, point: [5, 4] })
        .expect(201)
    ).body;
    expect(registered.gateway.roomId).toBe(room('101').id);
    const moved = (
      await as('admin')
        .patch(`/api/v1/gateways/${registered.gateway.id}`, { point: [30, 16] })
        .expect(200)
    ).body;
    expect(moved).toMatchObject({ roomId: room('104').id, point: [30, 16] });
    const outside = await as('admin').patch(`/api/v1/gateways/${registered.gateway.id}`, {
      point: [300, 16],
    });
    expect(outside.status).toBe(400);
    expect(outside.body.message[0]).toContain('lies outside floor');

    const rotated = (
      await request(t.http)
        .post(`/api/v1/gateways/${registered.gateway.id}/key`)
        .set('Authorization', `Bearer ${tokens['admin']}`)
        .expect(200)
    ).body;
    expect(rotated.ingestKey).toMatch(/^wwg_/);
    expect(rotated.ingestKey).not.toBe(registered.ingestKey);
    const post = (key: string) =>
      request(t.http)
        .post('/api/v1/ingest/sightings')
        .set('Authorization', `Bearer ${key}`)
        .send({ gateway: 'F1:00:00:00:00:09', sentAt: Date.now(), sequence: 1, sightings: [] });
    expect((await post(registered.ingestKey)).status).toBe(401);
    expect((await post(rotated.ingestKey)).status).not.toBe(401);
  });
});
