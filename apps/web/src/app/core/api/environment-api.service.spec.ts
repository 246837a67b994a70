import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  type DownloadedFile,
  EnvironmentApiService,
  filenameFromDisposition,
} from './environment-api.service';

describe('filenameFromDisposition', () => {
  it('reads the suggested file name', () => {
    expect(
      filenameFromDisposition('attachment; filename="wardwatch-compliance-2026-11-21-to-2026-11-21.csv"'),
    ).toBe('wardwatch-compliance-2026-11-21-to-2026-11-21.csv');
    expect(filenameFromDisposition("attachment; filename*=UTF-8''report%20day.csv")).toBe('report day.csv');
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });
});

describe('EnvironmentApiService', () => {
  let api: EnvironmentApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(EnvironmentApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists units of a floor, or all of them', () => {
    api.units('f1').subscribe();
    expect(http.expectOne('/api/v1/monitored-units?floorId=f1').request.method).toBe('GET');
    api.units().subscribe();
    http.expectOne('/api/v1/monitored-units');
  });

  it('asks for a series by period and bucket', () => {
    api
      .series('u1', {
        from: new Date('2026-11-20T10:00:00Z'),
        to: new Date('2026-11-21T10:00:00Z'),
        bucket: 'minute',
      })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/monitored-units/u1/series');
    expect(req.request.params.get('from')).toBe('2026-11-20T10:00:00.000Z');
    expect(req.request.params.get('to')).toBe('2026-11-21T10:00:00.000Z');
    expect(req.request.params.get('bucket')).toBe('minute');
  });

  it('asks for the report of chosen units, repeating unitId', () => {
    api.report({ from: '2026-11-01', to: '2026-11-21', unitIds: ['u1', 'u2'] }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/compliance/report');
    expect(req.request.params.get('from')).toBe('2026-11-01');
    expect(req.request.params.getAll('unitId')).toEqual(['u1', 'u2']);
    expect(req.request.params.has('format')).toBe(false);
  });

  it('downloads the CSV as a blob with the name the server gives it', () => {
    let file: DownloadedFile | undefined;
    api.reportCsv({ from: '2026-11-21', to: '2026-11-21' }).subscribe((f) => (file = f));
    const req = http.expectOne((r) => r.url === '/api/v1/compliance/report');
    expect(req.request.params.get('format')).toBe('csv');
    expect(req.request.params.has('unitId')).toBe(false);
    expect(req.request.responseType).toBe('blob');
    const csv = new Blob(['unit,day\n'], { type: 'text/csv' });
    req.flush(csv, {
      headers: { 'Content-Disposition': 'attachment; filename="wardwatch-compliance-x.csv"' },
    });
    expect(file?.filename).toBe('wardwatch-compliance-x.csv');
    expect(file?.blob).toBe(csv);
  });

  it('names the CSV itself when the server gives no name', () => {
    let file: DownloadedFile | undefined;
    api.reportCsv({ from: '2026-11-01', to: '2026-11-21' }).subscribe((f) => (file = f));
    http.expectOne((r) => r.url === '/api/v1/compliance/report').flush(new Blob(['x']));
    expect(file?.filename).toBe('wardwatch-compliance-2026-11-01-to-2026-11-21.csv');
  });

  it('records a temporary override', () => {
    const request = {
      temperatureC: { min: 17, max: 21 },
      requestedBy: 'Dr A',
      reason: 'Cardiac case',
      until: 'x',
    };
    api.addOverride('u1', request).subscribe();
    const req = http.expectOne('/api/v1/monitored-units/u1/overrides');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(request);
  });
});
