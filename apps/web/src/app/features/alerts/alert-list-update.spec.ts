import type { AlertDto } from '@wardwatch/contracts';
import { ACTIVE_ALERTS, applyAlertChange, matchesFilter } from './alert-list-update';

function alert(id: string, patch: Partial<AlertDto> = {}): AlertDto {
  return {
    id,
    kind: 'gateway-offline',
    severity: 'warning',
    state: 'open',
    title: `Gateway ${id} offline`,
    detail: 'Not heard for 5 minutes',
    floorId: null,
    roomId: null,
    openedAt: '2026-11-21T10:00:00Z',
    lastTriggeredAt: '2026-11-21T10:00:00Z',
    conditionClearedAt: null,
    unitId: null,
    responsibleRole: 'facilities',
    escalationLevel: 0,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    resolutionNote: null,
    ...patch,
  };
}

describe('applyAlertChange', () => {
  it('replaces an alert in place of its old version and keeps open ones first', () => {
    const list = [alert('a'), alert('b')];
    const next = applyAlertChange(list, alert('a', { state: 'acknowledged' }), ACTIVE_ALERTS);
    expect(next.map((a) => [a.id, a.state])).toEqual([
      ['b', 'open'],
      ['a', 'acknowledged'],
    ]);
    expect(list[0].state).toBe('open');
  });

  it('drops an alert that no longer matches the filter', () => {
    const next = applyAlertChange([alert('a'), alert('b')], alert('a', { state: 'resolved' }), ACTIVE_ALERTS);
    expect(next.map((a) => a.id)).toEqual(['b']);
  });

  it('adds a new matching alert, critical before warning, newest first', () => {
    const list = [alert('old', { openedAt: '2026-11-21T09:00:00Z' })];
    let next = applyAlertChange(list, alert('new', { openedAt: '2026-11-21T11:00:00Z' }), ACTIVE_ALERTS);
    next = applyAlertChange(
      next,
      alert('crit', { severity: 'critical', openedAt: '2026-11-20T00:00:00Z' }),
      ACTIVE_ALERTS,
    );
    expect(next.map((a) => a.id)).toEqual(['crit', 'new', 'old']);
  });

  it('ignores alerts of another kind or state', () => {
    const lowBattery = alert('t', { kind: 'tag-low-battery' });
    expect(applyAlertChange([], lowBattery, { state: 'active', kind: 'gateway-offline' })).toEqual([]);
    expect(applyAlertChange([], lowBattery, { state: 'resolved', kind: null })).toEqual([]);
  });
});

describe('matchesFilter', () => {
  it.each([
    ['open', 'active', true],
    ['acknowledged', 'active', true],
    ['resolved', 'active', false],
    ['resolved', 'resolved', true],
    ['open', 'acknowledged', false],
  ] as const)('a %s alert under %s: %s', (state, filterState, expected) => {
    expect(matchesFilter(alert('x', { state }), { state: filterState, kind: null })).toBe(expected);
  });
});
