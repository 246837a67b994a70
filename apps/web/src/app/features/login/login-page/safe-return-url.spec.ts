import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it('keeps paths inside the app', () => {
    expect(safeReturnUrl('/assets?q=pump')).toBe('/assets?q=pump');
    expect(safeReturnUrl('/floors/abc')).toBe('/floors/abc');
  });

  it('rejects other origins, protocol-relative URLs and the login page', () => {
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl('//evil.example/x')).toBeNull();
    expect(safeReturnUrl('/\\evil.example')).toBeNull();
    expect(safeReturnUrl('/login?returnUrl=%2Fassets')).toBeNull();
    expect(safeReturnUrl(undefined)).toBeNull();
  });
});
