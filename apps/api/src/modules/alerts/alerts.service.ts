import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type {
  AlertDto,
  AlertKind,
  AlertQuery,
  AlertSeverity,
  AlertSummaryDto,
  Page,
} from '@wardwatch/contracts';
import { DataSource, In, Like, Repository } from 'typeorm';

import { RealtimePublisher } from '../../infra/redis/realtime-publisher';
import type { WebhookEvent } from '@wardwatch/contracts';
import type { AlertCondition } from './alert-condition';
import { toAlertDto } from './alert.mapper';
import { AlertEntity } from './entities/alert.entity';
import { WebhooksService } from './webhooks.service';

const WITH_USERS = { acknowledgedByUser: true, resolvedByUser: true } as const;

/**
 * The one alert model: raise (idempotent per condition), acknowledge, resolve with the corrective action,
 * every step audited in alert_event and pushed live.
 */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    @InjectRepository(AlertEntity) private readonly alerts: Repository<AlertEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly publisher: RealtimePublisher,
    private readonly webhooks: WebhooksService,
  ) {}

  async list(query: AlertQuery): Promise<Page<AlertDto>> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const state = query.state ?? 'active';
    const [rows, total] = await this.alerts.findAndCount({
      where: {
        state: state === 'active' ? In(['open', 'acknowledged']) : state,
        ...(query.kind ? { kind: query.kind } : {}),
        // A UUID cannot hold LIKE wildcards, so this matches the unit's condition keys only.
        ...(query.unitId ? { conditionKey: Like(`env:${query.unitId}:%`) } : {}),
      },
      relations: WITH_USERS,
      // Open before acknowledged, critical first, newest first.
      order: { state: 'DESC', severity: 'ASC', openedAt: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items: rows.map(toAlertDto), total, limit, offset };
  }

  async get(id: string): Promise<AlertDto> {
    return toAlertDto(await this.entity(id));
  }

  async summary(): Promise<AlertSummaryDto> {
    const rows: { kind: AlertKind; severity: AlertSeverity; open: number; acknowledged: number }[] =
      await this.db.query(
        `SELECT kind,
                (array_agg(severity ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END))[1]
                  AS severity,
                count(*) FILTER (WHERE state = 'open')::int AS open,
                count(*) FILTER (WHERE state = 'acknowledged')::int AS acknowledged
         FROM alert WHERE state <> 'resolved' GROUP BY kind ORDER BY kind`,
      );
    return {
      open: rows.reduce((n, r) => n + r.open, 0),
      acknowledged: rows.reduce((n, r) => n + r.acknowledged, 0),
      byKind: rows,
    };
  }

  async acknowledge(id: string, userId: string, note?: string): Promise<AlertDto> {
    const updated = await this.transition(
      id,
      `UPDATE alert SET state = 'acknowledged', acknowledged_at = now(), acknowledged_by = $2
       WHERE id = $1 AND state = 'open' RETURNING id`,
      [id, userId],
      { action: 'acknowledged', userId, note: note?.trim() || null },
    );
    if (!updated) {
      const current = await this.entity(id);
      throw new ConflictException([
        `alert ${id} is ${current.state}; only an open alert can be acknowledged`,
      ]);
    }
    return this.changed(id, 'alert.acknowledged');
  }

  async resolve(id: string, userId: string, note: string): Promise<AlertDto> {
    const updated = await this.transition(
      id,
      `UPDATE alert SET state = 'resolved', resolved_at = now(), resolved_by = $2, resolution_note = $3,
              acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, $2)
       WHERE id = $1 AND state <> 'resolved' RETURNING id`,
      [id, userId, note.trim()],
      { action: 'resolved', userId, note: note.trim() },
    );
    if (!updated) {
      await this.entity(id);
      throw new ConflictException([`alert ${id} is already resolved`]);
    }
    return this.changed(id, 'alert.resolved');
  }

  /**
   * Opens an alert for a condition, or notes that its unresolved alert still holds. Safe to call on every
   * evaluation: the partial unique index on condition_key keeps one unresolved alert per condition.
   */
  async raise(condition: AlertCondition): Promise<{ alertId: string | null; opened: boolean }> {
    const at = condition.at ?? new Date();
    // A condition still holding touches its alert at most once a minute (and at once if it had cleared),
    // so rules evaluated every few seconds do not rewrite every open alert each time.
    const [row]: { id: string; opened: boolean }[] = await this.db.query(
      `INSERT INTO alert (kind, severity, condition_key, title, detail, floor_id, room_id, opened_at, last_triggered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (condition_key) WHERE state <> 'resolved'
       DO UPDATE SET last_triggered_at = now(), condition_cleared_at = NULL
       WHERE alert.last_triggered_at < now() - interval '1 minute' OR alert.condition_cleared_at IS NOT NULL
       RETURNING id, (xmax = 0) AS opened`,
      [
        condition.kind,
        condition.severity,
        condition.conditionKey,
        condition.title,
        condition.detail,
        condition.floorId,
        condition.roomId,
        at,
      ],
    );
    if (!row?.opened) {
      return { alertId: row?.id ?? null, opened: false };
    }
    await this.db.query(`INSERT INTO alert_event (alert_id, action, note) VALUES ($1, 'opened', $2)`, [
      row.id,
      condition.detail,
    ]);
    this.logger.log(
      { alertId: row.id, kind: condition.kind, conditionKey: condition.conditionKey },
      'alert opened',
    );
    await this.changed(row.id, 'alert.opened');
    return { alertId: row.id, opened: true };
  }

  /** The condition no longer holds and needs no human action: the system resolves its alert with a note. */
  async clear(conditionKey: string, note: string): Promise<AlertDto | null> {
    const [row]: { id: string }[] = await this.db.query(
      `WITH done AS (
         UPDATE alert SET state = 'resolved', resolved_at = now(), resolution_note = $2
         WHERE condition_key = $1 AND state <> 'resolved' RETURNING id)
       INSERT INTO alert_event (alert_id, action, note) SELECT id, 'resolved', $2 FROM done RETURNING alert_id AS id`,
      [conditionKey, note],
    );
    return row ? this.changed(row.id, 'alert.resolved') : null;
  }

  /**
   * The condition no longer holds, but a person must still resolve the alert (with the action taken):
   * note when it cleared. Returns whether an unresolved alert was marked now.
   */
  async conditionCleared(conditionKey: string, at: Date): Promise<boolean> {
    const [row]: { id: string }[] = await this.db
      .query(
        `UPDATE alert SET condition_cleared_at = $2
       WHERE condition_key = $1 AND state <> 'resolved' AND condition_cleared_at IS NULL RETURNING id`,
        [conditionKey, at],
      )
      .then((r: [{ id: string }[], number]) => r[0]);
    if (!row) {
      return false;
    }
    await this.changed(row.id);
    return true;
  }

  /** Condition keys of unresolved alerts whose key starts with a prefix (a unit's, a rule's). */
  async unresolvedKeysLike(prefix: string): Promise<string[]> {
    const rows: { condition_key: string }[] = await this.db.query(
      `SELECT condition_key FROM alert WHERE state <> 'resolved' AND starts_with(condition_key, $1)`,
      [prefix],
    );
    return rows.map((r) => r.condition_key);
  }

  /** Condition keys of unresolved alerts of a kind (for jobs that clear what no longer holds). */
  async unresolvedKeys(kind: AlertKind): Promise<string[]> {
    const rows: { condition_key: string }[] = await this.db.query(
      `SELECT condition_key FROM alert WHERE kind = $1 AND state <> 'resolved'`,
      [kind],
    );
    return rows.map((r) => r.condition_key);
  }

  private transition(
    id: string,
    sql: string,
    params: unknown[],
    event: { action: string; userId: string; note: string | null },
  ): Promise<boolean> {
    return this.transitionAs(id, sql, params, event);
  }

  private async transitionAs(
    id: string,
    sql: string,
    params: unknown[],
    event: { action: string; userId: string | null; note: string | null },
  ): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      // Wrapped in a CTE so that the driver returns the rows (a bare UPDATE gives [rows, count]).
      const rows: { id: string }[] = await manager.query(
        `WITH changed AS (${sql}) SELECT id FROM changed`,
        params,
      );
      if (rows.length === 0) {
        return false;
      }
      await manager.query(
        `INSERT INTO alert_event (alert_id, action, user_id, note) VALUES ($1, $2, $3, $4)`,
        [id, event.action, event.userId, event.note],
      );
      return true;
    });
  }

  /** Moves an unacknowledged alert to the next role (only if nobody else did meanwhile). */
  async escalate(id: string, fromLevel: number, at: Date, note: string): Promise<boolean> {
    const moved = await this.transitionAs(
      id,
      `UPDATE alert SET escalation_level = escalation_level + 1, notified_at = $3
       WHERE id = $1 AND state = 'open' AND escalation_level = $2 RETURNING id`,
      [id, fromLevel, at],
      { action: 'escalated', userId: null, note },
    );
    if (moved) {
      await this.changed(id, 'alert.escalated');
    }
    return moved;
  }

  /** Reminds the responsible role of an alert still not acknowledged. */
  async remind(id: string, lastNotified: Date, at: Date): Promise<boolean> {
    const reminded = await this.transitionAs(
      id,
      `UPDATE alert SET notified_at = $3 WHERE id = $1 AND state = 'open' AND date_trunc('milliseconds', notified_at) = $2 RETURNING id`,
      [id, lastNotified, at],
      { action: 'reminded', userId: null, note: null },
    );
    if (reminded) {
      await this.changed(id, 'alert.reminder');
    }
    return reminded;
  }

  private async changed(id: string, event?: WebhookEvent): Promise<AlertDto> {
    const dto = await this.get(id);
    await this.publisher.alertChanged(dto).catch((error: unknown) => {
      this.logger.warn({ err: error, alertId: id }, 'could not publish an alert change');
    });
    if (event) {
      await this.webhooks.enqueue(event, dto).catch((error: unknown) => {
        this.logger.warn({ err: error, alertId: id, event }, 'could not queue webhook deliveries');
      });
    }
    return dto;
  }

  private async entity(id: string): Promise<AlertEntity> {
    const row = await this.alerts.findOne({ where: { id }, relations: WITH_USERS });
    if (!row) {
      throw new NotFoundException(`alert ${id} does not exist`);
    }
    return row;
  }
}
