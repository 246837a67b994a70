import type { AlertDto, AlertKind, AlertSeverity, AlertState } from '@wardwatch/contracts';

/** Which alerts a list shows: `active` is open or acknowledged (the API's default). */
export interface AlertFilter {
  state: AlertState | 'active';
  kind: AlertKind | null;
}

export const ACTIVE_ALERTS: AlertFilter = { state: 'active', kind: null };

const STATE_ORDER: Record<AlertState, number> = { open: 0, acknowledged: 1, resolved: 2 };
const SEVERITY_ORDER: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

export function matchesFilter(alert: AlertDto, filter: AlertFilter): boolean {
  const stateMatches = filter.state === 'active' ? alert.state !== 'resolved' : alert.state === filter.state;
  return stateMatches && (filter.kind === null || alert.kind === filter.kind);
}

/** Open before acknowledged before resolved, then most severe, then newest. */
export function compareAlerts(a: AlertDto, b: AlertDto): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    Date.parse(b.openedAt) - Date.parse(a.openedAt)
  );
}

/**
 * A list after one alert changed (live, or by the user's own action): the new version replaces the old
 * one, joins the list when it now matches the filter, and leaves it when it no longer does.
 */
export function applyAlertChange(
  list: readonly AlertDto[],
  changed: AlertDto,
  filter: AlertFilter,
): AlertDto[] {
  const others = list.filter((a) => a.id !== changed.id);
  if (!matchesFilter(changed, filter)) {
    return others;
  }
  return [...others, changed].sort(compareAlerts);
}
