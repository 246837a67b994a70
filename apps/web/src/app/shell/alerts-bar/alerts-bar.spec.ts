import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AlertDto, AlertSummaryDto, Page } from '@wardwatch/contracts';
import { Subject } from 'rxjs';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { AlertsBar } from './alerts-bar';

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
    openedAt: new Date(Date.now() - 120_000).toISOString(),
    lastTriggeredAt: new Date().toISOString(),
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

const SUMMARY: AlertSummaryDto = {
  open: 2,
  acknowledged: 1,
  byKind: [
    { kind: 'gateway-offline', severity: 'critical', open: 1, acknowledged: 1 },
    { kind: 'tag-low-battery', severity: 'warning', open: 1, acknowledged: 0 },
  ],
};
const page = (items: AlertDto[]): Page<AlertDto> => ({ items, total: items.length, limit: 50, offset: 0 });

describe('AlertsBar', () => {
  let fixture: ComponentFixture<AlertsBar>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let live: Subject<{ alert: AlertDto; summary: AlertSummaryDto }>;

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const text = (selector: string): string =>
    host.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const toggle = (): HTMLButtonElement => {
    const button = host.querySelector<HTMLButtonElement>('[data-testid=alerts-bar-toggle]');
    if (!button) {
      throw new Error('no toggle');
    }
    return button;
  };

  beforeEach(async () => {
    live = new Subject();
    TestBed.configureTestingModule({
      imports: [AlertsBar],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: RealtimeService, useValue: { alerts$: live.asObservable() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AlertsBar);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  function flushInitial(summary: AlertSummaryDto, items: AlertDto[]): void {
    http.expectOne('/api/v1/alerts/summary').flush(summary);
    const list = http.expectOne((r) => r.url === '/api/v1/alerts');
    expect(list.request.params.get('state')).toBe('active');
    list.flush(page(items));
  }

  it('counts unresolved alerts by kind on one line, coloured by the worst open severity', async () => {
    expect(text('[data-testid=alerts-bar-toggle]')).toContain('Loading alerts…');
    flushInitial(SUMMARY, [alert('a')]);
    await settle();

    expect(text('[data-testid=alerts-total]')).toBe('Alerts: 2 open, 1 acknowledged');
    const kinds = Array.from(host.querySelectorAll('[data-testid=alerts-kind-count]'));
    expect(kinds.map((k) => k.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Gateway offline: 1 (+1 ack.)',
      'Tag battery low: 1',
    ]);
    expect(kinds[0].classList).toContain('ww-severity--critical');
    expect(host.querySelector('.ww-alerts-line')?.classList).toContain('ww-alerts-line--critical');
    expect(host.querySelector('a[href="/alerts"]')).not.toBeNull();
    // Collapsed: one line, no list.
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelector('[role=region]')).toBeNull();
  });

  it('says all clear when nothing is unresolved', async () => {
    flushInitial({ open: 0, acknowledged: 0, byKind: [] }, []);
    await settle();
    expect(text('[data-testid=alerts-all-clear]')).toBe('All clear: no open alerts');
    expect(host.querySelector('.ww-alerts-line--clear')).not.toBeNull();

    toggle().click();
    await settle();
    expect(text('[role=region]')).toBe('No unresolved alerts.');
  });

  it('expands to the list and acknowledges an open alert from the bar', async () => {
    flushInitial(SUMMARY, [
      alert('a'),
      alert('b', { state: 'acknowledged', acknowledgedBy: 'sam@example.org' }),
    ]);
    await settle();
    toggle().click();
    await settle();

    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    const region = host.querySelector('[role=region]');
    expect(region?.getAttribute('aria-label')).toBe('Unresolved alerts');
    expect(host.querySelectorAll('[data-testid=alerts-bar-item]')).toHaveLength(2);
    expect(region?.textContent).toContain('Acknowledged by sam@example.org');
    const buttons = host.querySelectorAll<HTMLButtonElement>('[data-testid=alerts-bar-acknowledge]');
    expect(buttons).toHaveLength(1);

    buttons[0].click();
    await settle();
    const ack = http.expectOne('/api/v1/alerts/a/acknowledge');
    expect(ack.request.method).toBe('POST');
    ack.flush(alert('a', { state: 'acknowledged', acknowledgedBy: 'me@example.org' }));
    http.expectOne('/api/v1/alerts/summary').flush({ ...SUMMARY, open: 1, acknowledged: 2 });
    await settle();

    expect(host.querySelectorAll('[data-testid=alerts-bar-acknowledge]')).toHaveLength(0);
    expect(text('[data-testid=alerts-total]')).toBe('Alerts: 1 open, 2 acknowledged');
  });

  it("shows the server's reason when acknowledging fails", async () => {
    flushInitial(SUMMARY, [alert('a')]);
    await settle();
    toggle().click();
    await settle();
    host.querySelector<HTMLButtonElement>('[data-testid=alerts-bar-acknowledge]')?.click();
    await settle();
    http.expectOne('/api/v1/alerts/a/acknowledge').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: ['alert a is resolved; only an open alert can be acknowledged'],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(text('[data-testid=alerts-bar-item] [role=alert]')).toBe(
      'alert a is resolved; only an open alert can be acknowledged',
    );
  });

  it('follows live changes: new counts, new alerts, resolved ones leave', async () => {
    flushInitial(SUMMARY, [alert('a')]);
    await settle();
    toggle().click();
    await settle();

    live.next({
      alert: alert('c', { severity: 'critical', title: 'Gateway C offline' }),
      summary: { ...SUMMARY, open: 3 },
    });
    await settle();
    expect(text('[data-testid=alerts-total]')).toBe('Alerts: 3 open, 1 acknowledged');
    expect(text('[data-testid=alerts-bar-item]')).toContain('Gateway C offline');

    live.next({ alert: alert('a', { state: 'resolved' }), summary: { ...SUMMARY, open: 2 } });
    await settle();
    expect(host.querySelectorAll('[data-testid=alerts-bar-item]')).toHaveLength(1);
  });
});
