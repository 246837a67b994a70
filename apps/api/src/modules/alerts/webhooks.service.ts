import { InjectQueue } from '@nestjs/bullmq';
import { BadRequestException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AlertDto,
  CreateWebhookRequest,
  CreateWebhookResponse,
  WebhookDto,
  WebhookEvent,
  WebhookEventBody,
} from '@wardwatch/contracts';
import { Queue } from 'bullmq';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { QUEUES } from '../../infra/queue/queues';
import { decryptSecret, encryptSecret, newWebhookSecret } from './webhook-secrets';

const DELIVERY_TIMEOUT_MS = 10_000;

interface WebhookRow {
  id: string;
  url: string;
  description: string;
  roles: string[];
  kinds: string[];
  active: boolean;
  created_at: Date;
}

const toDto = (r: WebhookRow): WebhookDto => ({
  id: r.id,
  url: r.url,
  description: r.description,
  roles: r.roles,
  kinds: r.kinds,
  active: r.active,
  createdAt: r.created_at.toISOString(),
});

/** The signature a receiver checks: HMAC-SHA256 of "<timestamp>.<body>" under the webhook's secret. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Webhooks for alert events: registered by admins (the signing secret shown once, kept encrypted);
 * every event becomes one delivery row and one BullMQ job per matching webhook, retried with backoff
 * until the receiver answers 2xx.
 */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QUEUES.system) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(body: CreateWebhookRequest): Promise<CreateWebhookResponse> {
    const url = new URL(body.url);
    if (
      url.protocol !== 'https:' &&
      !(url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname))
    ) {
      throw new BadRequestException(['url must be https (plain http only to localhost, for testing)']);
    }
    const secret = newWebhookSecret();
    const [row]: WebhookRow[] = await this.db.query(
      `INSERT INTO webhook (url, description, secret_ciphertext, roles, kinds) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, url, description, roles, kinds, active, created_at`,
      [
        url.toString(),
        body.description.trim(),
        encryptSecret(secret, this.config.auth.jwtSecret),
        body.roles ?? [],
        body.kinds ?? [],
      ],
    );
    this.logger.log({ webhookId: row.id, host: url.host }, 'webhook registered');
    return { webhook: toDto(row), secret };
  }

  async list(): Promise<WebhookDto[]> {
    const rows: WebhookRow[] = await this.db.query(
      `SELECT id, url, description, roles, kinds, active, created_at FROM webhook ORDER BY created_at`,
    );
    return rows.map(toDto);
  }

  async remove(id: string): Promise<void> {
    const [, deleted] = await this.db.query(`DELETE FROM webhook WHERE id = $1`, [id]);
    if (deleted === 0) {
      throw new NotFoundException(`webhook ${id} does not exist`);
    }
  }

  /** Queues the event for every active webhook whose roles and kinds match the alert. */
  async enqueue(event: WebhookEvent, alert: AlertDto): Promise<number> {
    const body: WebhookEventBody = { event, sentAt: new Date().toISOString(), alert };
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO webhook_delivery (webhook_id, event, body)
       SELECT id, $1, $2 FROM webhook
       WHERE active AND (cardinality(roles) = 0 OR $3 = ANY(roles)) AND (cardinality(kinds) = 0 OR $4 = ANY(kinds))
       RETURNING id`,
      [event, JSON.stringify(body), alert.responsibleRole, alert.kind],
    );
    for (const { id } of rows) {
      await this.queue.add(
        'deliver-webhook',
        { deliveryId: id },
        {
          jobId: `webhook-${id}`,
          attempts: 8,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: 100,
        },
      );
    }
    return rows.length;
  }

  /** Sends one delivery; throws (so BullMQ retries) unless the receiver answers 2xx. */
  async deliver(deliveryId: string): Promise<{ status: number }> {
    const [d] = await this.db.query(
      `SELECT d.id, d.event, d.body, d.status, w.url, w.secret_ciphertext
       FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id WHERE d.id = $1`,
      [deliveryId],
    );
    if (!d || d.status === 'delivered') {
      return { status: 0 };
    }
    const timestamp = String(Math.floor(Date.now() / 1000));
    let status = 0;
    let error: string | null = null;
    try {
      const response = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-wardwatch-event': d.event,
          'x-wardwatch-delivery': d.id,
          'x-wardwatch-timestamp': timestamp,
          'x-wardwatch-signature': signWebhook(
            decryptSecret(d.secret_ciphertext, this.config.auth.jwtSecret),
            timestamp,
            d.body,
          ),
        },
        body: d.body,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        redirect: 'error',
      });
      status = response.status;
      if (!response.ok) {
        error = `answered ${response.status}`;
      }
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    await this.db.query(
      `UPDATE webhook_delivery SET attempts = attempts + 1, last_status_code = $2, last_error = $3,
              status = CASE WHEN $3::text IS NULL THEN 'delivered' ELSE status END,
              delivered_at = CASE WHEN $3::text IS NULL THEN now() ELSE delivered_at END
       WHERE id = $1`,
      [deliveryId, status || null, error],
    );
    if (error) {
      throw new Error(`webhook delivery ${deliveryId} failed: ${error}`);
    }
    return { status };
  }

  /** After the last retry: the delivery is marked failed (visible to admins). */
  async markFailed(deliveryId: string): Promise<void> {
    await this.db.query(
      `UPDATE webhook_delivery SET status = 'failed' WHERE id = $1 AND status = 'pending'`,
      [deliveryId],
    );
  }
}
