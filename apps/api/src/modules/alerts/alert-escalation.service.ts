import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ALERT_ESCALATION, type AlertKind } from '@wardwatch/contracts';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { AlertsService } from './alerts.service';

/**
 * Alerts nobody has acknowledged are not allowed to go quiet: every ALERT_REMIND_EVERY_MIN the
 * responsible role is reminded, and every ALERT_ESCALATE_AFTER_MIN without an acknowledgement the
 * alert moves to the next role of its kind's chain (facilities → admin, …). Each step is audited,
 * pushed live and sent to the webhooks.
 */
@Injectable()
export class AlertEscalationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly alerts: AlertsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(now: Date): Promise<{ reminded: number; escalated: number }> {
    const remindMs = this.config.alerts.remindEveryMin * 60_000;
    const escalateMs = this.config.alerts.escalateAfterMin * 60_000;
    const due: {
      id: string;
      kind: AlertKind;
      escalation_level: number;
      opened_at: Date;
      notified_at: Date;
    }[] = await this.db.query(
      `SELECT id, kind, escalation_level, opened_at, notified_at FROM alert
         WHERE state = 'open' AND (notified_at <= $1 OR opened_at <= $2)`,
      [new Date(now.getTime() - remindMs), new Date(now.getTime() - escalateMs)],
    );
    let reminded = 0;
    let escalated = 0;
    for (const a of due) {
      const chain = ALERT_ESCALATION[a.kind] ?? ['admin'];
      const escalationDue = now.getTime() - a.opened_at.getTime() >= escalateMs * (a.escalation_level + 1);
      if (escalationDue && a.escalation_level < chain.length - 1) {
        const role = chain[a.escalation_level + 1];
        const minutes = Math.round((now.getTime() - a.opened_at.getTime()) / 60_000);
        if (
          await this.alerts.escalate(
            a.id,
            a.escalation_level,
            now,
            `Not acknowledged after ${minutes} min: now for ${role}`,
          )
        ) {
          escalated += 1;
        }
      } else if (now.getTime() - a.notified_at.getTime() >= remindMs) {
        if (await this.alerts.remind(a.id, a.notified_at, now)) {
          reminded += 1;
        }
      }
    }
    return { reminded, escalated };
  }
}
