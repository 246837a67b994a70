import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { AssetDto, TagDto } from '@wardwatch/contracts';
import { PICKER_DEBOUNCE_MS } from '../asset-picker/asset-picker';
import { BindTagForm } from './bind-tag-form';

const MAC = 'C4:7A:11:00:00:07';

function asset(id: string, tagMac: string | null): AssetDto {
  return {
    id,
    assetTag: `BME-${id}`,
    categoryCode: 'infusion-pump',
    categoryName: 'Infusion pump',
    manufacturer: 'BD',
    model: 'Alaris 8015',
    serialNumber: `SN-${id}`,
    udi: null,
    homeDepartment: 'ICU',
    status: 'available',
    tagMac,
    location: null,
  };
}

const TAG: TagDto = {
  id: 't1',
  mac: MAC,
  kind: 'asset-tag',
  assetId: 'a2',
  assetTag: 'BME-a2',
  lastHeardAt: null,
  location: null,
  readings: null,
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('BindTagForm', () => {
  let fixture: ComponentFixture<BindTagForm>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let bound: TagDto[];

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  function el<T extends Element>(selector: string): T {
    const found = host.querySelector<T>(selector);
    if (!found) {
      throw new Error(`Nothing matches ${selector}`);
    }
    return found;
  }

  function type(selector: string, value: string): void {
    const input = el<HTMLInputElement | HTMLSelectElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  const bindRequest = (): TestRequest => http.expectOne(`/api/v1/tags/${encodeURIComponent(MAC)}/asset`);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [BindTagForm],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BindTagForm);
    fixture.componentRef.setInput('mac', MAC);
    bound = [];
    fixture.componentInstance.bound.subscribe((tag) => bound.push(tag));
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http
      .expectOne('/api/v1/asset-categories')
      .flush([{ id: 'c1', code: 'infusion-pump', name: 'Infusion pump', assetCount: 3 }]);
    await wait(PICKER_DEBOUNCE_MS + 20);
    await settle();
  });

  afterEach(() => http.verify());

  it('offers only assets without a tag and binds the chosen one by id', async () => {
    const search = http.expectOne((r) => r.url === '/api/v1/assets');
    search.flush({
      items: [asset('a1', 'AA:BB:CC:DD:EE:01'), asset('a2', null)],
      total: 2,
      limit: 50,
      offset: 0,
    });
    await settle();

    const options = host.querySelectorAll<HTMLLabelElement>('[data-testid=asset-option]');
    expect(options).toHaveLength(1);
    expect(options[0].textContent).toContain('BME-a2');

    options[0].querySelector('input')?.click();
    await settle();
    el<HTMLButtonElement>('[data-testid=bind-submit]').click();
    await settle();

    const req = bindRequest();
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ assetId: 'a2' });
    req.flush(TAG);
    await settle();
    expect(bound).toEqual([TAG]);
  });

  it('asks for an asset before sending anything', async () => {
    http.expectOne((r) => r.url === '/api/v1/assets').flush({ items: [], total: 0, limit: 50, offset: 0 });
    await settle();
    expect(host.textContent).toContain('No assets without a tag were found.');
    el<HTMLButtonElement>('[data-testid=bind-submit]').click();
    await settle();
    expect(el('[data-testid=bind-error]').textContent).toContain('Choose the asset to bind the tag to.');
  });

  it('creates a new asset with the tag, and shows the server reason when refused', async () => {
    http.expectOne((r) => r.url === '/api/v1/assets').flush({ items: [], total: 0, limit: 50, offset: 0 });
    el<HTMLInputElement>('[data-testid=bind-new]').click();
    await settle();

    el<HTMLButtonElement>('[data-testid=bind-submit]').click();
    await settle();
    expect(el('[data-testid=bind-error]').textContent).toContain('Fill in the required fields');
    expect(host.querySelectorAll('[aria-invalid=true]').length).toBeGreaterThanOrEqual(5);

    type('#ww-new-tag', ' BME-0042 ');
    type('#ww-new-category', 'infusion-pump');
    type('#ww-new-make', 'BD');
    type('#ww-new-model', 'Alaris 8015');
    type('#ww-new-serial', 'SN-42');
    type('#ww-new-dept', 'ICU');
    await settle();
    el<HTMLButtonElement>('[data-testid=bind-submit]').click();
    await settle();

    const req = bindRequest();
    expect(req.request.body).toEqual({
      newAsset: {
        assetTag: 'BME-0042',
        categoryCode: 'infusion-pump',
        manufacturer: 'BD',
        model: 'Alaris 8015',
        serialNumber: 'SN-42',
        homeDepartment: 'ICU',
      },
    });
    req.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: [
          'newAsset: asset BME-0042 already has this asset tag or this manufacturer and serial number',
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(el('[data-testid=bind-error]').textContent).toContain('asset BME-0042 already has this asset tag');
    expect(bound).toEqual([]);
  });
});
