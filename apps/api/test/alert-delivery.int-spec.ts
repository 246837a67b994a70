import type { AlertDto, CreateWebhookResponse, WebhookEventBody } from '@wardwatch/contracts';
import { createHmac } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';

import { AlertEscalationService } from '../src/modules/alerts/alert-escalation.service';
import { AlertsService } from '../src/modules/alerts/alerts.service';
import { makeFloor, tokenFor } from './factories';
import { resetRedis, startWorkers, stopWorkers, untilSystemJobDone } from './pipeline-harness';
import { createTestApp, TestApp, truncateAll } from './test-app';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('alert delivery: signed webhooks, reminders and escalation (real worker, PostgreSQL, Redis)', () => {
  let t: TestApp;
  let workers: ChildProcess[] = [];
  let receiver: Server;
  let failing = false;
  const received: Received[] = [];
  let hook: CreateWebhookResponse;
  let floorId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    await resetRedis(t);
    floorId = (await makeFloor(t.db)).floor.id;
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (failing) {
          res.writeHead(503).end();
          return;
        }
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const admin = await tokenFor(t, 'admin');
    const port = (receiver.address() as AddressInfo).port;
    hook = (
      await request(t.http)
        .post('/api/v1/webhooks')
        .set('Authorization', `Bearer ${admin}`)
        .send({
          url: `http://127.0.0.1:${port}/hook`,
          description: 'test pager',
          roles: ['facilities', 'admin'],
        })
        .expect(201)
    ).body;
    // The worker evaluates the rules (and escalates) at boot, then hourly: the tests drive escalation
    // themselves, so the boot run must be over before they start (a fresh scheduler, not another spec's).
    workers = startWorkers(1, { ALERT_RULES_EVERY_S: '3600' });
    await untilSystemJobDone(t, 'evaluate-alert-rules');
  });

  afterAll(async () => {
    await stopWorkers(workers);
    receiver.close();
    await t.close();
  });

  const until = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) {
        throw new Error('timed out');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const events = () => received.map((r) => (JSON.parse(r.body) as WebhookEventBody).event);

  it('shows the secret once, keeps it only encrypted, and signs every delivery with it', async () => {
    expect(hook.secret).toMatch(/^whsec_/);
    const [row] = await t.db.query(`SELECT secret_ciphertext FROM webhook`);
    expect(row.secret_ciphertext).not.toContain(hook.secret.slice(6));

    const { alertId } = await t.app.get(AlertsService).raise({
      kind: 'hard-limit',
      severity: 'critical',
      conditionKey: 'env:test:hard-limit:temperature',
      title: 'Vaccine fridge 2: hard limit reached',
      detail: 'temperature reached 0.3 °C',
      floorId,
      roomId: null,
    });
    await until(() => received.length >= 1);
    const [delivery] = received;
    const body = JSON.parse(delivery.body) as WebhookEventBody;
    expect(body).toMatchObject({
      event: 'alert.opened',
      alert: { id: alertId, responsibleRole: 'facilities' },
    });
    const timestamp = String(delivery.headers['x-wardwatch-timestamp']);
    const expected = `sha256=${createHmac('sha256', hook.secret).update(`${timestamp}.${delivery.body}`).digest('hex')}`;
    expect(delivery.headers['x-wardwatch-signature']).toBe(expected);
    expect(delivery.headers['x-wardwatch-event']).toBe('alert.opened');
  });

  it('reminds, then escalates an alert nobody acknowledges to the next role, each step audited and sent', async () => {
    const [{ id }] = await t.db.query(
      `SELECT id FROM alert WHERE condition_key = 'env:test:hard-limit:temperature'`,
    );
    // Pretend it has been open, unacknowledged, for 20 minutes (last notified then too).
    await t.db.query(
      `UPDATE alert SET opened_at = now() - interval '20 minutes', notified_at = now() - interval '20 minutes' WHERE id = $1`,
      [id],
    );
    const escalation = t.app.get(AlertEscalationService);
    expect(await escalation.run(new Date())).toEqual({ reminded: 1, escalated: 0 });
    expect(await escalation.run(new Date())).toEqual({ reminded: 0, escalated: 0 });
    await t.db.query(`UPDATE alert SET opened_at = now() - interval '31 minutes' WHERE id = $1`, [id]);
    expect(await escalation.run(new Date())).toEqual({ reminded: 0, escalated: 1 });
    const alert: AlertDto = (
      await request(t.http)
        .get(`/api/v1/alerts/${id}`)
        .set('Authorization', `Bearer ${await tokenFor(t, 'facilities')}`)
        .expect(200)
    ).body;
    expect(alert).toMatchObject({ escalationLevel: 1, responsibleRole: 'admin' });
    await until(() => events().includes('alert.escalated') && events().includes('alert.reminder'));
    // Deliveries are separate jobs, so they may arrive in any order.
    expect([...events()].sort()).toEqual(['alert.escalated', 'alert.opened', 'alert.reminder']);
    const trail = await t.db.query(`SELECT action, note FROM alert_event WHERE alert_id = $1 ORDER BY id`, [
      id,
    ]);
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['opened', 'reminded', 'escalated']);
    expect(trail[2].note).toContain('now for admin');
    // Admin is the end of the chain: later runs remind, never escalate further.
    await t.db.query(
      `UPDATE alert SET opened_at = now() - interval '5 hours', notified_at = now() - interval '16 minutes' WHERE id = $1`,
      [id],
    );
    expect(await escalation.run(new Date())).toEqual({ reminded: 1, escalated: 0 });
  });

  it('retries a delivery the receiver refuses, and records the outcome', async () => {
    failing = true;
    const [{ id }] = await t.db.query(
      `SELECT id FROM alert WHERE condition_key = 'env:test:hard-limit:temperature'`,
    );
    await request(t.http)
      .post(`/api/v1/alerts/${id}/acknowledge`)
      .set('Authorization', `Bearer ${await tokenFor(t, 'admin')}`)
      .send({ note: 'On it' })
      .expect(200);
    await until(async () => {
      const [d] = await t.db.query(
        `SELECT attempts FROM webhook_delivery WHERE event = 'alert.acknowledged'`,
      );
      return (d?.attempts ?? 0) >= 1;
    });
    failing = false;
    await until(() => events().includes('alert.acknowledged'), 30_000);
    // The worker records the outcome just after the receiver answers.
    await until(async () => {
      const [row] = await t.db.query(
        `SELECT status FROM webhook_delivery WHERE event = 'alert.acknowledged'`,
      );
      return row?.status === 'delivered';
    });
    const [d] = await t.db.query(
      `SELECT status, attempts, last_status_code FROM webhook_delivery WHERE event = 'alert.acknowledged'`,
    );
    expect(d).toMatchObject({ status: 'delivered', last_status_code: 204 });
    expect(d.attempts).toBeGreaterThanOrEqual(2);
  });
});
