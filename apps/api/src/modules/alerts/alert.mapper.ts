import type { AlertDto } from '@wardwatch/contracts';

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
  openedAt: a.openedAt.toISOString(),
  lastTriggeredAt: a.lastTriggeredAt.toISOString(),
  conditionClearedAt: a.conditionClearedAt?.toISOString() ?? null,
  acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
  acknowledgedBy: a.acknowledgedByUser?.email ?? null,
  resolvedAt: a.resolvedAt?.toISOString() ?? null,
  resolvedBy: a.resolvedByUser?.email ?? null,
  resolutionNote: a.resolutionNote,
});
