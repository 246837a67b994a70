// The bench's side of the API: log in as the demo admin, the gateways to post as (the demo's, whose keys
// derive from the demo secret, plus extra ones registered through the admin API), and the floors.
import { createHmac } from 'node:crypto';

const ADMIN = { email: 'admin@wardwatch.demo', password: 'wardwatch-demo' };

async function api(baseUrl, method, path, token, body) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : null;
}

export async function login(baseUrl) {
  const { accessToken } = await api(baseUrl, 'POST', '/auth/login', null, ADMIN);
  return accessToken;
}

/** Same derivation as libs/demo-hospital's demoGatewayKey (HMAC-SHA256, base64url, 'wwg_' prefix). */
export const demoGatewayKey = (secret, mac) =>
  `wwg_${createHmac('sha256', secret).update(mac).digest('base64url')}`;

const hex2 = (n) => (n & 0xff).toString(16).toUpperCase().padStart(2, '0');

/**
 * `count` gateways with their keys: the demo's first (those mounted in a room), then extra ones registered
 * as a second gateway in the demo's rooms. Keys of the extra ones exist only in memory.
 */
export async function benchGateways(baseUrl, token, demoSecret, count) {
  const listed = (await api(baseUrl, 'GET', '/gateways', token))
    .filter((g) => g.roomId)
    .sort((a, b) => a.mac.localeCompare(b.mac));
  const toBench = (g, key) => ({
    mac: g.mac,
    floorId: g.floorId,
    roomId: g.roomId,
    x: g.point[0],
    y: g.point[1],
    authorization: `Bearer ${key}`,
  });
  const gateways = listed.slice(0, count).map((g) => toBench(g, demoGatewayKey(demoSecret, g.mac)));
  const extra = Math.max(0, count - gateways.length);
  for (let start = 0; start < extra; start += 8) {
    const batch = Array.from({ length: Math.min(8, extra - start) }, (_, k) => start + k);
    const registered = await Promise.all(
      batch.map((i) => {
        const base = listed[i % listed.length];
        return api(baseUrl, 'POST', '/gateways', token, {
          mac: `F2:BE:4C:${hex2(i >> 16)}:${hex2(i >> 8)}:${hex2(i)}`,
          name: `Bench gateway ${i + 1}`,
          floorId: base.floorId,
          roomId: base.roomId,
          point: base.point,
        });
      }),
    );
    for (const { gateway, ingestKey } of registered) {
      gateways.push(toBench(gateway, ingestKey));
    }
  }
  return { gateways, demo: Math.min(count, listed.length), registered: extra };
}

export async function floorIds(baseUrl, token) {
  const buildings = await api(baseUrl, 'GET', '/buildings', token);
  return buildings.flatMap((b) => b.floors.map((f) => f.id));
}
