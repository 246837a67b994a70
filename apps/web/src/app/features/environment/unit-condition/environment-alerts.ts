import type { AlertDto, AlertKind, MonitoredUnitDto } from '@wardwatch/contracts';

/** The kinds the environment rules raise; a change to one may change a unit's condition. */
export const ENVIRONMENT_ALERT_KINDS: readonly AlertKind[] = [
  'temperature-excursion',
  'humidity-excursion',
  'cumulative-excursion',
  'hard-limit',
  'sensor-silent',
  'power-loss',
];

const KINDS: ReadonlySet<AlertKind> = new Set(ENVIRONMENT_ALERT_KINDS);

export const isEnvironmentAlert = (alert: Pick<AlertDto, 'kind'>): boolean => KINDS.has(alert.kind);

/**
 * Whether an alert is this unit's: the rules place every unit alert in the unit's room and title it
 * "<unit name>: …" (alerts carry no unit id).
 */
export const isUnitAlert = (
  alert: Pick<AlertDto, 'kind' | 'roomId' | 'title'>,
  unit: Pick<MonitoredUnitDto, 'name' | 'roomId'>,
): boolean =>
  isEnvironmentAlert(alert) && alert.roomId === unit.roomId && alert.title.startsWith(`${unit.name}:`);
