import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ComplianceReportDto, MonitoredUnitDto } from '@wardwatch/contracts';
import { temporaryOverride } from '../override-record/temporary-override.fixture';
import { ReportPage } from './report-page';

const UNIT = { id: 'u1', name: '211 OR 1', kind: 'room' } as MonitoredUnitDto;
const FRIDGE = { id: 'u2', name: 'WW-1 Fridge', kind: 'fridge' } as MonitoredUnitDto;
const NOTE = 'Chiller reset; temperature back in range';
const REPORT: ComplianceReportDto = {
  from: '2026-11-20',
  to: '2026-11-21',
  timezone: 'America/Chicago',
  units: [
    {
      unitId: 'u1',
      unitName: '211 OR 1',
      profileName: 'Operating room',
      temperatureRange: { min: 20, max: 24 },
      days: ['2026-11-20', '2026-11-21'].map((day) => ({
        day,
        readings: 36,
        minC: 22,
        maxC: 27,
        meanC: 26.9,
        mktC: 26.9,
        minutesOutOfRange: day === '2026-11-21' ? 36 : 0,
        gapMinutes: 0,
        gaps: [],
        excursions:
          day === '2026-11-21'
            ? [
                {
                  alertId: 'a1',
                  kind: 'temperature-excursion',
                  severity: 'warning',
                  openedAt: '2026-11-21T15:00:00Z',
                  conditionClearedAt: '2026-11-21T15:40:00Z',
                  acknowledgedAt: '2026-11-21T15:05:00Z',
                  acknowledgedBy: 'facilities@wardwatch.demo',
                  resolvedAt: '2026-11-21T15:45:00Z',
                  resolvedBy: 'facilities@wardwatch.demo',
                  resolutionNote: NOTE,
                },
              ]
            : [],
        temporaryLimits: day === '2026-11-20' ? [temporaryOverride({ requestedBy: 'Dr B. Mensah' })] : [],
      })),
    },
  ],
};

describe('ReportPage', () => {
  let fixture: ComponentFixture<ReportPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }
  const reportRequest = () =>
    http.expectOne((r) => r.url === '/api/v1/compliance/report' && !r.params.has('format'));

  async function render(query: { unitId?: string; from?: string; to?: string }): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ReportPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReportPage);
    for (const [name, value] of Object.entries(query)) {
      fixture.componentRef.setInput(name, value);
    }
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/v1/sites').flush([{ id: 's', name: 'General', timezone: 'America/Chicago' }]);
    http.expectOne('/api/v1/monitored-units').flush([FRIDGE, UNIT]);
    await settle();
  }

  afterEach(() => http.verify());

  it('reports the unit and days in the URL: figures, excursions with who acted, and the note', async () => {
    await render({ unitId: 'u1', from: '2026-11-20', to: '2026-11-21' });
    const request = reportRequest();
    expect(request.request.params.get('from')).toBe('2026-11-20');
    expect(request.request.params.get('to')).toBe('2026-11-21');
    expect(request.request.params.getAll('unitId')).toEqual(['u1']);
    request.flush(REPORT);
    await settle();

    expect(host.querySelector('[data-testid=report-unit] h2')?.textContent).toBe('211 OR 1');
    const days = host.querySelectorAll('[data-testid=report-day]');
    expect(Array.from(days).map((d) => d.getAttribute('data-day'))).toEqual(['2026-11-20', '2026-11-21']);
    const excursion = host.querySelector('[data-testid=report-excursion]')?.textContent ?? '';
    expect(excursion).toContain('Temperature out of range');
    expect(excursion).toContain('opened 09:00');
    expect(excursion).toContain('Acknowledged by facilities@wardwatch.demo, 09:05');
    expect(host.querySelector('[data-testid=report-note]')?.textContent).toBe(NOTE);
    const temporary = host.querySelectorAll('[data-testid=report-temporary-limits]');
    expect(temporary).toHaveLength(1);
    expect(temporary[0].closest('[data-testid=report-day]')?.getAttribute('data-day')).toBe('2026-11-20');
    expect(temporary[0].textContent).toContain('Temporary limits 17–24 °C');
    expect(temporary[0].textContent).toContain('Requested by Dr B. Mensah: Cooler theatre for a long case');
    // The unit picker groups rooms apart from equipment and shows the chosen one.
    const select = host.querySelector<HTMLSelectElement>('#ww-report-unit');
    expect(Array.from(select?.querySelectorAll('optgroup') ?? []).map((g) => g.label)).toEqual([
      'Rooms',
      'Fridges, freezers and incubators',
    ]);
    expect(select?.value).toBe('u1');
  });

  it("reports today on the site's clock for every unit when the URL says nothing", async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(Date.now());
    await render({});
    const request = reportRequest();
    expect(request.request.params.get('from')).toBe(today);
    expect(request.request.params.get('to')).toBe(today);
    expect(request.request.params.has('unitId')).toBe(false);
    request.flush({ ...REPORT, units: [] });
    await settle();
    expect(host.textContent).toContain('No monitored units match this choice.');
  });

  it('downloads the CSV with the token-bearing client and saves it from a blob', async () => {
    await render({ unitId: 'u1', from: '2026-11-20', to: '2026-11-21' });
    reportRequest().flush(REPORT);
    await settle();
    const createObjectURL = jest.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    host.querySelector<HTMLButtonElement>('[data-testid=report-csv]')?.click();
    const csv = http.expectOne(
      (r) => r.url === '/api/v1/compliance/report' && r.params.get('format') === 'csv',
    );
    expect(csv.request.responseType).toBe('blob');
    expect(csv.request.params.getAll('unitId')).toEqual(['u1']);
    const blob = new Blob([`unit,actions\n211 OR 1,${NOTE}\n`], { type: 'text/csv' });
    csv.flush(blob, { headers: { 'Content-Disposition': 'attachment; filename="report.csv"' } });
    await settle();

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('report.csv');
    click.mockRestore();
  });

  it('says why a download failed', async () => {
    await render({ from: '2026-11-21', to: '2026-11-21' });
    reportRequest().flush(REPORT);
    await settle();
    host.querySelector<HTMLButtonElement>('[data-testid=report-csv]')?.click();
    http
      .expectOne((r) => r.params.get('format') === 'csv')
      .flush(new Blob(['']), { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(host.querySelector('[role=alert]')?.textContent).toContain('could not be downloaded');
  });

  it('puts a new choice in the URL, and refuses a range the other way round', async () => {
    await render({ from: '2026-11-21', to: '2026-11-21' });
    reportRequest().flush(REPORT);
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const from = host.querySelector<HTMLInputElement>('#ww-report-from');
    const set = (input: HTMLInputElement | null, value: string) => {
      if (input) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
    };
    set(from, '2026-11-25');
    host.querySelector<HTMLButtonElement>('[data-testid=report-show]')?.click();
    await settle();
    expect(navigate).not.toHaveBeenCalled();
    expect(host.querySelector('.ww-report-problem')?.textContent).toContain('on or before');

    set(from, '2026-11-01');
    const unit = host.querySelector<HTMLSelectElement>('#ww-report-unit');
    if (unit) {
      unit.value = 'u2';
      unit.dispatchEvent(new Event('change'));
    }
    host.querySelector<HTMLButtonElement>('[data-testid=report-show]')?.click();
    expect(navigate).toHaveBeenCalledWith([], {
      queryParams: { unitId: 'u2', from: '2026-11-01', to: '2026-11-21' },
    });
  });
});
