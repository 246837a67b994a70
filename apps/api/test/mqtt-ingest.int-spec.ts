import { encodeRuuviRawV2Advertisement } from '@wardwatch/ble';
import { connectAsync, type MqttClient } from 'mqtt';
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

const MQTT_URL = process.env['MQTT_TEST_URL'];
const TAG = 'D6:E2:5A:00:00:7E';

/** Ruuvi Gateway MQTT, against the real Mosquitto that `npm test` starts. */
describe('Ruuvi Gateway MQTT ingest (real Mosquitto)', () => {
  let t: TestApp;
  let token: string;
  let gw: TestGateway[];
  let roomIds: string[];
  let publisher: MqttClient;
  let workers = startWorkers(0);

  beforeAll(async () => {
    if (!MQTT_URL) {
      throw new Error('MQTT_TEST_URL is not set: run integration tests through npm test');
    }
    t = await createTestApp();
    await truncateAll(t.db);
    await resetLocation(t);
    const fixture = await makeFloor(t.db);
    roomIds = ['103', '104'].map((n) => fixture.rooms.find((r) => r.number === n)!.id);
    gw = await makeGateways(t.db, fixture.floor.id, [
      { mac: 'F2:A0:0C:00:03:01', roomId: roomIds[0], x: 10, y: 16 },
      { mac: 'F2:A0:0C:00:03:02', roomId: roomIds[1], x: 30, y: 16 },
    ]);
    token = await tokenFor(t, 'facilities');
    workers = startWorkers(1, { MQTT_URL });
    publisher = await connectAsync(MQTT_URL, { protocolVersion: 5 });
    // Give the worker time to connect and subscribe before publishing (QoS 1 is not retained).
    await new Promise((r) => setTimeout(r, 2500));
  });

  afterAll(async () => {
    await publisher?.endAsync();
    await stopWorkers(workers);
    await t.close();
  });

  const publish = (g: TestGateway, rssi: number, at: number, seq: number) =>
    publisher.publishAsync(
      `ruuvi/${g.mac}/${TAG}`,
      JSON.stringify({
        gw_mac: g.mac,
        rssi,
        aoa: [],
        gwts: String(Math.floor(at / 1000)),
        ts: String(Math.floor(at / 1000)),
        data: encodeRuuviRawV2Advertisement({
          temperatureC: 4.25,
          humidityPct: 60,
          pressurePa: 101_000,
          accelerationXMg: 0,
          accelerationYMg: 0,
          accelerationZMg: 1000,
          batteryMv: 3000,
          txPowerDbm: 4,
          movementCounter: 1,
          measurementSequence: seq,
          mac: TAG,
        }),
        coords: '',
      }),
      { qos: 1 },
    );

  it('locates a tag from MQTT messages and keeps its decoded readings; malformed messages do not stop it', async () => {
    await publisher.publishAsync(`ruuvi/${gw[0].mac}/${TAG}`, '{not json', { qos: 1 });
    await publisher.publishAsync(
      `ruuvi/F2:A0:0C:99:99:99/${TAG}`,
      JSON.stringify({ rssi: -50, gwts: '1', ts: '1' }),
      { qos: 1 },
    );
    // The tag advertises every second; both gateways hear it, the one in room 104 much louder.
    const start = Date.now() - 6000;
    for (let s = 0; s < 6; s++) {
      await publish(gw[0], -84, start + s * 1000, 10 + s);
      await publish(gw[1], -51, start + s * 1000, 10 + s);
    }

    const deadline = Date.now() + 15_000;
    let tag: { location: { roomId: string } | null; readings: { temperatureC: number } | null } | null = null;
    while (Date.now() < deadline) {
      await drainIngest(t);
      const res = await request(t.http).get(`/api/v1/tags/${TAG}`).set('Authorization', `Bearer ${token}`);
      if (res.status === 200 && res.body.location?.roomId === roomIds[1]) {
        tag = res.body;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(tag?.location?.roomId).toBe(roomIds[1]);
    expect(tag?.readings?.temperatureC).toBe(4.25);
    expect(workers[0].exitCode).toBeNull();
  });
});
