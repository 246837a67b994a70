import type { AddressInfo } from 'node:net';

import { encodeRuuviRawV2Advertisement } from '@wardwatch/ble';
import type { ClientToServerEvents, PositionChangeEvent, ServerToClientEvents } from '@wardwatch/contracts';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';

import { makeFloor, tokenFor } from './factories';
import {
  drainIngest,
  makeGateways,
  resetLocation,
  startWorkers,
  stopWorkers,
  TestGateway,
} from './pipeline-harness';
import { createTestApp, TestApp, truncateAll } from './test-app';

const TAG = 'D6:E2:5A:00:00:2A';
const seconds = (ms: number): string => String(Math.floor(ms / 1000));

/** A Ruuvi Gateway HTTP body, timestamp variant. */
function ruuviBody(gateway: TestGateway, at: number, tags: Record<string, { rssi: number; data: string }>) {
  return {
    data: {
      coordinates: '',
      timestamp: seconds(at),
      nonce: String(at),
      gw_mac: gateway.mac,
      tags: Object.fromEntries(
        Object.entries(tags).map(([mac, t]) => [mac, { rssi: t.rssi, timestamp: seconds(at), data: t.data }]),
      ),
    },
  };
}

const advert = (sequence: number) =>
  encodeRuuviRawV2Advertisement({
    temperatureC: 22.5,
    humidityPct: 45.5,
    pressurePa: 100_500,
    accelerationXMg: 4,
    accelerationYMg: -4,
    accelerationZMg: 1036,
    batteryMv: 2977,
    txPowerDbm: 4,
    movementCounter: 66,
    measurementSequence: sequence,
    mac: TAG,
  });

describe('location pipeline end to end (real API, worker processes, PostgreSQL, Redis, socket.io)', () => {
  let t: TestApp;
  let token: string;
  let fixture: Awaited<ReturnType<typeof makeFloor>>;
  let gw: TestGateway[];
  let socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  const received: PositionChangeEvent[] = [];
  let workers = startWorkers(0);

  const room = (number: string) => fixture.rooms.find((r) => r.number === number)!;
  const post = (g: TestGateway, body: object) =>
    request(t.http).post('/api/v1/ingest/ruuvi').set('Authorization', `Bearer ${g.key}`).send(body);
  const count = async (table: string): Promise<number> =>
    (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    await resetLocation(t);
    fixture = await makeFloor(t.db);
    gw = await makeGateways(t.db, fixture.floor.id, [
      { mac: 'F2:A0:0C:00:01:01', roomId: room('101').id, x: 10, y: 4 },
      { mac: 'F2:A0:0C:00:01:02', roomId: room('102').id, x: 30, y: 4 },
      { mac: 'F2:A0:0C:00:01:03', roomId: room('103').id, x: 10, y: 16 },
      { mac: 'F2:A0:0C:00:01:04', roomId: room('104').id, x: 30, y: 16 },
    ]);
    token = await tokenFor(t, 'biomed');
    await new Promise<void>((resolve) => t.app.getHttpServer().listen(0, '127.0.0.1', resolve));
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    socket = io(`http://127.0.0.1:${port}/realtime`, { auth: { token }, transports: ['websocket'] });
    socket.on('positions', (payload) => received.push(...payload.changes));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const joined = await socket.emitWithAck('floor:join', fixture.floor.id);
    expect(joined).toEqual({ ok: true });
    workers = startWorkers(1);
  });

  afterAll(async () => {
    socket?.close();
    await stopWorkers(workers);
    await t.close();
  });

  it('turns a Ruuvi batch for an unknown tag into a room, decoded readings and a live event; a repeat adds nothing', async () => {
    const at = Date.now() - 2000;
    const first = await post(gw[0], ruuviBody(gw[0], at, { [TAG]: { rssi: -52, data: advert(100) } })).expect(
      202,
    );
    expect(first.body).toEqual({ accepted: 1, rejected: [], duplicate: false });
    await post(gw[1], ruuviBody(gw[1], at, { [TAG]: { rssi: -84, data: advert(100) } })).expect(202);
    await drainIngest(t);

    const tag = (
      await request(t.http)
        .get(`/api/v1/tags/${TAG.toLowerCase()}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body;
    expect(tag).toMatchObject({ mac: TAG, kind: 'environment-sensor', assetId: null });
    expect(tag.location).toMatchObject({
      roomId: room('101').id,
      roomNumber: '101',
      floorId: fixture.floor.id,
    });
    expect(tag.location.confidence).toBeGreaterThan(0);
    expect(tag.readings).toMatchObject({
      format: 'ruuvi-rawv2',
      temperatureC: 22.5,
      humidityPct: 45.5,
      pressurePa: 100500,
      batteryMv: 2977,
      txPowerDbm: 4,
    });
    expect(tag.lastHeardAt).not.toBeNull();

    const deadline = Date.now() + 3000;
    while (!received.some((e) => e.tagMac === TAG) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(received.filter((e) => e.tagMac === TAG)).toEqual([
      expect.objectContaining({ roomId: room('101').id, floorId: fixture.floor.id, fromRoomId: null }),
    ]);

    const before = {
      movements: await count('tag_movement'),
      telemetry: await count('telemetry'),
      tags: await count('tag'),
    };
    const again = await post(gw[0], ruuviBody(gw[0], at, { [TAG]: { rssi: -52, data: advert(100) } })).expect(
      202,
    );
    expect(again.body).toEqual({ accepted: 1, rejected: [], duplicate: true });
    await drainIngest(t);
    expect({
      movements: await count('tag_movement'),
      telemetry: await count('telemetry'),
      tags: await count('tag'),
    }).toEqual(before);
  });

  it('keeps the good sightings of a batch and says which were refused and why', async () => {
    const at = Date.now();
    const res = await post(gw[2], {
      data: {
        gw_mac: gw[2].mac,
        timestamp: seconds(at),
        tags: {
          'D6:E2:5A:00:00:2B': { rssi: -60, timestamp: seconds(at), data: advert(1) },
          'not-a-mac': { rssi: -60, timestamp: seconds(at) },
          'D6:E2:5A:00:00:2C': { rssi: 'loud', timestamp: seconds(at) },
        },
      },
    }).expect(202);
    expect(res.body.accepted).toBe(1);
    expect(res.body.rejected).toHaveLength(2);
    expect(res.body.rejected.map((r: { index: string }) => r.index).sort()).toEqual([
      'D6:E2:5A:00:00:2C',
      'not-a-mac',
    ]);
    for (const r of res.body.rejected) {
      expect(r.reason).toEqual(expect.any(String));
    }
  });

  it('answers 400 naming the field for a malformed envelope, 401 without a valid key, 403 for another gateway', async () => {
    const bad = await post(gw[0], { data: { gw_mac: 'nope', tags: [] } }).expect(400);
    expect(bad.body.message.join(' ')).toMatch(/gw_mac/);
    await request(t.http)
      .post('/api/v1/ingest/ruuvi')
      .send(ruuviBody(gw[0], Date.now(), {}))
      .expect(401);
    await request(t.http)
      .post('/api/v1/ingest/ruuvi')
      .set('Authorization', `Bearer ${token}`)
      .send(ruuviBody(gw[0], Date.now(), {}))
      .expect(401);
    const other = await post(gw[1], ruuviBody(gw[0], Date.now(), {})).expect(403);
    expect(other.body.message[0]).toMatch(/belongs to F2:A0:0C:00:01:02/);
  });

  it('takes Wardwatch batches; a repeated (gateway, sequence) is recognised', async () => {
    const body = {
      gateway: gw[3].mac,
      sentAt: new Date().toISOString(),
      sequence: 7,
      sightings: [{ tag: 'C4:7A:11:00:00:99', rssi: -58 }],
    };
    const send = () =>
      request(t.http).post('/api/v1/ingest/sightings').set('Authorization', `Bearer ${gw[3].key}`).send(body);
    expect((await send().expect(202)).body).toEqual({ accepted: 1, rejected: [], duplicate: false });
    expect((await send().expect(202)).body.duplicate).toBe(true);
    await drainIngest(t);
    const unassigned = (
      await request(t.http)
        .get('/api/v1/tags?unassigned=true')
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body;
    expect(unassigned.items.map((i: { mac: string }) => i.mac)).toContain('C4:7A:11:00:00:99');
    const bad = await request(t.http)
      .post('/api/v1/ingest/sightings')
      .set('Authorization', `Bearer ${gw[3].key}`)
      .send({ ...body, sequence: -1 })
      .expect(400);
    expect(bad.body.message.join(' ')).toMatch(/sequence/);
  });
});
