import { ALERT_ESCALATION, type AlertDto } from '@wardwatch/contracts';

import type { AlertEntity } from './entities/alert.entity';

export const toAlertDto = (a: AlertEntity): AlertDto => ({
  id: a.id,
  kind: a.kind,
  severity: a.severity,
  state: a.state,
  title: a.title,
  detail: a.detail,
  floorId: a.floorId,
  roomId: a.roomId,
  unitId: unitIdOf(a.conditionKey),
  openedAt: a.openedAt.toISOString(),
  lastTriggeredAt: a.lastTriggeredAt.toISOString(),
  conditionClearedAt: a.conditionClearedAt?.toISOString() ?? null,
  escalationLevel: a.escalationLevel,
  responsibleRole: responsibleRole(a),
  acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
  acknowledgedBy: a.acknowledgedByUser?.email ?? null,
  resolvedAt: a.resolvedAt?.toISOString() ?? null,
  resolvedBy: a.resolvedByUser?.email ?? null,
  resolutionNote: a.resolutionNote,
});

/** The role expected to act at the alert's escalation level (the chain's last once it is exhausted). */
export function responsibleRole(a: Pick<AlertEntity, 'kind' | 'escalationLevel'>): string {
  const chain = ALERT_ESCALATION[a.kind] ?? ['admin'];
  return chain[Math.min(a.escalationLevel, chain.length - 1)];
}

/** Environment conditions are keyed env:<unit id>:<kind>:<measure>. */
export function unitIdOf(conditionKey: string): string | null {
  const match = /^env:([0-9a-f-]{36}):/.exec(conditionKey);
  return match ? match[1] : null;
}
