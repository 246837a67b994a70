import { SPACE_CLASS_LABELS, SPACE_CLASSES } from '@wardwatch/contracts';
import { SPACE_CLASS_STYLES } from './space-class-style';

const HEX = /^#[0-9a-f]{6}$/i;

/** WCAG relative luminance of a #rrggbb colour. */
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

describe('SPACE_CLASS_STYLES', () => {
  it('has a style for every space class and nothing else', () => {
    expect(Object.keys(SPACE_CLASS_STYLES).sort()).toEqual([...SPACE_CLASSES].sort());
  });

  it.each(SPACE_CLASSES)('%s has valid colours', (spaceClass) => {
    const style = SPACE_CLASS_STYLES[spaceClass];
    expect(style.fill).toMatch(HEX);
    expect(style.text).toMatch(HEX);
    expect(SPACE_CLASS_LABELS[spaceClass]).toBeTruthy();
  });

  it.each(SPACE_CLASSES)('%s labels are readable on its fill (WCAG AA, 4.5:1)', (spaceClass) => {
    const { fill, text } = SPACE_CLASS_STYLES[spaceClass];
    expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every space class its own fill', () => {
    const fills = SPACE_CLASSES.map((c) => SPACE_CLASS_STYLES[c].fill.toLowerCase());
    expect(new Set(fills).size).toBe(SPACE_CLASSES.length);
  });

  it('does not label corridors', () => {
    expect(SPACE_CLASS_STYLES.corridor.labelled).toBe(false);
    expect(SPACE_CLASS_STYLES['patient-room'].labelled).toBe(true);
  });
});
