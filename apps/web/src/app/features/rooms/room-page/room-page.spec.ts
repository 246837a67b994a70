import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  AlertDto,
  AlertSummaryDto,
  AssetDto,
  BuildingWithFloorsDto,
  MonitoredUnitDto,
  PositionChangeEvent,
  RoomDto,
} from '@wardwatch/contracts';
import { Subject } from 'rxjs';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { ALERT_REFRESH_DEBOUNCE_MS } from '../../environment/live/live-resource';
import { ROOM_REFRESH_DEBOUNCE_MS, RoomPage } from './room-page';

const ROOM: RoomDto = {
  id: 'r2',
  floorId: 'f3',
  number: '302',
  name: 'Patient room',
  spaceClass: 'icu-room',
  polygon: [],
  centroid: [0, 0],
};
const BUILDINGS: BuildingWithFloorsDto[] = [
  {
    id: 'b',
    siteId: 's',
    code: 'A',
    name: 'Main',
    floors: [{ id: 'f3', buildingId: 'b', name: 'Level 3', level: 3, outline: [], widthM: 1, heightM: 1 }],
  },
];
const ASSET: AssetDto = {
  id: 'a1',
  assetTag: 'BME-0001',
  categoryCode: 'infusion-pump',
  categoryName: 'Infusion pump',
  manufacturer: 'BD',
  model: 'Alaris 8015',
  serialNumber: 'SN-1',
  udi: null,
  homeDepartment: 'ICU',
  status: 'in-use',
  tagMac: 'C4:7A:11:00:00:01',
  location: {
    roomId: 'r2',
    roomNumber: '302',
    roomName: 'Patient room',
    floorId: 'f3',
    floorName: 'Level 3',
    buildingId: 'b',
    confidence: 0.9,
    since: new Date().toISOString(),
    lastSeenAt: new Date().toISOString(),
  },
};

const LATEST = {
  at: new Date().toISOString(),
  temperatureC: 26.4,
  humidityPct: null,
  powerW: null,
  powerOn: null,
};
const UNIT: MonitoredUnitDto = {
  id: 'u1',
  name: '302 Patient room',
  kind: 'room',
  profileCode: 'controlled-room-temperature',
  profileName: 'Controlled room temperature',
  roomId: 'r2',
  floorId: 'f3',
  timezone: 'America/Chicago',
  assetId: null,
  sensorMacs: ['C4:7A:11:00:00:99'],
  temperatureC: { min: 20, max: 25 },
  humidityPct: null,
  latest: {
    at: new Date().toISOString(),
    temperatureC: 26.4,
    humidityPct: null,
    powerW: null,
    powerOn: null,
  },
  condition: 'alert',
  openAlerts: 1,
  override: null,
};
const FRIDGE_ELSEWHERE: MonitoredUnitDto = {
  ...UNIT,
  id: 'u2',
  name: 'Fridge',
  kind: 'fridge',
  roomId: 'r9',
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RoomPage', () => {
  let fixture: ComponentFixture<RoomPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let positions: Subject<{ floorId: string; changes: PositionChangeEvent[] }>;
  let alerts: Subject<{ alert: AlertDto; summary: AlertSummaryDto }>;
  const watchFloor = jest.fn(() => () => undefined);

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const assetSearch = () => http.expectOne((r) => r.url === '/api/v1/assets');
  const unitsOfFloor = () =>
    http.expectOne((r) => r.url === '/api/v1/monitored-units' && r.params.get('floorId') === 'f3');

  beforeEach(async () => {
    positions = new Subject();
    alerts = new Subject();
    TestBed.configureTestingModule({
      imports: [RoomPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: RealtimeService,
          useValue: { positions$: positions, assets$: new Subject(), alerts$: alerts, watchFloor },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RoomPage);
    fixture.componentRef.setInput('roomId', 'r2');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/v1/rooms/r2').flush(ROOM);
    http.expectOne('/api/v1/buildings').flush(BUILDINGS);
    await settle();
  });

  afterEach(() => http.verify());

  it('names the room, lists the devices in it now and links them', async () => {
    unitsOfFloor().flush([]);
    const search = assetSearch();
    expect(search.request.params.get('roomId')).toBe('r2');
    search.flush({ items: [ASSET], total: 1, limit: 200, offset: 0 });
    await settle();

    expect(host.querySelector('[data-testid=room-title]')?.textContent).toContain('302 · Patient room');
    expect(host.textContent).toContain('ICU room');
    expect(host.textContent).toContain('Level 3');
    expect(host.querySelector('[data-testid=room-on-floor-plan]')?.getAttribute('href')).toBe(
      '/floors/f3?room=r2',
    );
    const rows = host.querySelectorAll('[data-testid=room-asset-row]');
    expect(rows).toHaveLength(1);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/assets/a1');
    expect(rows[0].textContent).toContain('90 %');
    expect(rows[0].querySelector('ww-asset-status-chip')?.textContent).toContain('In use');
    expect(watchFloor).toHaveBeenCalledWith('f3');
  });

  it('says plainly that there are no devices and that nothing here is monitored', async () => {
    assetSearch().flush({ items: [], total: 0, limit: 200, offset: 0 });
    unitsOfFloor().flush([FRIDGE_ELSEWHERE]);
    await settle();
    expect(host.textContent).toContain('No tracked devices are in this room now.');
    const conditions = host.querySelector('[data-testid=room-conditions]')?.textContent ?? '';
    expect(conditions).toContain('Neither this room nor any fridge or freezer in it is monitored');
    expect(conditions).not.toMatch(/°C|%/);
  });

  it("shows the room's monitored units with their live values, and refreshes on their alerts", async () => {
    assetSearch().flush({ items: [], total: 0, limit: 200, offset: 0 });
    unitsOfFloor().flush([UNIT, FRIDGE_ELSEWHERE]);
    await settle();
    const units = host.querySelectorAll('[data-testid=room-unit]');
    expect(units).toHaveLength(1);
    expect(units[0].getAttribute('data-condition')).toBe('alert');
    expect(units[0].querySelector('a')?.getAttribute('href')).toBe('/environment/units/u1');
    const temperature = units[0].querySelector('[data-testid=room-unit-temperature]');
    expect(temperature?.textContent).toContain('26.4 °C');
    expect(temperature?.textContent).toContain('20–25 °C');
    expect(temperature?.classList).toContain('ww-out-of-range');

    const alert = { kind: 'temperature-excursion', roomId: 'r2', floorId: 'f3' } as AlertDto;
    const summary: AlertSummaryDto = { open: 0, acknowledged: 0, byKind: [] };
    alerts.next({ alert: { ...alert, kind: 'gateway-offline' }, summary });
    alerts.next({ alert: { ...alert, roomId: 'r9' }, summary });
    await wait(ALERT_REFRESH_DEBOUNCE_MS + 50);
    // Nothing is fetched for an alert in another room or of another kind.
    http.expectNone((r) => r.url === '/api/v1/monitored-units');

    alerts.next({ alert, summary });
    await wait(ALERT_REFRESH_DEBOUNCE_MS + 50);
    unitsOfFloor().flush([
      { ...UNIT, condition: 'ok', openAlerts: 0, latest: { ...LATEST, temperatureC: 22 } },
    ]);
    await settle();
    expect(host.querySelector('[data-testid=room-unit]')?.getAttribute('data-condition')).toBe('ok');
  });

  it('reloads the list when a tag enters or leaves the room', async () => {
    assetSearch().flush({ items: [], total: 0, limit: 200, offset: 0 });
    unitsOfFloor().flush([]);
    await settle();
    const change = (roomId: string, fromRoomId: string | null): PositionChangeEvent => ({
      tagMac: 'x',
      assetId: 'a1',
      roomId,
      floorId: 'f3',
      fromRoomId,
      fromFloorId: 'f3',
      confidence: 1,
      at: new Date().toISOString(),
    });
    positions.next({ floorId: 'f3', changes: [change('r7', 'r8')] });
    await wait(ROOM_REFRESH_DEBOUNCE_MS + 20);
    http.expectNone((r) => r.url === '/api/v1/assets');

    positions.next({ floorId: 'f3', changes: [change('r2', 'r8')] });
    await wait(ROOM_REFRESH_DEBOUNCE_MS + 20);
    assetSearch().flush({ items: [ASSET], total: 1, limit: 200, offset: 0 });
    await settle();
    expect(host.querySelectorAll('[data-testid=room-asset-row]')).toHaveLength(1);
  });
});
