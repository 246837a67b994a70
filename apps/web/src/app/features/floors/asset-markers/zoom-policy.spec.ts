import { DEFAULT_ZOOM_POLICY, markerDiameterPx, markerMode, minZoomForMarkers } from './zoom-policy';

describe('zoom policy', () => {
  const policy = { slotSpacingM: 1, minSlotSpacingPx: 18, minDiameterPx: 20, maxDiameterPx: 28 };

  it('shows room counts zoomed out and markers once slots are far enough apart on screen', () => {
    expect(markerMode(4, policy)).toBe('counts');
    expect(markerMode(17.9, policy)).toBe('counts');
    expect(markerMode(18, policy)).toBe('markers');
    expect(markerMode(64, policy)).toBe('markers');
    expect(markerMode(9, { ...policy, slotSpacingM: 2 })).toBe('markers');
  });

  it('grows the disc with the zoom, within 20–28 px, in whole pixels', () => {
    expect(markerDiameterPx(18, policy)).toBe(20);
    expect(markerDiameterPx(30, policy)).toBe(24);
    expect(markerDiameterPx(200, policy)).toBe(28);
    for (let ppm = 1; ppm < 100; ppm += 0.7) {
      const d = markerDiameterPx(ppm, policy);
      expect(Number.isInteger(d)).toBe(true);
      expect(d).toBeGreaterThanOrEqual(20);
      expect(d).toBeLessThanOrEqual(28);
    }
  });

  it('names the CRS.Simple zoom at which markers appear', () => {
    const zoom = minZoomForMarkers(DEFAULT_ZOOM_POLICY);
    expect(markerMode(2 ** zoom, DEFAULT_ZOOM_POLICY)).toBe('markers');
    expect(markerMode(2 ** (zoom - 0.01), DEFAULT_ZOOM_POLICY)).toBe('counts');
  });
});
