import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  AlertDto,
  AlertSummaryDto,
  BuildingWithFloorsDto,
  MonitoredUnitDto,
  Role,
} from '@wardwatch/contracts';
import { Subject } from 'rxjs';
import { SESSION_STORAGE_KEY } from '../../../core/auth/stored-session';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { ALERT_REFRESH_DEBOUNCE_MS } from '../live/live-resource';
import { EnvironmentPage } from './environment-page';

const BUILDINGS: BuildingWithFloorsDto[] = [
  {
    id: 'b',
    siteId: 's',
    code: 'A',
    name: 'Main',
    floors: [
      { id: 'f1', buildingId: 'b', name: 'Floor 1', level: 1, outline: [], widthM: 1, heightM: 1 },
      { id: 'f2', buildingId: 'b', name: 'Floor 2', level: 2, outline: [], widthM: 1, heightM: 1 },
    ],
  },
];

const unit = (over: Partial<MonitoredUnitDto>): MonitoredUnitDto => ({
  id: (over.name ?? 'u').replace(/\W+/g, '-'),
  name: 'u',
  kind: 'room',
  profileCode: 'operating-room',
  profileName: 'Operating room',
  roomId: 'r',
  floorId: 'f1',
  timezone: 'America/Chicago',
  assetId: null,
  sensorMacs: [],
  temperatureC: { min: 20, max: 24 },
  humidityPct: { min: 20, max: 60 },
  latest: { at: new Date().toISOString(), temperatureC: 22, humidityPct: 40, powerW: null, powerOn: null },
  condition: 'ok',
  openAlerts: 0,
  override: null,
  ...over,
});
const UNITS = [
  unit({ name: '211 OR 1' }),
  unit({
    name: '212 OR 2',
    condition: 'alert',
    openAlerts: 1,
    latest: { at: new Date().toISOString(), temperatureC: 27, humidityPct: 40, powerW: null, powerOn: null },
  }),
  unit({
    name: 'WW-1 Fridge',
    kind: 'fridge',
    profileName: 'Vaccine / medication refrigerator',
    floorId: 'f2',
    temperatureC: { min: 2, max: 8 },
    humidityPct: null,
    condition: 'no-data',
    latest: null,
  }),
];

describe('EnvironmentPage', () => {
  let fixture: ComponentFixture<EnvironmentPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let alerts: Subject<{ alert: AlertDto; summary: AlertSummaryDto }>;

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }
  const names = (section: string) =>
    Array.from(host.querySelectorAll(`[data-testid=${section}] [data-testid=unit-row] a`)).map((a) =>
      a.textContent?.trim(),
    );

  async function render(role: Role): Promise<void> {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({
        accessToken: 't',
        expiresAt: Date.now() + 600_000,
        user: { id: 'u', email: 'f@example.org', displayName: 'F', role },
      }),
    );
    alerts = new Subject();
    TestBed.configureTestingModule({
      imports: [EnvironmentPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: RealtimeService, useValue: { alerts$: alerts } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EnvironmentPage);
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/v1/buildings').flush(BUILDINGS);
    http.expectOne('/api/v1/monitored-units').flush(UNITS);
    await settle();
  }

  afterEach(() => {
    http.verify();
    sessionStorage.clear();
  });

  it('lists rooms apart from fridges, most urgent first, with values against limits', async () => {
    await render('facilities');
    expect(names('env-rooms')).toEqual(['212 OR 2', '211 OR 1']);
    expect(names('env-equipment')).toEqual(['WW-1 Fridge']);
    const first = host.querySelector('[data-testid=env-rooms] [data-testid=unit-row]');
    expect(first?.getAttribute('data-condition')).toBe('alert');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('/environment/units/212-OR-2');
    expect(first?.textContent).toContain('27.0 °C');
    expect(first?.textContent).toContain('20–24 °C');
    expect(first?.querySelector('.ww-reading--outside')).not.toBeNull();
    expect(first?.textContent).toContain('A · Floor 1');
    const fridge = host.querySelector('[data-testid=env-equipment] [data-testid=unit-row]');
    expect(fridge?.textContent).toContain('No recent data');
    expect(fridge?.textContent).toContain('None in 24 h');
    expect(host.querySelector('[data-testid=reports-link]')?.getAttribute('href')).toBe(
      '/environment/reports',
    );
  });

  it('counts each condition and shows only one when its count is pressed', async () => {
    await render('facilities');
    const button = host.querySelector<HTMLButtonElement>('[data-testid=count-alert]');
    expect(button?.textContent).toContain('1');
    button?.click();
    await settle();
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    expect(names('env-rooms')).toEqual(['212 OR 2']);
    expect(host.querySelector('[data-testid=env-equipment]')?.textContent).toContain(
      'No monitored equipment',
    );
  });

  it('filters by floor and kind', async () => {
    await render('facilities');
    const floor = host.querySelector<HTMLSelectElement>('#ww-env-floor');
    expect(Array.from(floor?.options ?? []).map((o) => o.text)).toEqual([
      'All floors',
      'A · Floor 1',
      'A · Floor 2',
    ]);
    if (floor) {
      floor.value = 'f2';
      floor.dispatchEvent(new Event('change'));
    }
    await settle();
    expect(names('env-rooms')).toEqual([]);
    expect(names('env-equipment')).toEqual(['WW-1 Fridge']);

    const kind = host.querySelector<HTMLSelectElement>('#ww-env-kind');
    if (kind) {
      kind.value = 'rooms';
      kind.dispatchEvent(new Event('change'));
    }
    await settle();
    expect(host.querySelector('[data-testid=env-equipment]')).toBeNull();
  });

  it('refreshes when an environment alert changes, not for other alerts', async () => {
    await render('facilities');
    const summary: AlertSummaryDto = { open: 1, acknowledged: 0, byKind: [] };
    alerts.next({ alert: { kind: 'gateway-offline' } as AlertDto, summary });
    await new Promise((r) => setTimeout(r, ALERT_REFRESH_DEBOUNCE_MS + 50));
    http.expectNone('/api/v1/monitored-units');

    alerts.next({ alert: { kind: 'temperature-excursion' } as AlertDto, summary });
    await new Promise((r) => setTimeout(r, ALERT_REFRESH_DEBOUNCE_MS + 50));
    http
      .expectOne('/api/v1/monitored-units')
      .flush(UNITS.map((u) => ({ ...u, condition: 'ok', openAlerts: 0 })));
    await settle();
    expect(host.querySelector('[data-testid=count-alert]')?.textContent).toContain('0');
  });

  it('offers reports only to roles that may see them', async () => {
    await render('biomed');
    expect(host.querySelector('[data-testid=reports-link]')).toBeNull();
  });
});
