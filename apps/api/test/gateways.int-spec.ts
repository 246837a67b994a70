import { createHash } from 'node:crypto';

import request from 'supertest';

import { makeFloor, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

describe('gateways', () => {
  let t: TestApp;
  let admin: string;
  let biomed: string;
  let fixture: Awaited<ReturnType<typeof makeFloor>>;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    fixture = await makeFloor(t.db);
    admin = await tokenFor(t, 'admin');
    biomed = await tokenFor(t, 'biomed');
  });

  afterAll(() => t.close());

  const register = (body: object, token = admin) =>
    request(t.http).post('/api/v1/gateways').set('Authorization', `Bearer ${token}`).send(body);

  it('registers a gateway, finds its room from the point, shows the key once and stores only its hash', async () => {
    const res = await register({
      mac: 'f1-a0-0c-00-00-01',
      name: 'GW OR 1',
      floorId: fixture.floor.id,
      point: [5, 15],
    }).expect(201);
    const { gateway, ingestKey } = res.body;
    expect(ingestKey).toMatch(/^wwg_[A-Za-z0-9_-]{43}$/);
    const or = fixture.rooms.find((r) => r.number === '103')!;
    expect(gateway).toMatchObject({
      mac: 'F1:A0:0C:00:00:01',
      name: 'GW OR 1',
      floorId: fixture.floor.id,
      roomId: or.id,
      point: [5, 15],
      lastHeardAt: null,
    });

    const [row] = await t.db.query('SELECT * FROM gateway WHERE id = $1', [gateway.id]);
    expect(row.key_hash).toBe(createHash('sha256').update(ingestKey).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(ingestKey);

    const list = await request(t.http)
      .get(`/api/v1/gateways?floorId=${fixture.floor.id}`)
      .set('Authorization', `Bearer ${biomed}`)
      .expect(200);
    expect(list.body).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(ingestKey);
    expect(list.body[0].keyHash).toBeUndefined();
    const one = await request(t.http)
      .get(`/api/v1/gateways/${gateway.id}`)
      .set('Authorization', `Bearer ${biomed}`)
      .expect(200);
    expect(one.body).toEqual(list.body[0]);
  });

  it('refuses a second gateway with the same MAC (409)', async () => {
    const res = await register({
      mac: 'F1:A0:0C:00:00:01',
      name: 'dup',
      floorId: fixture.floor.id,
      point: [1, 1],
    }).expect(409);
    expect(res.body.message).toEqual(['mac: a gateway with MAC F1:A0:0C:00:00:01 is already registered']);
  });

  it.each([
    [
      { mac: 'zz', name: 'x', floorId: 'F', point: [1, 1] },
      ['mac must be a MAC address such as F1:A0:0C:12:34:56', 'floorId must be a UUID'],
    ],
    [
      { mac: 'F1:A0:0C:00:00:09', name: '', floorId: null, point: [1] },
      [
        'name must be 1 to 120 characters',
        'floorId must be a UUID',
        'point must be an [x, y] array of numbers',
      ],
    ],
    [
      { mac: 'F1:A0:0C:00:00:09', name: 'x', point: ['a', 2] },
      ['floorId must be a UUID', 'point must hold finite numbers'],
    ],
  ])('answers 400 naming every bad field: %p', async (body, messages) => {
    const res = await register(body).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining(messages));
  });

  it('answers 400 for a point outside the floor, an unknown floor, or a room on another floor', async () => {
    const base = { mac: 'F1:A0:0C:00:00:10', name: 'x', floorId: fixture.floor.id };
    expect((await register({ ...base, point: [50, 5] }).expect(400)).body.message).toEqual([
      'point: [50, 5] lies outside floor Level 1',
    ]);
    const unknown = '22222222-2222-4222-8222-222222222222';
    expect((await register({ ...base, floorId: unknown, point: [1, 1] }).expect(400)).body.message).toEqual([
      `floorId: floor ${unknown} does not exist`,
    ]);
    expect((await register({ ...base, roomId: unknown, point: [1, 1] }).expect(400)).body.message).toEqual([
      `roomId: room ${unknown} is not on floor Level 1`,
    ]);
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM gateway');
    expect(count).toBe(1);
  });

  it('answers 403 to a non-admin registering and 400 to a malformed floorId filter', async () => {
    await register(
      { mac: 'F1:A0:0C:00:00:11', name: 'x', floorId: fixture.floor.id, point: [1, 1] },
      biomed,
    ).expect(403);
    const res = await request(t.http)
      .get('/api/v1/gateways?floorId=nope')
      .set('Authorization', `Bearer ${biomed}`)
      .expect(400);
    expect(res.body.message).toEqual(['floorId must be a UUID']);
  });
});
