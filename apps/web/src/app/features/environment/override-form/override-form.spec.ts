import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { MonitoredUnitDto, TemporaryOverrideDto } from '@wardwatch/contracts';
import { OverrideForm } from './override-form';

const UNIT = {
  id: 'u1',
  name: '211 OR 1',
  temperatureC: { min: 20, max: 24 },
  humidityPct: { min: 20, max: 60 },
  latest: null,
} as unknown as MonitoredUnitDto;

describe('OverrideForm', () => {
  let fixture: ComponentFixture<OverrideForm>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let saved: TemporaryOverrideDto[];

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }
  function type(name: string, value: string): void {
    const field = host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name=${name}]`);
    if (!field) {
      throw new Error(`no field ${name}`);
    }
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
  const submit = () => host.querySelector<HTMLButtonElement>('[data-testid=override-submit]')?.click();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [OverrideForm],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OverrideForm);
    fixture.componentRef.setInput('unit', UNIT);
    saved = [];
    fixture.componentInstance.saved.subscribe((o) => saved.push(o));
    host = fixture.nativeElement as HTMLElement;
    await settle();
    host.querySelector<HTMLButtonElement>('[data-testid=override-start]')?.click();
    await settle();
  });

  afterEach(() => http.verify());

  it('opens filled with the limits in force, and records who asked, why and until when', async () => {
    expect(host.querySelector<HTMLInputElement>('[name=temperatureMin]')?.value).toBe('20');
    expect(host.querySelector<HTMLInputElement>('[name=humidityMax]')?.value).toBe('60');
    type('temperatureMin', '17');
    type('temperatureMax', '21');
    type('requestedBy', 'Dr A. Osei, cardiac surgeon');
    type('reason', 'Cardiac case: colder theatre for the team');
    submit();
    await settle();

    const request = http.expectOne('/api/v1/monitored-units/u1/overrides');
    expect(request.request.body).toEqual(
      expect.objectContaining({
        temperatureC: { min: 17, max: 21 },
        humidityPct: { min: 20, max: 60 },
        requestedBy: 'Dr A. Osei, cardiac surgeon',
        reason: 'Cardiac case: colder theatre for the team',
      }),
    );
    const until = Date.parse(request.request.body.until);
    expect(until - Date.now()).toBeGreaterThan(3.9 * 3_600_000);
    const override = { id: 'o1', endsAt: request.request.body.until } as TemporaryOverrideDto;
    request.flush(override);
    await settle();
    expect(saved).toEqual([override]);
    expect(host.querySelector('form')).toBeNull();
    expect(host.querySelector('[role=status]')?.textContent).toContain('Temporary limits recorded until');
  });

  it('says what is missing without asking the server', async () => {
    type('temperatureMax', '10');
    submit();
    await settle();
    const errors = Array.from(host.querySelectorAll('[role=alert]')).map((e) => e.textContent?.trim());
    expect(errors).toEqual([
      'The upper limit must be above the lower one.',
      'Say who asked for the change (e.g. the surgeon), at least 2 characters.',
      'Say why, at least 5 characters.',
    ]);
    expect(host.querySelector('[name=temperatureMax]')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/v1/monitored-units/u1/overrides');
  });

  it("shows the server's reason when it refuses", async () => {
    type('requestedBy', 'Dr A. Osei');
    type('reason', 'Cardiac case');
    submit();
    http
      .expectOne('/api/v1/monitored-units/u1/overrides')
      .flush(
        { statusCode: 400, message: ['until must be within 7 days'] },
        { status: 400, statusText: 'Bad' },
      );
    await settle();
    expect(host.querySelector('.ww-form-error')?.textContent).toContain('until must be within 7 days');
    expect(saved).toEqual([]);
  });
});
