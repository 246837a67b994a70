// The browser tests' own way into the API, to set the scene (register gateways, post sightings) and to
// check what the page shows against what the server knows.
import type {
  AssetDto,
  AssetPage,
  BuildingWithFloorsDto,
  RegisterGatewayResponse,
  RoomDto,
  TagDto,
} from '@wardwatch/contracts';

import { randomBytes } from 'node:crypto';

import { BASE_URL } from './browser';

export const DEMO_PASSWORD = 'wardwatch-demo';

export async function api<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
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
  return (text ? JSON.parse(text) : null) as T;
}

export async function tokenOf(email: string): Promise<string> {
  const { accessToken } = await api<{ accessToken: string }>('POST', '/auth/login', null, {
    email,
    password: DEMO_PASSWORD,
  });
  return accessToken;
}

/** A ward floor of the demo hospital and its rooms that are not corridors, by room number. */
export async function wardFloor(
  token: string,
): Promise<{ buildingId: string; floorId: string; rooms: RoomDto[] }> {
  const buildings = await api<BuildingWithFloorsDto[]>('GET', '/buildings', token);
  let best: { buildingId: string; floorId: string; rooms: RoomDto[] } | null = null;
  for (const floor of buildings.flatMap((b) => b.floors)) {
    const rooms = (await api<RoomDto[]>('GET', `/floors/${floor.id}/rooms`, token))
      .filter((r) => r.spaceClass === 'patient-room')
      .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
    if (!best || rooms.length > best.rooms.length) {
      best = { buildingId: floor.buildingId, floorId: floor.id, rooms };
    }
  }
  if (!best) {
    throw new Error('the demo hospital has no floors');
  }
  return best;
}

/** A MAC no other test run has used: a locally administered prefix and random bytes. */
export const randomMac = (prefix: string): string =>
  `${prefix}:${[...randomBytes(3)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(':')}`;

/** A test gateway hanging at a room's centre, registered through the admin API. */
export interface TestGateway {
  mac: string;
  key: string;
  roomId: string;
  sequence: number;
}

export async function gatewayIn(adminToken: string, room: RoomDto): Promise<TestGateway> {
  const mac = randomMac('F6:E2:E0');
  const { ingestKey } = await api<RegisterGatewayResponse>('POST', '/gateways', adminToken, {
    mac,
    name: `E2E gateway ${room.number}`,
    floorId: room.floorId,
    roomId: room.id,
    point: room.centroid,
  });
  return { mac, key: ingestKey, roomId: room.id, sequence: 0 };
}

/**
 * Posts one Wardwatch batch: each tag heard by this gateway at `rssi`, four times over the last
 * second (enough for the position engine to decide), ending now.
 */
export async function hear(gateway: TestGateway, tags: string[], rssi: number): Promise<void> {
  const now = Date.now();
  gateway.sequence += 1;
  const sightings = tags.flatMap((tag) =>
    [900, 600, 300, 0].map((ago) => ({ tag, rssi, seenAt: now - ago })),
  );
  const response = await fetch(`${BASE_URL}/api/v1/ingest/sightings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.key}` },
    body: JSON.stringify({ gateway: gateway.mac, sentAt: now, sequence: gateway.sequence, sightings }),
  });
  if (response.status !== 202) {
    throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
  }
}

/** Waits until the server places a tag in a room (the worker has processed the sightings). */
export async function untilTagIn(
  token: string,
  mac: string,
  roomId: string,
  timeoutMs = 10_000,
): Promise<TagDto> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const tag = await api<TagDto>('GET', `/tags/${encodeURIComponent(mac)}`, token).catch(() => null);
    if (tag?.location?.roomId === roomId) {
      return tag;
    }
    if (Date.now() > end) {
      throw new Error(`tag ${mac} was not placed in room ${roomId} within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Demo assets of a category that have a tag, in asset-tag order. */
export async function taggedAssets(
  token: string,
  category: string,
  count: number,
): Promise<(AssetDto & { tagMac: string })[]> {
  const page = await api<AssetPage>('GET', `/assets?category=${category}&status=available&limit=100`, token);
  const tagged = page.items.filter((a): a is AssetDto & { tagMac: string } => a.tagMac !== null);
  if (tagged.length < count) {
    throw new Error(`only ${tagged.length} tagged ${category} assets in the demo data`);
  }
  return tagged.slice(0, count);
}

export const distance = (a: RoomDto, b: RoomDto) =>
  Math.hypot(a.centroid[0] - b.centroid[0], a.centroid[1] - b.centroid[1]);

/** One reading for `POST /ingest/telemetry`: units explicit, `at` may lie in the past. */
export interface TelemetryReading {
  sensor: string;
  at: number;
  temperature?: { value: number; unit: '°C' | '°F' };
  humidity?: { value: number; unit: '%' };
}

/** Posts readings as the gateway would (in batches of 500), each batch once. */
export async function postTelemetry(gateway: TestGateway, readings: TelemetryReading[]): Promise<void> {
  for (let i = 0; i < readings.length; i += 500) {
    gateway.sequence += 1;
    const response = await fetch(`${BASE_URL}/api/v1/ingest/telemetry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.key}` },
      body: JSON.stringify({
        source: gateway.mac,
        sentAt: Date.now(),
        sequence: gateway.sequence,
        readings: readings.slice(i, i + 500),
      }),
    });
    if (response.status !== 202) {
      throw new Error(`telemetry ingest answered ${response.status}: ${await response.text()}`);
    }
  }
}

/** One time a minute over the last `minutes` minutes, ending now (epoch ms), shifted by `offsetMs`. */
export const everyMinuteFor = (minutes: number, offsetMs = 0): number[] => {
  const now = Date.now();
  return Array.from({ length: minutes + 1 }, (_, i) => now - (minutes - i) * 60_000 + offsetMs);
};

/** Polls `read` until `done` holds for what it returns; fails with `what` after the timeout. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) {
      return value;
    }
    if (Date.now() > end) {
      throw new Error(
        `${what} did not happen within ${timeoutMs} ms (last: ${JSON.stringify(value).slice(0, 300)})`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
