import { chartOptions, type ChartSpec } from './chart-options';

const spec: ChartSpec = {
  columns: { x: [0, 60], min: [4, 5], max: [5, 6], mean: [4.5, 5.5] },
  gaps: [],
  limits: { min: 2, max: 8 },
  from: 0,
  to: 120_000,
  yRange: [0, 10],
  unit: '°C',
  decimals: 1,
  width: 600,
  height: 240,
};

describe('chartOptions', () => {
  it("draws times on the site's clock when given one, on the browser's otherwise", () => {
    const chicago = (ts: number) => new Date(ts * 1000 - 6 * 3600_000);
    expect(chartOptions({ ...spec, tzDate: chicago }).tzDate).toBe(chicago);
    expect(chartOptions(spec).tzDate).toBeUndefined();
  });

  it('shows the period asked for, not just the span of the readings', () => {
    expect(chartOptions(spec).scales?.['x']?.range).toEqual([0, 120]);
  });
});
