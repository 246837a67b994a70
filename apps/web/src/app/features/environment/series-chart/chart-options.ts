import type { ValueRange } from '@wardwatch/contracts';
import type uPlot from 'uplot';
import { CONDITION_STYLES } from '../unit-condition/condition-style';
import { type ChartColumns, type GapSpan, isolatedIndices } from './chart-data';

export interface ChartSpec {
  columns: ChartColumns;
  gaps: readonly GapSpan[];
  limits: ValueRange | null;
  /** Shown x range, epoch ms. */
  from: number;
  to: number;
  yRange: [number, number] | null;
  unit: string;
  decimals: number;
  width: number;
  height: number;
  /** Dates as the site's clock shows them (uPlot's `tzDate`); the browser's own zone when absent. */
  tzDate?: (ts: number) => Date;
}

const LINE = '#0a58a8';
const ENVELOPE = 'rgba(10, 88, 168, 0.16)';
const LIMIT_BAND = 'rgba(0, 158, 115, 0.10)';
const LIMIT_LINE = CONDITION_STYLES.ok.stroke;
const GAP_FILL = 'rgba(107, 114, 128, 0.14)';
const GAP_HATCH = 'rgba(91, 100, 112, 0.45)';

/** Draws, under the lines, the band the limits allow and the stretches without readings (hatched). */
function drawBackground(u: uPlot, spec: ChartSpec): void {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  const limits = spec.limits;
  if (limits && (limits.min !== null || limits.max !== null)) {
    const top = limits.max === null ? bbox.top : u.valToPos(limits.max, 'y', true);
    const bottom = limits.min === null ? bbox.top + bbox.height : u.valToPos(limits.min, 'y', true);
    ctx.fillStyle = LIMIT_BAND;
    ctx.fillRect(bbox.left, top, bbox.width, bottom - top);
    ctx.strokeStyle = LIMIT_LINE;
    ctx.lineWidth = Math.max(1, devicePixelRatio);
    ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
    for (const bound of [limits.min, limits.max]) {
      if (bound !== null) {
        const y = Math.round(u.valToPos(bound, 'y', true)) + 0.5;
        ctx.beginPath();
        ctx.moveTo(bbox.left, y);
        ctx.lineTo(bbox.left + bbox.width, y);
        ctx.stroke();
      }
    }
    ctx.setLineDash([]);
  }
  for (const gap of spec.gaps) {
    const left = u.valToPos(gap.from / 1000, 'x', true);
    const right = u.valToPos(gap.to / 1000, 'x', true);
    const width = Math.max(right - left, devicePixelRatio);
    ctx.fillStyle = GAP_FILL;
    ctx.fillRect(left, bbox.top, width, bbox.height);
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, bbox.top, width, bbox.height);
    ctx.clip();
    ctx.strokeStyle = GAP_HATCH;
    ctx.lineWidth = devicePixelRatio;
    const step = 8 * devicePixelRatio;
    ctx.beginPath();
    for (let x = left - bbox.height; x < left + width; x += step) {
      ctx.moveTo(x, bbox.top + bbox.height);
      ctx.lineTo(x + bbox.height, bbox.top);
    }
    ctx.stroke();
    ctx.restore();
  }
  ctx.restore();
}

/** uPlot options: mean line over the min–max envelope, limit band, gaps hatched, lines broken at gaps. */
export function chartOptions(spec: ChartSpec): uPlot.Options {
  const format = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : v.toFixed(spec.decimals);
  const isolated = isolatedIndices(spec.columns.mean);
  return {
    width: spec.width,
    height: spec.height,
    ...(spec.tzDate ? { tzDate: spec.tzDate } : {}),
    scales: {
      x: { time: true, range: [spec.from / 1000, spec.to / 1000] },
      y: { range: (_u, min, max) => spec.yRange ?? [min, max] },
    },
    series: [
      {},
      {
        label: 'Highest',
        stroke: 'rgba(10, 88, 168, 0.45)',
        width: 1,
        value: (_u, v) => format(v),
        points: { show: false },
      },
      {
        label: 'Lowest',
        stroke: 'rgba(10, 88, 168, 0.45)',
        width: 1,
        value: (_u, v) => format(v),
        points: { show: false },
      },
      {
        label: `Mean (${spec.unit})`,
        stroke: LINE,
        width: 2,
        value: (_u, v) => format(v),
        points: { show: true, size: 5, fill: LINE, filter: () => isolated },
      },
    ],
    bands: [{ series: [1, 2], fill: ENVELOPE }],
    axes: [
      { stroke: '#5b6875', grid: { stroke: '#e6e9ed' }, ticks: { stroke: '#d0d5db' } },
      {
        stroke: '#5b6875',
        grid: { stroke: '#e6e9ed' },
        ticks: { stroke: '#d0d5db' },
        size: 52,
        values: (_u, splits) => splits.map((v) => `${v.toFixed(spec.decimals)}`),
      },
    ],
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
    hooks: { drawClear: [(u) => drawBackground(u, spec)] },
  };
}

/** The chart library's data table: x, then highest, lowest, mean. */
export function chartData(columns: ChartColumns): uPlot.AlignedData {
  return [columns.x, columns.max, columns.min, columns.mean];
}
