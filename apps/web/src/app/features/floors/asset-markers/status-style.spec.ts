import { ASSET_STATUS_LABELS, ASSET_STATUSES } from '@wardwatch/contracts';
import {
  STATUS_LEGEND,
  STATUS_STYLES,
  statusIndex,
  statusStyle,
  statusStyleAt,
  UNKNOWN_STATUS_STYLE,
} from './status-style';

const HEX = /^#[0-9a-f]{6}$/i;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('status styles', () => {
  it('has a style for every status and nothing else', () => {
    expect(Object.keys(STATUS_STYLES).sort()).toEqual([...ASSET_STATUSES].sort());
  });

  it.each([...ASSET_STATUSES])('%s: the pictogram stands out from the disc (≥ 3:1)', (status) => {
    const style = STATUS_STYLES[status];
    expect(style.fill).toMatch(HEX);
    expect(style.glyph).toMatch(HEX);
    expect(contrast(style.fill, style.glyph)).toBeGreaterThanOrEqual(3);
  });

  it('uses a different colour for every status', () => {
    const fills = ASSET_STATUSES.map((s) => STATUS_STYLES[s].fill.toLowerCase());
    expect(new Set(fills).size).toBe(fills.length);
  });

  it('gives each status that needs action its own rim, so colour is never the only cue', () => {
    const action = ['needs-cleaning', 'in-maintenance', 'out-of-service', 'missing'] as const;
    const rings = action.map((s) => STATUS_STYLES[s].ring);
    expect(rings).not.toContain('none');
    expect(new Set(rings).size).toBe(action.length);
    expect(STATUS_STYLES.available.ring).toBe('none');
  });

  it('falls back for statuses it does not know, and indexes them last', () => {
    expect(statusStyle('retired')).toBe(UNKNOWN_STATUS_STYLE);
    expect(statusStyle('constructor')).toBe(UNKNOWN_STATUS_STYLE);
    expect(statusIndex('retired')).toBe(ASSET_STATUSES.length);
    expect(statusStyleAt(statusIndex('retired'))).toBe(UNKNOWN_STATUS_STYLE);
    ASSET_STATUSES.forEach((status, i) => {
      expect(statusIndex(status)).toBe(i);
      expect(statusStyleAt(i)).toBe(STATUS_STYLES[status]);
    });
  });

  it('lists the legend in the contracts order with labels', () => {
    expect(STATUS_LEGEND.map((e) => e.status)).toEqual([...ASSET_STATUSES]);
    for (const entry of STATUS_LEGEND) {
      expect(entry.label).toBe(ASSET_STATUS_LABELS[entry.status]);
      expect(entry.fill).toBe(STATUS_STYLES[entry.status].fill);
      expect(entry.cue).toBeTruthy();
    }
  });
});
