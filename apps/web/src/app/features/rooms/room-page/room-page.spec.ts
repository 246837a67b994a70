import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AssetDto, BuildingWithFloorsDto, PositionChangeEvent, RoomDto } from '@wardwatch/contracts';
import { Subject } from 'rxjs';
import { RealtimeService } from '../../../core/realtime/realtime.service';
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

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RoomPage', () => {
  let fixture: ComponentFixture<RoomPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let positions: Subject<{ floorId: string; changes: PositionChangeEvent[] }>;
  const watchFloor = jest.fn(() => () => undefined);

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const assetSearch = () => http.expectOne((r) => r.url === '/api/v1/assets');

  beforeEach(async () => {
    positions = new Subject();
    TestBed.configureTestingModule({
      imports: [RoomPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: RealtimeService, useValue: { positions$: positions, assets$: new Subject(), watchFloor } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RoomPage);
    fixture.componentRef.setInput('roomId', 'r2');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/v1/rooms/r2').flush(ROOM);
    http.expectOne('/api/v1/buildings').flush(BUILDINGS);
  });

  afterEach(() => http.verify());

  it('names the room, lists the devices in it now and links them', async () => {
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

  it('says plainly that there are no devices and no environment data yet', async () => {
    assetSearch().flush({ items: [], total: 0, limit: 200, offset: 0 });
    await settle();
    expect(host.textContent).toContain('No tracked devices are in this room now.');
    const conditions = host.querySelector('[data-testid=room-conditions]')?.textContent ?? '';
    expect(conditions).toContain('Environment monitoring');
    expect(conditions).toContain('not available for this room yet');
    expect(conditions).not.toMatch(/°C|%/);
  });

  it('reloads the list when a tag enters or leaves the room', async () => {
    assetSearch().flush({ items: [], total: 0, limit: 200, offset: 0 });
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
