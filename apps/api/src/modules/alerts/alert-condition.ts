import type { AlertKind, AlertSeverity } from '@wardwatch/contracts';

/** A condition that holds now and should have an alert: what rules and jobs hand to AlertsService.raise. */
export interface AlertCondition {
  kind: AlertKind;
  severity: AlertSeverity;
  /** Names the condition, e.g. `gateway-offline:<gateway id>`: at most one unresolved alert each. */
  conditionKey: string;
  title: string;
  detail: string;
  floorId: string | null;
  roomId: string | null;
  /** When the condition was observed (default: now). */
  at?: Date;
}
