import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  AlertDto,
  MonitoredUnitDto,
  Role,
  RoomDto,
  TemporaryOverrideDto,
  UnitSeriesDto,
} from '@wardwatch/contracts';
import { Subject } from 'rxjs';
import { SESSION_STORAGE_KEY } from '../../../core/auth/stored-session';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { endedEarlyNow } from '../override-record/temporary-override.fixture';
import { UnitPage } from './unit-page';

// jsdom has no canvas: the chart library is replaced by a stand-in that records what it was given.
const plots: { data: unknown[][]; destroyed: boolean }[] = [];
jest.mock('uplot', () => ({
  __esModule: true,
  default: class {
    readonly width = 600;
    private readonly record: { data: unknown[][]; destroyed: boolean };
    constructor(_options: unknown, data: unknown[][]) {
      this.record = { data, destroyed: false };
      plots.push(this.record);
    }
    setSize(): void {
      return;
    }
    destroy(): void {
      this.record.destroyed = true;
    }
  },
}));

const UNIT: MonitoredUnitDto = {
  id: 'u1',
  name: '211 OR 1',
  kind: 'room',
  profileCode: 'operating-room',
  profileName: 'Operating room',
  roomId: 'r1',
  floorId: 'f1',
  timezone: 'America/Chicago',
  assetId: null,
  sensorMacs: ['C4:7A:11:00:00:99'],
  temperatureC: { min: 20, max: 24 },
  humidityPct: { min: 20, max: 60 },
  latest: { at: new Date().toISOString(), temperatureC: 27, humidityPct: 45, powerW: null, powerOn: null },
  condition: 'alert',
  openAlerts: 1,
  override: {
    id: 'o1',
    temperatureC: { min: 17, max: 21 },
    humidityPct: null,
    requestedBy: 'Dr A. Osei',
    reason: 'Cardiac case',
    enteredBy: 'facilities@wardwatch.demo',
    startsAt: new Date().toISOString(),
    endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    endedEarly: null,
  },
};
const ROOM: RoomDto = {
  id: 'r1',
  floorId: 'f1',
  number: '211',
  name: 'OR 1',
  spaceClass: 'operating-room',
  polygon: [],
  centroid: [0, 0],
};
const alert = (over: Partial<AlertDto>) =>
  ({
    id: 'a1',
    kind: 'temperature-excursion',
    severity: 'warning',
    state: 'open',
    title: '211 OR 1: temperature out of range',
    detail: '211 OR 1 (Operating room): temperature out of 20–24 °C for 35 min',
    floorId: 'f1',
    roomId: 'r1',
    openedAt: new Date().toISOString(),
    conditionClearedAt: null,
    unitId: null,
    acknowledgedBy: null,
    ...over,
  }) as AlertDto;

describe('UnitPage', () => {
  let fixture: ComponentFixture<UnitPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  function series(bucket: 'minute' | 'hour'): UnitSeriesDto {
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const p = (minutesAgo: number, mean: number) => ({
      at: at(minutesAgo),
      n: 6,
      min: mean,
      max: mean,
      mean,
    });
    return {
      unitId: 'u1',
      bucket,
      from: at(24 * 60),
      to: at(0),
      temperatureC: [p(100, 22), p(99, 22), p(10, 27), p(9, 27)],
      humidityPct: [p(100, 45)],
    };
  }

  async function render(role: Role): Promise<void> {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({
        accessToken: 't',
        expiresAt: Date.now() + 600_000,
        user: { id: 'u', email: 'f@example.org', displayName: 'F', role },
      }),
    );
    TestBed.configureTestingModule({
      imports: [UnitPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: RealtimeService, useValue: { alerts$: new Subject() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UnitPage);
    fixture.componentRef.setInput('unitId', 'u1');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/v1/buildings').flush([]);
    http.expectOne('/api/v1/monitored-units/u1').flush(UNIT);
    http.expectOne('/api/v1/monitored-units/u1/overrides').flush([UNIT.override]);
    for (const bucket of ['minute', 'hour'] as const) {
      http
        .expectOne((r) => r.url === '/api/v1/monitored-units/u1/series' && r.params.get('bucket') === bucket)
        .flush(series(bucket));
    }
    await settle();
    http.expectOne('/api/v1/rooms/r1').flush(ROOM);
    const alertRequests = http.match((r) => r.url === '/api/v1/alerts');
    expect(alertRequests.map((r) => r.request.params.get('kind'))).toEqual([
      'temperature-excursion',
      'humidity-excursion',
      'cumulative-excursion',
      'hard-limit',
      'sensor-silent',
      'power-loss',
    ]);
    for (const request of alertRequests) {
      const items =
        request.request.params.get('kind') === 'temperature-excursion'
          ? [alert({}), alert({ id: 'a2', title: 'WW-1 Fridge (211): temperature out of range' })]
          : [];
      request.flush({ items, total: items.length, limit: 200, offset: 0 });
    }
    await settle();
    await new Promise((r) => setTimeout(r, 0));
    await settle();
  }

  beforeEach(() => (plots.length = 0));

  afterEach(() => {
    http.verify();
    sessionStorage.clear();
  });

  it('shows the latest values against the limits in force, the condition and the override', async () => {
    await render('facilities');
    expect(host.querySelector('[data-testid=unit-title]')?.textContent).toBe('211 OR 1');
    expect(host.textContent).toContain('211 OR 1');
    const temperature = host.querySelector('[data-testid=unit-temperature]');
    expect(temperature?.textContent).toContain('27.0 °C');
    expect(temperature?.textContent).toContain('Outside the limits');
    expect(host.querySelector('[data-testid=unit-humidity]')?.textContent).toContain('45 % RH');
    expect(host.querySelector('[data-testid=unit-condition]')?.getAttribute('data-condition')).toBe('alert');
    const override = host.querySelector('[data-testid=unit-override]')?.textContent ?? '';
    expect(override).toContain('17–21 °C');
    expect(override).toContain('Dr A. Osei');
    // The record of temporary limits, shown to every role, lists it as in force.
    const record = host.querySelectorAll('[data-testid=unit-override-record] tbody tr');
    expect(record).toHaveLength(1);
    expect(record[0].getAttribute('data-status')).toBe('in-force');
  });

  it("lists only this unit's open alerts, not another unit's in the same room", async () => {
    await render('facilities');
    const alerts = host.querySelector('[data-testid=unit-alerts]')?.textContent ?? '';
    expect(alerts).toContain('temperature out of 20–24 °C for 35 min');
    expect(alerts).not.toContain('WW-1 Fridge');
  });

  it('charts 24 hours and 30 days of temperature and humidity, breaking the lines at gaps', async () => {
    await render('facilities');
    expect(host.querySelectorAll('ww-series-chart')).toHaveLength(4);
    expect(plots).toHaveLength(4);
    // Temperature, last 24 hours: x, highest, lowest, mean; a null row where 89 minutes are missing.
    expect(plots[0].data[3]).toEqual([22, 22, null, 27, 27]);
    const summary = host.querySelector(
      '[data-testid=unit-chart-day] [data-testid=chart-summary]',
    )?.textContent;
    expect(summary).toContain('lowest 22.0 °C, highest 27.0 °C');
    expect(summary).toMatch(/data gaps/);
  });

  it('offers temporary limits, and ending them early, to facilities, not to biomed', async () => {
    await render('facilities');
    expect(host.querySelector('[data-testid=override-start]')).not.toBeNull();
    expect(host.querySelector('[data-testid=unit-override] [data-testid=override-end-start]')).not.toBeNull();
    TestBed.resetTestingModule();
    await render('biomed');
    expect(host.querySelector('[data-testid=override-start]')).toBeNull();
    expect(host.querySelector('[data-testid=override-end-start]')).toBeNull();
  });

  it('ends the override early with a reason, then shows the limits in force again', async () => {
    await render('facilities');
    host.querySelector<HTMLButtonElement>('[data-testid=override-end-start]')?.click();
    await settle();
    const reason = host.querySelector<HTMLTextAreaElement>('[data-testid=unit-override] textarea');
    if (!reason) {
      throw new Error('no reason field');
    }
    reason.value = 'Case finished early';
    reason.dispatchEvent(new Event('input'));
    host.querySelector<HTMLButtonElement>('[data-testid=override-end-submit]')?.click();
    await settle();
    const end = http.expectOne('/api/v1/monitored-units/u1/overrides/o1/end');
    expect(end.request.body).toEqual({ reason: 'Case finished early' });
    const override = UNIT.override as TemporaryOverrideDto;
    const endedOverride = endedEarlyNow(override, 'f@example.org', 'Case finished early');
    end.flush(endedOverride);
    await settle();
    // The page asks for the unit again, now without the override, and for the record, which says how it ended.
    http.expectOne('/api/v1/monitored-units/u1').flush({ ...UNIT, override: null });
    http.expectOne('/api/v1/monitored-units/u1/overrides').flush([endedOverride]);
    await settle();
    expect(host.querySelector('[data-testid=unit-override]')).toBeNull();
    const record = host.querySelector('[data-testid=unit-override-record] tbody tr');
    expect(record?.getAttribute('data-status')).toBe('ended-early');
    expect(record?.textContent).toContain('Ended early by f@example.org: Case finished early');
    expect(host.querySelector('[data-testid=unit-override-ended]')?.textContent).toContain(
      'Temporary limits ended at',
    );
  });
});
