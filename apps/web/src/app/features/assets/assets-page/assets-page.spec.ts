import { provideHttpClient } from '@angular/common/http';
import { provideRouter } from '@angular/router';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { AssetDto, AssetPage } from '@wardwatch/contracts';
import { AssetsPage, SEARCH_DEBOUNCE_MS } from './assets-page';

function asset(i: number): AssetDto {
  return {
    id: `a${i}`,
    assetTag: `BME-${1000 + i}`,
    categoryCode: 'infusion-pump',
    categoryName: 'Infusion pump',
    manufacturer: 'BD',
    model: 'Alaris 8015',
    serialNumber: `SN${i}`,
    udi: null,
    homeDepartment: '4 West',
    status: i % 2 ? 'in-use' : 'available',
    tagMac: null,
  };
}

/** The element matching `selector`; fails the test when there is none. */
function find<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) {
    throw new Error(`Nothing matches ${selector}`);
  }
  return element;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('AssetsPage', () => {
  let fixture: ComponentFixture<AssetsPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  const assetRequests = (): TestRequest[] => http.match((r) => r.url === '/api/v1/assets');

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AssetsPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssetsPage);
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http
      .expectOne('/api/v1/asset-categories')
      .flush([{ id: 'c1', code: 'infusion-pump', name: 'Infusion pump', assetCount: 2 }]);
  });

  afterEach(() => http.verify());

  it('says it is loading, then lists the assets with status chips', async () => {
    expect(host.textContent).toContain('Loading assets…');
    const [req] = assetRequests();
    expect(req.request.params.get('limit')).toBe('25');
    expect(req.request.params.get('offset')).toBe('0');
    expect(req.request.params.has('q')).toBe(false);
    req.flush({ items: [asset(1), asset(2)], total: 2, limit: 25, offset: 0 } satisfies AssetPage);
    await settle();

    const rows = host.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('BME-1001');
    expect(host.querySelector('ww-asset-status-chip.ww-status-chip--in-use')?.textContent).toContain(
      'In use',
    );
    expect(host.textContent).toContain('Showing 1–2 of 2 assets');
  });

  it('searches once typing pauses', async () => {
    assetRequests()[0].flush({ items: [], total: 0, limit: 25, offset: 0 });
    await settle();
    expect(host.textContent).toContain('No assets have been registered yet.');

    const box = find<HTMLInputElement>(host, 'input[name=q]');
    for (const value of ['p', 'pu', 'pump']) {
      box.value = value;
      box.dispatchEvent(new Event('input'));
      await settle();
    }
    expect(assetRequests()).toHaveLength(0);

    await wait(SEARCH_DEBOUNCE_MS + 50);
    await settle();
    const requests = assetRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0].request.params.get('q')).toBe('pump');
    requests[0].flush({ items: [], total: 0, limit: 25, offset: 0 });
    await settle();
    expect(host.textContent).toContain('No assets match these filters.');
  });

  it('filters by status at once and pages through results', async () => {
    assetRequests()[0].flush({ items: [asset(1)], total: 60, limit: 25, offset: 0 });
    await settle();

    find<HTMLButtonElement>(host, 'nav[aria-label="Pages of assets"] button:last-child').click();
    await settle();
    const next = assetRequests();
    expect(next).toHaveLength(1);
    expect(next[0].request.params.get('offset')).toBe('25');
    next[0].flush({ items: [asset(2)], total: 60, limit: 25, offset: 25 });
    await settle();

    const status = find<HTMLSelectElement>(host, 'select[name=status]');
    status.value = 'needs-cleaning';
    status.dispatchEvent(new Event('change'));
    await settle();
    const filtered = assetRequests();
    expect(filtered).toHaveLength(1);
    expect(filtered[0].request.params.get('status')).toBe('needs-cleaning');
    expect(filtered[0].request.params.get('offset')).toBe('0');
    filtered[0].flush({ items: [], total: 0, limit: 25, offset: 0 });
  });

  it('states plainly when the search fails', async () => {
    assetRequests()[0].flush(
      { statusCode: 500, error: 'Internal Server Error', message: ['Database unavailable'] },
      { status: 500, statusText: 'Internal Server Error' },
    );
    await settle();
    expect(host.querySelector('[role=alert]')?.textContent).toContain('Database unavailable');
    expect(host.querySelector('table')).toBeNull();
  });
});
