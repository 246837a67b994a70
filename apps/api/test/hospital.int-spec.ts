import request from 'supertest';

import { makeFloor, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

describe('sites, buildings, floors, rooms', () => {
  let t: TestApp;
  let token: string;
  let fixture: Awaited<ReturnType<typeof makeFloor>>;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    fixture = await makeFloor(t.db);
    token = await tokenFor(t, 'facilities');
  });

  afterAll(() => t.close());

  const get = (path: string) => request(t.http).get(path).set('Authorization', `Bearer ${token}`);

  it('lists sites, and buildings with their floors', async () => {
    expect((await get('/api/v1/sites').expect(200)).body).toEqual([
      { id: fixture.site.id, name: 'Test General', timezone: 'Europe/Berlin' },
    ]);
    const buildings = (await get('/api/v1/buildings').expect(200)).body;
    expect(buildings).toHaveLength(1);
    expect(buildings[0]).toMatchObject({
      code: 'T',
      floors: [{ id: fixture.floor.id, level: 1, widthM: 40, heightM: 20 }],
    });
    expect((await get(`/api/v1/buildings?siteId=${fixture.site.id}`).expect(200)).body).toHaveLength(1);
  });

  it('returns a floor and its rooms as polygons with centroids', async () => {
    const floor = (await get(`/api/v1/floors/${fixture.floor.id}`).expect(200)).body;
    expect(floor.outline).toEqual([
      [0, 0],
      [40, 0],
      [40, 20],
      [0, 20],
    ]);
    const rooms = (await get(`/api/v1/floors/${fixture.floor.id}/rooms`).expect(200)).body;
    expect(rooms.map((r: { number: string }) => r.number)).toEqual(['101', '102', '103', '104', 'C1']);
    const or = rooms.find((r: { number: string }) => r.number === '103');
    expect(or).toMatchObject({ name: 'OR 1', spaceClass: 'operating-room', centroid: [10, 16] });
    const room = (await get(`/api/v1/rooms/${or.id}`).expect(200)).body;
    expect(room).toEqual(or);
  });

  it('answers 400 naming the parameter for a malformed id, 404 for an unknown one', async () => {
    expect((await get('/api/v1/floors/not-a-uuid').expect(400)).body.message).toEqual(['id must be a UUID']);
    expect((await get('/api/v1/floors/not-a-uuid/rooms').expect(400)).body.message).toEqual([
      'id must be a UUID',
    ]);
    expect((await get('/api/v1/rooms/123').expect(400)).body.message).toEqual(['id must be a UUID']);
    expect((await get('/api/v1/buildings?siteId=x').expect(400)).body.message).toEqual([
      'siteId must be a UUID',
    ]);
    expect((await get('/api/v1/buildings?colour=red').expect(400)).body.message).toEqual([
      'property colour should not exist',
    ]);
    const missing = '11111111-1111-4111-8111-111111111111';
    expect((await get(`/api/v1/floors/${missing}`).expect(404)).body.message).toEqual([
      `floor ${missing} does not exist`,
    ]);
    expect((await get(`/api/v1/floors/${missing}/rooms`).expect(404)).body.statusCode).toBe(404);
    expect((await get(`/api/v1/rooms/${missing}`).expect(404)).body.statusCode).toBe(404);
  });
});
