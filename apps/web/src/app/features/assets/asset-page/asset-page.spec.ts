import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AssetDetailDto, AssetHistoryDto, FloorDto, RoomDto } from '@wardwatch/contracts';
import { Subject } from 'rxjs';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { AssetPage } from './asset-page';

const NOW = Date.now();
const iso = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();

const FLOOR: FloorDto = {
  id: 'f3',
  buildingId: 'b',
  name: 'Level 3',
  level: 3,
  outline: [
    [0, 0],
    [20, 0],
    [20, 10],
    [0, 10],
  ],
  widthM: 20,
  heightM: 10,
};
const room = (id: string, number: string, x: number): RoomDto => ({
  id,
  floorId: 'f3',
  number,
  name: `Room ${number}`,
  spaceClass: 'patient-room',
  polygon: [
    [x, 0],
    [x + 5, 0],
    [x + 5, 5],
    [x, 5],
  ],
  centroid: [x + 2.5, 2.5],
});

function detail(patch: Partial<AssetDetailDto> = {}): AssetDetailDto {
  return {
    id: 'a1',
    assetTag: 'BME-0001',
    categoryCode: 'infusion-pump',
    categoryName: 'Infusion pump',
    manufacturer: 'BD',
    model: 'Alaris 8015',
    serialNumber: 'SN-1',
    udi: null,
    homeDepartment: 'ICU',
    status: 'available',
    tagMac: 'C4:7A:11:00:00:01',
    location: {
      roomId: 'r2',
      roomNumber: '302',
      roomName: 'Room 302',
      floorId: 'f3',
      floorName: 'Level 3',
      buildingId: 'b',
      confidence: 0.87,
      since: iso(30),
      lastSeenAt: iso(1),
    },
    allowedStatusChanges: ['in-use', 'needs-cleaning'],
    lastMove: {
      at: iso(30),
      fromRoomId: 'r1',
      fromRoomName: 'Room 301',
      toRoomId: 'r2',
      toRoomName: 'Room 302',
      floorId: 'f3',
      confidence: 0.87,
      reason: {
        gateways: [
          { gatewayId: 'g1', roomId: 'r1', rssi: -78 },
          { gatewayId: 'g2', roomId: 'r2', rssi: -61 },
        ],
        winnerScore: 0.8,
        previousScore: 0.4,
        marginDb: 6.5,
      },
    },
    lastHeardAt: iso(1),
    readings: null,
    audit: [{ at: iso(60), action: 'created', by: null, from: null, to: 'available', note: null }],
    ...patch,
  };
}

describe('AssetPage', () => {
  let fixture: ComponentFixture<AssetPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  const watchFloor = jest.fn(() => () => undefined);

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const text = (selector: string): string =>
    host.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  beforeEach(async () => {
    watchFloor.mockClear();
    TestBed.configureTestingModule({
      imports: [AssetPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: RealtimeService,
          useValue: { positions$: new Subject(), assets$: new Subject(), watchFloor },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssetPage);
    fixture.componentRef.setInput('assetId', 'a1');
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  async function load(asset: AssetDetailDto): Promise<void> {
    expect(host.textContent).toContain('Loading the asset…');
    http.expectOne('/api/v1/assets/a1').flush(asset);
    await settle();
    const history: AssetHistoryDto = { assetId: 'a1', from: iso(24 * 60), to: iso(0), movements: [] };
    http.expectOne((r) => r.url === '/api/v1/assets/a1/history').flush(history);
    await settle();
    if (asset.location) {
      http.expectOne('/api/v1/floors/f3').flush(FLOOR);
      http.expectOne('/api/v1/floors/f3/rooms').flush([room('r1', '301', 0), room('r2', '302', 6)]);
      await settle();
    }
  }

  it('shows identity, place with the reason of the last move, and links', async () => {
    await load(detail());

    expect(text('[data-testid=asset-title]')).toBe('BME-0001 · Infusion pump');
    const identity = text('[data-testid=asset-identity]');
    expect(identity).toContain('SN-1');
    expect(identity).toContain('None recorded');
    const location = host.querySelector('[data-testid=asset-location]');
    expect(location?.querySelector('a')?.getAttribute('href')).toBe('/rooms/r2');
    expect(location?.textContent).toContain('87 %');
    expect(location?.textContent).toContain('30 min ago');
    expect(host.textContent).toContain('Margin over the runner-up room: 6.5 dB');
    const gatewayRows = Array.from(host.querySelectorAll('ww-asset-move-reason tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('td'))
        .map((td) => td.textContent?.trim())
        .join(' | '),
    );
    expect(gatewayRows).toEqual(['302 · Room 302 | -61 dBm', '301 · Room 301 | -78 dBm']);
    expect(host.querySelector('[data-testid=show-on-floor-plan]')?.getAttribute('href')).toBe(
      '/floors/f3?asset=a1',
    );
    expect(host.textContent).toContain('No readings yet');
    expect(host.querySelectorAll('[data-testid=audit-row]')).toHaveLength(1);
    expect(text('[data-testid=history-place]')).toContain('In Room 302');
    expect(watchFloor).toHaveBeenCalledWith('f3');
  });

  it('changes the status to an allowed one with a note', async () => {
    await load(detail());
    const select = host.querySelector<HTMLSelectElement>('[data-testid=status-select]');
    expect(Array.from(select?.options ?? []).map((o) => o.value)).toEqual(['', 'in-use', 'needs-cleaning']);
    if (!select) {
      throw new Error('no status select');
    }
    select.value = 'needs-cleaning';
    select.dispatchEvent(new Event('change'));
    const note = host.querySelector<HTMLInputElement>('#ww-status-note');
    if (!note) {
      throw new Error('no note');
    }
    note.value = ' back from theatre ';
    note.dispatchEvent(new Event('input'));
    await settle();
    host.querySelector<HTMLButtonElement>('[data-testid=status-submit]')?.click();
    await settle();

    const req = http.expectOne('/api/v1/assets/a1/status');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ status: 'needs-cleaning', note: 'back from theatre' });
    req.flush(detail({ status: 'needs-cleaning', allowedStatusChanges: ['available'] }));
    await settle();
    expect(host.querySelector('.ww-page-header ww-asset-status-chip')?.textContent).toContain(
      'Needs cleaning',
    );
    expect(host.textContent).toContain('Status changed to Needs cleaning.');
  });

  it("shows the server's reason when a status change is refused", async () => {
    await load(detail());
    const select = host.querySelector<HTMLSelectElement>('[data-testid=status-select]');
    if (!select) {
      throw new Error('no status select');
    }
    select.value = 'in-use';
    select.dispatchEvent(new Event('change'));
    await settle();
    host.querySelector<HTMLButtonElement>('[data-testid=status-submit]')?.click();
    await settle();
    http
      .expectOne('/api/v1/assets/a1/status')
      .flush(
        { statusCode: 409, error: 'Conflict', message: ['biomed may not set in-use from available'] },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(text('ww-asset-status-change [role=alert]')).toBe('biomed may not set in-use from available');
  });

  it('says plainly when the asset has no tag and the role may not change its status', async () => {
    await load(
      detail({ tagMac: null, location: null, lastMove: null, allowedStatusChanges: [], lastHeardAt: null }),
    );
    expect(host.textContent).toContain('This asset has no tag, so it cannot be located.');
    expect(host.textContent).toContain("Your role cannot change this asset's status");
    expect(host.querySelector('[data-testid=show-on-floor-plan]')).toBeNull();
    expect(host.textContent).toContain('there is no floor to show');
  });
});
