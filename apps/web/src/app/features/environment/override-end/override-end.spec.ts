import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { TemporaryOverrideDto } from '@wardwatch/contracts';
import { endedEarlyNow } from '../override-record/temporary-override.fixture';
import { OverrideEnd } from './override-end';

const OVERRIDE: TemporaryOverrideDto = {
  id: 'o1',
  temperatureC: { min: 17, max: 21 },
  humidityPct: null,
  requestedBy: 'Dr A. Osei',
  reason: 'Cardiac case',
  enteredBy: 'facilities@wardwatch.demo',
  startsAt: new Date(Date.now() - 3_600_000).toISOString(),
  endsAt: new Date(Date.now() + 3_600_000).toISOString(),
  endedEarly: null,
};
const END_URL = '/api/v1/monitored-units/u1/overrides/o1/end';

describe('OverrideEnd', () => {
  let fixture: ComponentFixture<OverrideEnd>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let ended: TemporaryOverrideDto[];

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }
  function typeReason(value: string): void {
    const field = host.querySelector<HTMLTextAreaElement>('textarea[name=endReason]');
    if (!field) {
      throw new Error('no reason field');
    }
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
  const click = (testId: string) => host.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)?.click();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [OverrideEnd],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OverrideEnd);
    fixture.componentRef.setInput('unitId', 'u1');
    fixture.componentRef.setInput('override', OVERRIDE);
    ended = [];
    fixture.componentInstance.endedEarly.subscribe((o) => ended.push(o));
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  it('asks why in a labelled field, then ends the override and says so', async () => {
    expect(host.querySelector('form')).toBeNull();
    click('override-end-start');
    await settle();
    const field = host.querySelector<HTMLTextAreaElement>('textarea[name=endReason]');
    expect(host.querySelector(`label[for="${field?.id}"]`)?.textContent).toContain('Why end them now?');
    expect(document.activeElement).toBe(field);

    typeReason('  Case finished at 14:10  ');
    click('override-end-submit');
    await settle();
    const request = http.expectOne(END_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ reason: 'Case finished at 14:10' });
    const result = endedEarlyNow(OVERRIDE, 'f@example.org', 'Case finished at 14:10');
    request.flush(result);
    await settle();
    expect(ended).toEqual([result]);
    expect(host.querySelector('form')).toBeNull();
  });

  it('wants a reason before asking the server', async () => {
    click('override-end-start');
    await settle();
    typeReason('   ');
    click('override-end-submit');
    await settle();
    expect(host.querySelector('[role=alert]')?.textContent).toContain(
      'Say why the temporary limits end early',
    );
    expect(host.querySelector('textarea')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone(END_URL);
  });

  it("shows the server's reason when it refuses, and keeps the form", async () => {
    click('override-end-start');
    await settle();
    typeReason('Case finished early');
    click('override-end-submit');
    http
      .expectOne(END_URL)
      .flush(
        { statusCode: 409, message: ['temporary override o1 was already ended at 2026-11-21T14:10:00.000Z'] },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(host.querySelector('.ww-form-error')?.textContent).toContain('was already ended');
    expect(host.querySelector('form')).not.toBeNull();
    expect(ended).toEqual([]);
  });

  it('can be cancelled without a request', async () => {
    click('override-end-start');
    await settle();
    host.querySelector<HTMLButtonElement>('.ww-button--quiet')?.click();
    await settle();
    expect(host.querySelector('form')).toBeNull();
    expect(host.querySelector('[data-testid=override-end-start]')).not.toBeNull();
    http.expectNone(END_URL);
  });
});
