import { CATEGORY_ICONS } from './category-icons';
import { assetMarkerSvg } from './marker-svg';
import { STATUS_STYLES } from './status-style';

describe('assetMarkerSvg', () => {
  it('draws the status disc, its rim cue and the pictogram in the glyph colour', () => {
    const svg = assetMarkerSvg('iv-pole', 'missing', { diameter: 24 });
    expect(svg).toContain(`fill="${STATUS_STYLES.missing.fill}"`);
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain(`d="${CATEGORY_ICONS['iv-pole'].stroke}"`);
    expect(svg).toContain(`stroke="${STATUS_STYLES.missing.glyph}"`);
    expect(svg).toContain('aria-hidden="true"');
  });

  it('leaves a plain rim undashed and is larger than the disc by the rims', () => {
    const svg = assetMarkerSvg('bed', 'available', { diameter: 20, title: 'Bed, available' });
    expect(svg).not.toContain('stroke-dasharray');
    expect(svg).toContain('<title>Bed, available</title>');
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(20);
    expect(width).toBeLessThanOrEqual(30);
  });

  it('falls back for unknown categories and statuses', () => {
    const svg = assetMarkerSvg('x-ray', 'retired');
    expect(svg).toContain(`d="${CATEGORY_ICONS.unknown.stroke}"`);
  });
});
