import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AlertDto, AlertSummaryDto } from '@wardwatch/contracts';
import { Subject } from 'rxjs';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { AlertsPage } from './alerts-page';

function alert(id: string, patch: Partial<AlertDto> = {}): AlertDto {
  return {
    id,
    kind: 'tag-low-battery',
    severity: 'warning',
    state: 'open',
    title: `Tag ${id} battery low`,
    detail: '2.1 V',
    floorId: 'f3',
    roomId: 'r2',
    openedAt: new Date(Date.now() - 600_000).toISOString(),
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
const page = (items: AlertDto[]) => ({ items, total: items.length, limit: 200, offset: 0 });

describe('AlertsPage', () => {
  let fixture: ComponentFixture<AlertsPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let live: Subject<{ alert: AlertDto; summary: AlertSummaryDto }>;

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  function el<T extends Element>(selector: string, root: ParentNode = host): T {
    const found = root.querySelector<T>(selector);
    if (!found) {
      throw new Error(`Nothing matches ${selector}`);
    }
    return found;
  }

  const listRequest = () => http.expectOne((r) => r.url === '/api/v1/alerts');

  beforeEach(async () => {
    live = new Subject();
    TestBed.configureTestingModule({
      imports: [AlertsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: RealtimeService, useValue: { alerts$: live.asObservable() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AlertsPage);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  it('lists active alerts, then filters by state and kind', async () => {
    const first = listRequest();
    expect(first.request.params.get('state')).toBe('active');
    expect(first.request.params.has('kind')).toBe(false);
    first.flush(page([alert('a')]));
    await settle();
    expect(host.querySelectorAll('[data-testid=alert-card]')).toHaveLength(1);

    const state = el<HTMLSelectElement>('select[name=state]');
    state.value = 'resolved';
    state.dispatchEvent(new Event('change'));
    await settle();
    const resolved = listRequest();
    expect(resolved.request.params.get('state')).toBe('resolved');
    resolved.flush(
      page([
        alert('r', {
          state: 'resolved',
          acknowledgedAt: new Date().toISOString(),
          acknowledgedBy: 'sam@example.org',
          resolvedAt: new Date().toISOString(),
          resolvedBy: 'kim@example.org',
          resolutionNote: 'Battery replaced',
        }),
      ]),
    );
    await settle();
    expect(el('[data-testid=alert-acknowledged]').textContent).toContain('sam@example.org');
    expect(el('[data-testid=alert-resolved]').textContent).toContain('kim@example.org');
    expect(host.textContent).toContain('Battery replaced');
    expect(host.querySelector('[data-testid=alert-resolve]')).toBeNull();

    const kind = el<HTMLSelectElement>('select[name=kind]');
    kind.value = 'gateway-offline';
    kind.dispatchEvent(new Event('change'));
    await settle();
    const byKind = listRequest();
    expect(byKind.request.params.get('kind')).toBe('gateway-offline');
    byKind.flush(page([]));
    await settle();
    expect(host.textContent).toContain('No alerts match these filters.');
  });

  it('resolves only with the corrective action taken', async () => {
    listRequest().flush(page([alert('a')]));
    await settle();
    el<HTMLButtonElement>('[data-testid=alert-resolve]').click();
    await settle();

    const box = el<HTMLTextAreaElement>('textarea');
    expect(el(`label[for="${box.id}"]`).textContent).toContain('Corrective action taken');
    el<HTMLButtonElement>('[data-testid=alert-submit]').click();
    await settle();
    expect(el('[data-testid=alert-card] [role=alert]').textContent).toContain(
      'Describe the corrective action',
    );

    box.value = 'Replaced the coin cell';
    box.dispatchEvent(new Event('input'));
    await settle();
    el<HTMLButtonElement>('[data-testid=alert-submit]').click();
    await settle();
    const req = http.expectOne('/api/v1/alerts/a/resolve');
    expect(req.request.body).toEqual({ note: 'Replaced the coin cell' });
    req.flush(alert('a', { state: 'resolved', resolvedAt: new Date().toISOString() }));
    await settle();
    // Resolved alerts leave the active list.
    expect(host.textContent).toContain('All clear');
  });

  it('acknowledges with an optional note and follows live changes', async () => {
    listRequest().flush(page([alert('a')]));
    await settle();
    el<HTMLButtonElement>('[data-testid=alert-acknowledge]').click();
    await settle();
    el<HTMLButtonElement>('[data-testid=alert-submit]').click();
    await settle();
    const req = http.expectOne('/api/v1/alerts/a/acknowledge');
    expect(req.request.body).toEqual({});
    req.flush(
      alert('a', {
        state: 'acknowledged',
        acknowledgedAt: new Date().toISOString(),
        acknowledgedBy: 'me@x.org',
      }),
    );
    await settle();
    expect(el('[data-testid=alert-state]').textContent).toContain('Acknowledged');
    expect(host.querySelector('[data-testid=alert-acknowledge]')).toBeNull();

    live.next({
      alert: alert('b', { severity: 'critical' }),
      summary: { open: 1, acknowledged: 1, byKind: [] },
    });
    await settle();
    const titles = Array.from(host.querySelectorAll('.ww-alert-title')).map((t) => t.textContent?.trim());
    expect(titles).toEqual(['Tag b battery low', 'Tag a battery low']);
  });
});
