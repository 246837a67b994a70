import type { GatewayDto } from '@wardwatch/contracts';
import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { planExtraGateways } from '../scale/extra-gateways';
import { AdminApi, AdminApiError, type Fetch } from './admin-api';
import { provisionExtraGateways, ProvisionError, type ProvisionProgress } from './extra-gateway-keys';

const demo = generateDemoHospital();
const extras = planExtraGateways(demo, 60);
const FAST = { attempts: 3, firstBackoffMs: 1, timeoutMs: 1000 };
const BASE = 'http://api.test';

interface FakeOptions {
  /** The re-key route is not deployed: answer 404 as Nest does for an unknown route. */
  noRekeyRoute?: boolean;
  /** These MACs are registered by "someone else" just before our POST arrives (a 409). */
  raceMacs?: ReadonlySet<string>;
  /** Answer the first n calls of each route with 503. */
  failFirst?: number;
}

/** An in-memory Wardwatch gateways API: demo gateways seeded, one uuid-ish id per gateway. */
function fakeApi(options: FakeOptions = {}) {
  const gateways = new Map<string, GatewayDto>();
  const roomIds = new Map<string, string>();
  const floorIds = new Map<string, string>();
  let ids = 0;
  const add = (mac: string, floorId: string, roomId: string, point: [number, number]): GatewayDto => {
    const dto: GatewayDto = {
      id: `id-${++ids}`,
      mac,
      name: mac,
      floorId,
      roomId,
      point,
      lastHeardAt: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    gateways.set(mac, dto);
    return dto;
  };
  for (const g of demo.gateways) {
    floorIds.set(g.floorKey, floorIds.get(g.floorKey) ?? `floor-${g.floorKey}`);
    roomIds.set(g.roomKey, roomIds.get(g.roomKey) ?? `room-${g.roomKey}`);
    add(g.mac, floorIds.get(g.floorKey) as string, roomIds.get(g.roomKey) as string, [...g.point]);
  }
  const log: string[] = [];
  const keys = new Map<string, string>();
  const failures = new Map<string, number>();
  let active = 0;
  let maxActive = 0;
  const answer = (status: number, body: unknown) => ({ status, text: async () => JSON.stringify(body) });
  const fetch: Fetch = async (url, init) => {
    active++;
    maxActive = Math.max(maxActive, active);
    await new Promise((resolve) => setTimeout(resolve, 1));
    active--;
    const path = url.slice(`${BASE}/api/v1`.length);
    const route = `${init.method} ${path.replace(/id-\d+/, ':id').replace(/\?.*/, '')}`;
    log.push(route);
    const failed = failures.get(route) ?? 0;
    if (failed < (options.failFirst ?? 0)) {
      failures.set(route, failed + 1);
      return answer(503, { statusCode: 503, error: 'Service Unavailable', message: ['starting'] });
    }
    if (route === 'POST /auth/login') {
      const { email, password } = JSON.parse(init.body ?? '{}') as { email: string; password: string };
      return email === 'admin@wardwatch.demo' && password === 'wardwatch-demo'
        ? answer(200, { accessToken: 'token-1', tokenType: 'Bearer', expiresIn: 60 })
        : answer(401, { statusCode: 401, error: 'Unauthorized', message: ['email or password is wrong'] });
    }
    if (init.headers['authorization'] !== 'Bearer token-1') {
      return answer(401, { statusCode: 401, error: 'Unauthorized', message: ['no token'] });
    }
    if (route === 'GET /gateways') {
      const floorId = new URL(url).searchParams.get('floorId');
      return answer(
        200,
        [...gateways.values()].filter((g) => floorId === null || g.floorId === floorId),
      );
    }
    if (route === 'POST /gateways') {
      const body = JSON.parse(init.body ?? '{}') as {
        mac: string;
        floorId: string;
        roomId: string;
        point: [number, number];
      };
      if (options.raceMacs?.has(body.mac) && !gateways.has(body.mac)) {
        add(body.mac, body.floorId, body.roomId, body.point);
      }
      if (gateways.has(body.mac)) {
        return answer(409, {
          statusCode: 409,
          error: 'Conflict',
          message: [`mac: ${body.mac} is already registered`],
        });
      }
      const gateway = add(body.mac, body.floorId, body.roomId, body.point);
      keys.set(gateway.id, `wwg_new_${gateway.id}`);
      return answer(201, { gateway, ingestKey: keys.get(gateway.id) });
    }
    if (route === 'POST /gateways/:id/key') {
      if (options.noRekeyRoute) {
        return answer(404, { statusCode: 404, error: 'Not Found', message: [`Cannot POST /api/v1${path}`] });
      }
      const gateway = [...gateways.values()].find((g) => path === `/gateways/${g.id}/key`);
      if (gateway === undefined) {
        return answer(404, { statusCode: 404, error: 'Not Found', message: ['no such gateway'] });
      }
      keys.set(gateway.id, `wwg_rekeyed_${gateway.id}_${log.length}`);
      return answer(200, { gateway, ingestKey: keys.get(gateway.id) });
    }
    return answer(404, { statusCode: 404, error: 'Not Found', message: [`Cannot ${route}`] });
  };
  return { fetch, gateways, keys, log, roomIds, floorIds, maxActive: () => maxActive };
}

async function provision(
  server: ReturnType<typeof fakeApi>,
  onProgress: (progress: ProvisionProgress) => void = () => undefined,
) {
  const api = new AdminApi(`${BASE}/`, server.fetch, FAST);
  await api.login('admin@wardwatch.demo', 'wardwatch-demo');
  return provisionExtraGateways(api, demo.gateways, extras, 8, onProgress);
}

describe('provisionExtraGateways', () => {
  it('registers new gateways in the API rooms of the demo gateways there, 8 at a time, with progress', async () => {
    const server = fakeApi();
    const progress: ProvisionProgress[] = [];
    const result = await provision(server, (p) => progress.push(p));
    expect(result).toMatchObject({ registered: 60, rekeyed: 0, misplaced: 0 });
    expect(result.keys.size).toBe(60);
    for (const gateway of extras) {
      const registered = server.gateways.get(gateway.mac);
      expect(registered).toMatchObject({
        floorId: server.floorIds.get(gateway.floorKey),
        roomId: server.roomIds.get(gateway.roomKey),
        point: [...gateway.point],
      });
      expect(result.keys.get(gateway.mac)).toBe(server.keys.get(registered?.id ?? ''));
    }
    expect(server.maxActive()).toBe(8);
    expect(progress.map((p) => p.done)).toEqual(extras.map((_, i) => i + 1));
    expect(progress[progress.length - 1]).toEqual({
      done: 60,
      total: 60,
      registered: 60,
      rekeyed: 0,
      failed: 0,
    });
  });

  it('gives gateways left by an earlier run a new key instead of registering them again', async () => {
    const server = fakeApi();
    const first = await provision(server);
    const second = await provision(server);
    expect(second).toMatchObject({ registered: 0, rekeyed: 60, misplaced: 0 });
    for (const gateway of extras) {
      const id = server.gateways.get(gateway.mac)?.id ?? '';
      expect(second.keys.get(gateway.mac)).toBe(server.keys.get(id));
      expect(second.keys.get(gateway.mac)).not.toBe(first.keys.get(gateway.mac));
    }
    expect(server.log.filter((r) => r === 'POST /gateways/:id/key')).toHaveLength(60);
  });

  it('re-keys a gateway another run registered between our list and our POST (409)', async () => {
    const server = fakeApi({ raceMacs: new Set([extras[3].mac]) });
    const result = await provision(server);
    expect(result).toMatchObject({ registered: 59, rekeyed: 1 });
    expect(result.keys.get(extras[3].mac)).toMatch(/^wwg_rekeyed_/);
  });

  it('fails with the reason when the re-key route is missing, after trying every gateway', async () => {
    const server = fakeApi();
    await provision(server);
    const failing = fakeApi({ noRekeyRoute: true });
    failing.gateways.clear();
    server.gateways.forEach((g, mac) => failing.gateways.set(mac, g));
    const error: unknown = await provision(failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionError);
    expect(error instanceof ProvisionError ? error.failed : 0).toBe(60);
    expect(String(error)).toContain('60 extra gateway(s) could not be set up');
    expect(String(error).split('\n')).toEqual([
      'ProvisionError: 60 extra gateway(s) could not be set up:',
      `  60 × POST ${BASE}/api/v1/gateways/:id/key: 404 Not Found: Cannot POST /api/v1/gateways/:id/key`,
    ]);
  });

  it('refuses to guess rooms when the API does not have the demo hospital', async () => {
    const server = fakeApi();
    server.gateways.clear();
    const error: unknown = await provision(server).catch((e: unknown) => e);
    expect(String(error)).toContain('is the demo hospital seeded?');
  });

  it('retries a starting API (503) and reports a wrong login at once', async () => {
    const server = fakeApi({ failFirst: 2 });
    const result = await provision(server);
    expect(result.keys.size).toBe(60);
    expect(server.log.slice(0, 3)).toEqual(['POST /auth/login', 'POST /auth/login', 'POST /auth/login']);
    const api = new AdminApi(BASE, fakeApi().fetch, FAST);
    const error: unknown = await api.login('admin@wardwatch.demo', 'wrong').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminApiError);
    expect(error instanceof AdminApiError ? error.status : null).toBe(401);
    expect(String(error)).toContain('401 Unauthorized: email or password is wrong');
  });
});
