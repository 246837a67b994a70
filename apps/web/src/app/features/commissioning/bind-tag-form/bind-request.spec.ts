import { bindExistingRequest, bindNewRequest, EMPTY_NEW_ASSET } from './bind-request';

describe('bind requests', () => {
  it('binds to an existing asset by id only', () => {
    expect(bindExistingRequest('a-1')).toEqual({ assetId: 'a-1' });
  });

  it('creates a new asset with trimmed fields and no blank UDI', () => {
    const request = bindNewRequest({
      ...EMPTY_NEW_ASSET,
      assetTag: ' BME-0042 ',
      categoryCode: 'infusion-pump',
      manufacturer: 'BD ',
      model: ' Alaris 8015',
      serialNumber: 'SN-9 ',
      udi: '   ',
      homeDepartment: ' ICU',
    });
    expect(request).toEqual({
      newAsset: {
        assetTag: 'BME-0042',
        categoryCode: 'infusion-pump',
        manufacturer: 'BD',
        model: 'Alaris 8015',
        serialNumber: 'SN-9',
        homeDepartment: 'ICU',
      },
    });
    expect(request).not.toHaveProperty('assetId');
    expect(request.newAsset).not.toHaveProperty('udi');
  });

  it('keeps a UDI when one is given', () => {
    expect(bindNewRequest({ ...EMPTY_NEW_ASSET, udi: ' (01)0088 ' }).newAsset?.udi).toBe('(01)0088');
  });
});
