import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  NgZone,
  signal,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import type { SeriesPointDto, ValueRange } from '@wardwatch/contracts';
import type uPlot from 'uplot';
import { formatRange, formatValue, type Measure, MEASURE_UNITS } from '../unit-condition/reading-format';
import { BUCKET_MS, formatDuration, gapSpans, summarise, toChartColumns, valueRange } from './chart-data';
import { chartData, chartOptions } from './chart-options';

const HEIGHT = 220;

/**
 * One measure over time: the mean per bucket as a line over its min–max envelope, the limit band, and
 * stretches without readings hatched, with the line broken there (never drawn across). Drawn by uPlot
 * (loaded on first use); the summary under it says the same in words for screen readers and print.
 */
@Component({
  selector: 'ww-series-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './series-chart.html',
  styleUrl: './series-chart.css',
  host: { class: 'ww-series-chart' },
})
export class SeriesChart {
  readonly caption = input.required<string>();
  readonly points = input.required<readonly SeriesPointDto[]>();
  readonly bucket = input.required<'minute' | 'hour'>();
  readonly measure = input.required<Measure>();
  readonly limits = input<ValueRange | null>(null);
  /** Shown period, epoch ms. */
  readonly from = input.required<number>();
  readonly to = input.required<number>();
  /** The site's IANA time zone: the time axis and legend follow the site's clock, as reports do. */
  readonly timeZone = input<string | null>(null);

  private readonly zone = inject(NgZone);
  private readonly plotHost = viewChild.required<ElementRef<HTMLDivElement>>('plot');
  private readonly library = signal<typeof uPlot | null>(null);
  protected readonly failed = signal(false);
  private plot: uPlot | null = null;
  private resizeObserver: ResizeObserver | null = null;

  private readonly bucketMs = computed(() => BUCKET_MS[this.bucket()]);
  private readonly columns = computed(() => toChartColumns(this.points(), this.bucketMs()));
  protected readonly gaps = computed(() => gapSpans(this.points(), this.from(), this.to(), this.bucketMs()));
  protected readonly summary = computed(() => {
    const s = summarise(this.points(), this.gaps(), this.limits());
    const measure = this.measure();
    const bucketWord = this.bucket() === 'minute' ? 'minute' : 'hour';
    return {
      empty: this.points().length === 0,
      range: `lowest ${formatValue(s.min, measure)}, highest ${formatValue(s.max, measure)}`,
      limits: formatRange(this.limits(), measure),
      outside:
        s.bucketsOutside === 0
          ? null
          : `${s.bucketsOutside} ${bucketWord}${s.bucketsOutside === 1 ? '' : 's'} with a mean outside the limits`,
      gaps:
        s.gaps === 0
          ? 'no data gaps'
          : `${s.gaps} data ${s.gaps === 1 ? 'gap' : 'gaps'} (${formatDuration(s.gapMs)} in all)`,
    };
  });
  protected readonly ariaLabel = computed(() => {
    const s = this.summary();
    return s.empty
      ? `${this.caption()}: no readings in this period`
      : `${this.caption()}: ${s.range}; limits ${s.limits}; ${s.gaps}`;
  });

  constructor() {
    afterNextRender(() => {
      import('uplot').then((module) => this.library.set(module.default)).catch(() => this.failed.set(true));
    });
    effect(() => {
      const library = this.library();
      const spec = {
        columns: this.columns(),
        gaps: this.gaps(),
        limits: this.limits(),
        from: this.from(),
        to: this.to(),
        yRange: valueRange(this.columns(), this.limits()),
        unit: MEASURE_UNITS[this.measure()],
        decimals: this.measure() === 'temperature' ? 1 : 0,
        timeZone: this.timeZone(),
      };
      if (library) {
        this.zone.runOutsideAngular(() => this.draw(library, spec));
      }
    });
    inject(DestroyRef).onDestroy(() => {
      this.resizeObserver?.disconnect();
      this.plot?.destroy();
      this.plot = null;
    });
  }

  private draw(
    library: typeof uPlot,
    {
      timeZone,
      ...spec
    }: Omit<Parameters<typeof chartOptions>[0], 'width' | 'height' | 'tzDate'> & {
      timeZone: string | null;
    },
  ): void {
    const element = this.plotHost().nativeElement;
    const width = Math.max(element.clientWidth, 280);
    this.plot?.destroy();
    try {
      this.plot = new library(
        chartOptions({
          ...spec,
          width,
          height: HEIGHT,
          ...(timeZone ? { tzDate: (ts: number) => library.tzDate(new Date(ts * 1000), timeZone) } : {}),
        }),
        chartData(spec.columns),
        element,
      );
    } catch {
      this.plot = null;
      this.zone.run(() => this.failed.set(true));
      return;
    }
    if (!this.resizeObserver && typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => {
        const w = Math.max(element.clientWidth, 280);
        if (this.plot && Math.abs(this.plot.width - w) > 1) {
          this.plot.setSize({ width: w, height: HEIGHT });
        }
      });
      this.resizeObserver.observe(element);
    }
  }
}
