import type { Role } from '@wardwatch/contracts';
import { SwaggerModule, DocumentBuilder } from '@nestjs/swagger';
import request from 'supertest';

import { makeFloor, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

const ANY_UUID = '00000000-0000-4000-8000-000000000000';

/**
 * Every route the API has, with who may call it. The first test compares this table with the routes the
 * app really registers, so a new route cannot slip in without deciding its access here.
 */
const ROUTES: {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  public?: true;
  gatewayKey?: true;
  roles?: Role[];
}[] = [
  { method: 'get', path: '/api/health', public: true },
  { method: 'post', path: '/api/v1/auth/login', public: true },
  { method: 'get', path: '/api/v1/auth/me' },
  { method: 'get', path: '/api/v1/sites' },
  { method: 'get', path: '/api/v1/buildings' },
  { method: 'get', path: '/api/v1/floors/{id}' },
  { method: 'get', path: '/api/v1/floors/{id}/rooms' },
  { method: 'get', path: '/api/v1/rooms/{id}' },
  { method: 'get', path: '/api/v1/gateways', roles: ['admin', 'biomed', 'facilities'] },
  { method: 'get', path: '/api/v1/gateways/{id}', roles: ['admin', 'biomed', 'facilities'] },
  { method: 'post', path: '/api/v1/gateways', roles: ['admin'] },
  { method: 'patch', path: '/api/v1/gateways/{id}', roles: ['admin'] },
  { method: 'post', path: '/api/v1/gateways/{id}/key', roles: ['admin'] },
  { method: 'get', path: '/api/v1/assets' },
  { method: 'get', path: '/api/v1/assets/{id}' },
  { method: 'get', path: '/api/v1/asset-categories' },
  { method: 'get', path: '/api/v1/assets/nearest' },
  { method: 'get', path: '/api/v1/assets/{id}/history' },
  { method: 'patch', path: '/api/v1/assets/{id}/status', roles: ['admin', 'biomed', 'supply'] },
  { method: 'get', path: '/api/v1/floors/{id}/assets' },
  { method: 'get', path: '/api/v1/alerts' },
  { method: 'get', path: '/api/v1/webhooks', roles: ['admin'] },
  { method: 'post', path: '/api/v1/webhooks', roles: ['admin'] },
  { method: 'delete', path: '/api/v1/webhooks/{id}', roles: ['admin'] },
  { method: 'get', path: '/api/v1/compliance/report', roles: ['admin', 'facilities'] },
  { method: 'get', path: '/api/v1/monitored-units' },
  { method: 'put', path: '/api/v1/assets/{id}/plug', roles: ['admin', 'biomed'] },
  { method: 'get', path: '/api/v1/utilisation', roles: ['admin', 'biomed', 'supply'] },
  { method: 'get', path: '/api/v1/monitored-units/{id}' },
  { method: 'get', path: '/api/v1/monitored-units/{id}/series' },
  { method: 'post', path: '/api/v1/monitored-units/{id}/overrides', roles: ['admin', 'facilities'] },
  { method: 'get', path: '/api/v1/monitored-units/{id}/overrides' },
  {
    method: 'post',
    path: '/api/v1/monitored-units/{id}/overrides/{overrideId}/end',
    roles: ['admin', 'facilities'],
  },
  { method: 'put', path: '/api/v1/monitored-units/{id}/profile-overrides', roles: ['admin', 'facilities'] },
  { method: 'put', path: '/api/v1/sites/{id}/profiles/{profileCode}', roles: ['admin'] },
  { method: 'get', path: '/api/v1/alerts/summary' },
  { method: 'get', path: '/api/v1/alerts/{id}' },
  { method: 'post', path: '/api/v1/alerts/{id}/acknowledge' },
  { method: 'post', path: '/api/v1/alerts/{id}/resolve' },
  { method: 'get', path: '/api/v1/tags' },
  { method: 'get', path: '/api/v1/tags/{mac}' },
  { method: 'put', path: '/api/v1/tags/{mac}/asset', roles: ['admin', 'biomed'] },
  { method: 'delete', path: '/api/v1/tags/{mac}/asset', roles: ['admin', 'biomed'] },
  { method: 'post', path: '/api/v1/ingest/ruuvi', gatewayKey: true },
  { method: 'post', path: '/api/v1/ingest/sightings', gatewayKey: true },
  { method: 'post', path: '/api/v1/ingest/telemetry', gatewayKey: true },
];
const ALL_ROLES: Role[] = ['admin', 'biomed', 'facilities', 'supply'];
const concrete = (path: string): string =>
  path
    .replace(/\{id\}/g, ANY_UUID)
    .replace(/\{overrideId\}/g, ANY_UUID)
    .replace(/\{mac\}/g, 'C4:7A:11:00:00:01')
    .replace(/\{profileCode\}/g, 'operating-room');

describe('route security (every route)', () => {
  let t: TestApp;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    await makeFloor(t.db);
    for (const role of ALL_ROLES) {
      tokens[role] = await tokenFor(t, role);
    }
  });

  afterAll(() => t.close());

  it('the table above lists exactly the routes the app registers', () => {
    const doc = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
    const registered = Object.entries(doc.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))
      .sort();
    expect(registered).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it.each(ROUTES.filter((r) => r.gatewayKey))(
    '$method $path answers 401 without a gateway key, and to a user token',
    async (route) => {
      const none = await request(t.http)[route.method](concrete(route.path)).send({});
      expect(none.status).toBe(401);
      expect(none.body.message).toEqual(['authorization: a gateway ingest key is required (Bearer <key>)']);
      const user = await request(t.http)
        [route.method](concrete(route.path))
        .set('Authorization', `Bearer ${tokens.admin}`)
        .send({});
      expect(user.status).toBe(401);
      expect(user.body.message).toEqual(['authorization: unknown gateway ingest key']);
    },
  );

  it.each(ROUTES.filter((r) => !r.public && !r.gatewayKey))(
    '$method $path answers 401 without a token',
    async (route) => {
      const res = await request(t.http)[route.method](concrete(route.path)).send({});
      expect(res.status).toBe(401);
      expect(res.body.message).toEqual(['authorization: a bearer token is required']);
    },
  );

  it.each(ROUTES.filter((r) => r.roles))(
    '$method $path answers 403 to the roles it does not allow',
    async (route) => {
      const denied = ALL_ROLES.filter((role) => !route.roles!.includes(role));
      expect(denied.length).toBeGreaterThan(0);
      for (const role of denied) {
        const res = await request(t.http)
          [route.method](concrete(route.path))
          .set('Authorization', `Bearer ${tokens[role]}`)
          .send({});
        expect({ role, status: res.status }).toEqual({ role, status: 403 });
      }
      for (const role of route.roles!) {
        const res = await request(t.http)
          [route.method](concrete(route.path))
          .set('Authorization', `Bearer ${tokens[role]}`)
          .send({});
        expect({ role, forbidden: res.status === 403 || res.status === 401 }).toEqual({
          role,
          forbidden: false,
        });
      }
    },
  );

  it('serves the OpenAPI document publicly', async () => {
    const res = await request(t.http).get('/api/docs/openapi.json').expect(200);
    expect(res.body.info.title).toBe('Wardwatch API');
    expect(Object.keys(res.body.paths)).toContain('/api/v1/assets');
  });
});
