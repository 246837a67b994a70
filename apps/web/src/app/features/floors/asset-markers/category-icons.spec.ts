import {
  CATEGORY_CODES,
  CATEGORY_ICONS,
  categoryAt,
  categoryIcon,
  categoryIconSvg,
  categoryIndex,
  ICON_GRID,
} from './category-icons';

/** The categories the demo hospital and the API know (libs/demo-hospital equipment catalogue). */
const KNOWN_CODES = [
  'infusion-pump',
  'syringe-pump',
  'pca-pump',
  'feeding-pump',
  'patient-monitor',
  'ventilator',
  'defibrillator',
  'scd-pump',
  'bladder-scanner',
  'portable-ultrasound',
  'telemetry-pack',
  'wheelchair',
  'stretcher',
  'bed',
  'iv-pole',
  'medication-refrigerator',
  'vaccine-freezer',
  'blood-bank-refrigerator',
  'plasma-freezer',
  'platelet-incubator',
  'warming-cabinet',
];

const ARITY: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/**
 * Walks SVG path data and returns every end and control point in absolute coordinates; throws on a
 * command letter it does not know or a wrong number of arguments (the typical typo).
 */
function pathPoints(d: string): [number, number][] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  if (tokens.join('').length !== d.replace(/[\s,]/g, '').length) {
    throw new Error(`unparsed characters in "${d}"`);
  }
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++];
    const lower = command.toLowerCase();
    if (!(lower in ARITY)) {
      throw new Error(`unknown command ${command}`);
    }
    const relative = command === lower;
    const args: number[] = [];
    while (i < tokens.length && !/[a-zA-Z]/.test(tokens[i])) {
      args.push(Number(tokens[i++]));
    }
    const n = ARITY[lower];
    if ((n === 0 && args.length > 0) || (n > 0 && (args.length === 0 || args.length % n !== 0))) {
      throw new Error(`${command} takes ${n} arguments per segment, got ${args.length}`);
    }
    if (n === 0) {
      x = startX;
      y = startY;
      continue;
    }
    for (let k = 0; k < args.length; k += n) {
      const a = args.slice(k, k + n);
      const ox = relative ? x : 0;
      const oy = relative ? y : 0;
      switch (lower) {
        case 'h':
          x = a[0] + ox;
          break;
        case 'v':
          y = a[0] + oy;
          break;
        case 'a':
          x = a[5] + ox;
          y = a[6] + oy;
          break;
        default:
          for (let p = 0; p < n; p += 2) {
            points.push([a[p] + ox, a[p + 1] + oy]);
          }
          x = a[n - 2] + ox;
          y = a[n - 1] + oy;
      }
      points.push([x, y]);
      if (lower === 'm' && k === 0) {
        startX = x;
        startY = y;
      }
    }
  }
  return points;
}

describe('category icons', () => {
  it('has a pictogram for every known category, in catalogue order, plus the fallback', () => {
    expect([...CATEGORY_CODES]).toEqual(KNOWN_CODES);
    expect(Object.keys(CATEGORY_ICONS).sort()).toEqual([...KNOWN_CODES, 'unknown'].sort());
  });

  it.each([...KNOWN_CODES, 'unknown'])('%s: well-formed path data inside the 24 × 24 grid', (code) => {
    const icon = categoryIcon(code);
    expect(icon.label).toBeTruthy();
    expect(icon.stroke.length + icon.fill.length).toBeGreaterThan(0);
    for (const d of [icon.stroke, icon.fill].filter(Boolean)) {
      const points = pathPoints(d);
      expect(points.length).toBeGreaterThan(1);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(ICON_GRID);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(ICON_GRID);
      }
    }
  });

  it('gives every category its own drawing', () => {
    const drawings = Object.values(CATEGORY_ICONS).map((icon) => `${icon.stroke}|${icon.fill}`);
    expect(new Set(drawings).size).toBe(drawings.length);
  });

  it('falls back to the question-mark tag for codes it does not know', () => {
    expect(categoryIcon('x-ray-machine')).toBe(CATEGORY_ICONS.unknown);
    expect(categoryIcon('toString')).toBe(CATEGORY_ICONS.unknown);
  });

  it('numbers categories for sprite caches, unknown ones last', () => {
    expect(categoryIndex('infusion-pump')).toBe(0);
    expect(categoryIndex('warming-cabinet')).toBe(20);
    expect(categoryIndex('nope')).toBe(CATEGORY_CODES.length);
    for (const code of KNOWN_CODES) {
      expect(categoryAt(categoryIndex(code))).toBe(code);
    }
    expect(categoryAt(categoryIndex('nope'))).toBe('unknown');
  });

  it('renders inline SVG in currentColor, hidden from screen readers unless titled', () => {
    const plain = categoryIconSvg('bed', { size: 20 });
    expect(plain).toMatch(/^<svg [^>]*viewBox="0 0 24 24" width="20" height="20"/);
    expect(plain).toContain('aria-hidden="true"');
    expect(plain).toContain(`d="${CATEGORY_ICONS.bed.stroke}"`);
    expect(plain).toContain('stroke="currentColor"');

    const titled = categoryIconSvg('bed', { title: 'Bed <ICU> & "more"', className: 'icon' });
    expect(titled).toContain('role="img"');
    expect(titled).toContain('<title>Bed &#60;ICU&#62; &#38; &#34;more&#34;</title>');
    expect(titled).toContain('class="icon"');
    expect(titled).not.toContain('<ICU>');
  });
});
