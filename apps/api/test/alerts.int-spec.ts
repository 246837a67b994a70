import type { AlertDto, AlertSummaryDto } from '@wardwatch/contracts';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import type { AddressInfo } from 'node:net';

import { GatewayOfflineRule } from '../src/modules/alerts/rules/gateway-offline.rule';
import { makeFloor, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

describe('alerts: one per condition, acknowledged, resolved with the action taken, pushed live', () => {
  let t: TestApp;
  let token: string;
  let floorId: string;
  let socket: Socket;
  const received: { alert: AlertDto; summary: AlertSummaryDto }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    floorId = (await makeFloor(t.db)).floor.id;
    token = await tokenFor(t, 'facilities');
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.http.address() as AddressInfo;
    socket = io(`http://127.0.0.1:${port}/realtime`, { auth: { token }, transports: ['websocket'] });
    socket.on('alert', (payload) => received.push(payload));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
  });

  afterAll(async () => {
    socket.close();
    await t.close();
  });

  const api = () => ({
    get: (path: string) => request(t.http).get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) =>
      request(t.http).post(path).set('Authorization', `Bearer ${token}`).send(body),
  });
  const until = async (check: () => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) {
        throw new Error('timed out');
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  it('raises a gateway-offline alert once however often the rule runs, and clears it when heard again', async () => {
    const [gw] = await t.db.query(
      `INSERT INTO gateway (mac, name, floor_id, x, y, key_hash, last_heard_at)
       VALUES ('F1:00:00:00:00:77', 'GW quiet', $1, 5, 4, 'x', now() - interval '1 hour') RETURNING id`,
      [floorId],
    );
    const rule = t.app.get(GatewayOfflineRule);
    expect(await rule.evaluate(new Date())).toEqual({ opened: 1, stillOffline: 0, cleared: 0 });
    expect(await rule.evaluate(new Date())).toEqual({ opened: 0, stillOffline: 1, cleared: 0 });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM alert`);
    expect(n).toBe(1);

    const summary: AlertSummaryDto = (await api().get('/api/v1/alerts/summary').expect(200)).body;
    expect(summary).toEqual({
      open: 1,
      acknowledged: 0,
      byKind: [{ kind: 'gateway-offline', severity: 'warning', open: 1, acknowledged: 0 }],
    });
    await until(() => received.some((r) => r.alert.kind === 'gateway-offline' && r.alert.state === 'open'));
    expect(received.at(-1)?.summary.open).toBe(1);

    await t.db.query(`UPDATE gateway SET last_heard_at = now() WHERE id = $1`, [gw.id]);
    expect(await rule.evaluate(new Date())).toEqual({ opened: 0, stillOffline: 0, cleared: 1 });
    const resolved: AlertDto[] = (await api().get('/api/v1/alerts?state=resolved').expect(200)).body.items;
    expect(resolved[0]).toMatchObject({ state: 'resolved', resolvedBy: null });
    expect(resolved[0].resolutionNote).toContain('heard again');
  });

  it('acknowledges, then resolves only with a note, and refuses steps out of order', async () => {
    await t.db.query(
      `INSERT INTO gateway (mac, name, floor_id, x, y, key_hash, last_heard_at)
       VALUES ('F1:00:00:00:00:78', 'GW unplugged', $1, 30, 16, 'y', now() - interval '2 hours')`,
      [floorId],
    );
    await t.app.get(GatewayOfflineRule).evaluate(new Date());
    const [alert]: AlertDto[] = (await api().get('/api/v1/alerts').expect(200)).body.items;
    expect(alert).toMatchObject({ state: 'open', title: 'Gateway GW unplugged offline', floorId });

    const acked: AlertDto = (
      await api()
        .post(`/api/v1/alerts/${alert.id}/acknowledge`, { note: 'Checking the PoE switch' })
        .expect(200)
    ).body;
    expect(acked).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'facilities@test.local' });
    expect((await api().post(`/api/v1/alerts/${alert.id}/acknowledge`)).status).toBe(409);

    const blank = await api().post(`/api/v1/alerts/${alert.id}/resolve`, { note: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.message).toEqual(['note (the corrective action taken) must not be blank']);

    const done: AlertDto = (
      await api()
        .post(`/api/v1/alerts/${alert.id}/resolve`, { note: 'Replaced the PoE injector' })
        .expect(200)
    ).body;
    expect(done).toMatchObject({ state: 'resolved', resolvedBy: 'facilities@test.local' });
    expect((await api().post(`/api/v1/alerts/${alert.id}/resolve`, { note: 'again' })).status).toBe(409);
    await until(() => received.some((r) => r.alert.id === alert.id && r.alert.state === 'resolved'));

    const trail = await t.db.query(`SELECT action, note FROM alert_event WHERE alert_id = $1 ORDER BY id`, [
      alert.id,
    ]);
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['opened', 'acknowledged', 'resolved']);
    // Still silent: the next evaluation opens a new alert for the same condition (the old one is closed).
    expect((await t.app.get(GatewayOfflineRule).evaluate(new Date())).opened).toBe(1);
    await api().get('/api/v1/alerts/not-a-uuid').expect(400);
  });
});
