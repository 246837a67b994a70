/**
 * One alert model for every kind (gateway offline now; environment excursions, maintenance, stock and
 * missing equipment in later releases): open → acknowledged → resolved, one open alert per condition.
 */
export const ALERT_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_KINDS = [
  'gateway-offline',
  'tag-low-battery',
  'temperature-excursion',
  'humidity-excursion',
  'cumulative-excursion',
  'hard-limit',
  'sensor-silent',
  'power-loss',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  'gateway-offline': 'Gateway offline',
  'tag-low-battery': 'Tag battery low',
  'temperature-excursion': 'Temperature out of range',
  'humidity-excursion': 'Humidity out of range',
  'cumulative-excursion': 'Too long out of range today',
  'hard-limit': 'Hard limit reached',
  'sensor-silent': 'Sensor silent',
  'power-loss': 'Power lost',
};

export interface AlertDto {
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  state: AlertState;
  title: string;
  detail: string;
  /** Where it is, for "show on map"; null when the alert is not about a place. */
  floorId: string | null;
  roomId: string | null;
  /** The monitored unit, for environment alerts. */
  unitId: string | null;
  openedAt: string;
  /** The condition was last seen to hold at this time. */
  lastTriggeredAt: string;
  /** Who is expected to act now: the first role of the kind's escalation chain, then the next. */
  responsibleRole: string;
  escalationLevel: number;
  /** When the condition stopped holding (the alert stays until someone resolves it); null while it holds. */
  conditionClearedAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
}

/** Unresolved alerts counted by kind, for the alerts bar. */
export interface AlertSummaryDto {
  open: number;
  acknowledged: number;
  byKind: { kind: AlertKind; severity: AlertSeverity; open: number; acknowledged: number }[];
}

export interface AlertQuery {
  /** Default: open and acknowledged (everything not resolved). */
  state?: AlertState | 'active';
  kind?: AlertKind;
  /** Only the alerts of one monitored unit. */
  unitId?: string;
  limit?: number;
  offset?: number;
}

/** `POST /api/v1/alerts/:id/acknowledge` */
export interface AcknowledgeAlertRequest {
  note?: string;
}

/** `POST /api/v1/alerts/:id/resolve`: the corrective action taken is required. */
export interface ResolveAlertRequest {
  note: string;
}

/** Who must act on each kind, in escalation order: unacknowledged alerts move one step on. */
export const ALERT_ESCALATION: Record<AlertKind, readonly string[]> = {
  'gateway-offline': ['admin'],
  'tag-low-battery': ['biomed', 'admin'],
  'temperature-excursion': ['facilities', 'admin'],
  'humidity-excursion': ['facilities', 'admin'],
  'cumulative-excursion': ['facilities', 'admin'],
  'hard-limit': ['facilities', 'admin'],
  'sensor-silent': ['facilities', 'admin'],
  'power-loss': ['facilities', 'admin'],
};

/** Events sent to webhooks, signed: header `X-Wardwatch-Signature: sha256=<hex HMAC of "<timestamp>.<body>">`. */
export const WEBHOOK_EVENTS = [
  'alert.opened',
  'alert.reminder',
  'alert.escalated',
  'alert.acknowledged',
  'alert.resolved',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface WebhookEventBody {
  event: WebhookEvent;
  sentAt: string;
  alert: AlertDto;
}

export interface WebhookDto {
  id: string;
  url: string;
  description: string;
  roles: string[];
  kinds: string[];
  active: boolean;
  createdAt: string;
}

/** `POST /api/v1/webhooks` (admin). */
export interface CreateWebhookRequest {
  url: string;
  description: string;
  roles?: string[];
  kinds?: AlertKind[];
}

/** The signing secret is shown here once; Wardwatch keeps it only encrypted. */
export interface CreateWebhookResponse {
  webhook: WebhookDto;
  secret: string;
}
