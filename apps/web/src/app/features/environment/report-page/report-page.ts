import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  signal,
  ViewEncapsulation,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import type { ComplianceReportDto, MonitoredUnitDto } from '@wardwatch/contracts';
import { catchError, map, of, switchMap } from 'rxjs';
import { EnvironmentApiService, type ReportQuery } from '../../../core/api/environment-api.service';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { type Loadable, LOADING, toLoadable } from '../../../shared/loadable';
import { StatusMessage } from '../../../shared/status-message/status-message';
import { UNIT_KIND_LABELS } from '../unit-condition/unit-kinds';
import { saveFile } from './file-download';
import { dayIn, isDay, rangeProblem } from './report-dates';
import { reportView } from './report-view';

const sameQuery = (a: ReportQuery | null, b: ReportQuery | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.from === b.from &&
    a.to === b.to &&
    (a.unitIds ?? []).join() === (b.unitIds ?? []).join());

const byName = (a: MonitoredUnitDto, b: MonitoredUnitDto) =>
  a.name.localeCompare(b.name, undefined, { numeric: true });

/**
 * `/environment/reports` (admin, facilities): the compliance report for a unit or all units over a range
 * of the site's local days: per day min, max, mean, MKT, time out of range, data gaps, and the excursions
 * with who acknowledged and resolved them and the action taken. CSV download and a printable layout (one
 * unit per page). The choice lives in the URL (`?unitId=&from=&to=`), so a report can be linked.
 */
@Component({
  selector: 'ww-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Not encapsulated: its print rules hide the app's frame (top bar, alerts bar) when printing.
  encapsulation: ViewEncapsulation.None,
  imports: [StatusMessage],
  templateUrl: './report-page.html',
  styleUrl: './report-page.css',
  host: { class: 'ww-report-page' },
})
export class ReportPage {
  /** Query parameters. */
  readonly unitId = input<string | undefined>(undefined);
  readonly from = input<string | undefined>(undefined);
  readonly to = input<string | undefined>(undefined);

  private readonly api = inject(EnvironmentApiService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly kindLabels = UNIT_KIND_LABELS;

  protected readonly timezone = toSignal(
    this.api.sites().pipe(
      map((sites) => sites[0]?.timezone ?? 'UTC'),
      catchError(() => of('UTC')),
    ),
    { initialValue: null },
  );
  /** Today on the site's clock. */
  protected readonly today = computed(() => {
    const tz = this.timezone();
    return tz ? dayIn(tz, Date.now()) : null;
  });
  protected readonly units = toSignal(
    this.api.units().pipe(toLoadable('Could not load the monitored units.')),
    { initialValue: LOADING as Loadable<MonitoredUnitDto[]> },
  );
  protected readonly unitGroups = computed(() => {
    const u = this.units();
    const list = u.state === 'ready' ? [...u.value].sort(byName) : [];
    return [
      { label: 'Rooms', units: list.filter((x) => x.kind === 'room') },
      { label: 'Fridges, freezers and incubators', units: list.filter((x) => x.kind !== 'room') },
    ].filter((g) => g.units.length > 0);
  });

  /** The report asked for: from the URL, or today for every unit (asked for again only when it changes). */
  protected readonly query = computed<ReportQuery | null>(
    () => {
      const today = this.today();
      const from = this.from();
      const to = this.to();
      if (!today && !(isDay(from) && isDay(to))) {
        return null;
      }
      const unit = this.unitId();
      return {
        from: isDay(from) ? from : (today ?? ''),
        to: isDay(to) ? to : isDay(from) ? from : (today ?? ''),
        unitIds: unit ? [unit] : [],
      };
    },
    { equal: sameQuery },
  );

  /** The form, following the URL until edited. */
  protected readonly formUnit = linkedSignal(() => this.unitId() ?? '');
  protected readonly formFrom = linkedSignal(() => this.query()?.from ?? '');
  protected readonly formTo = linkedSignal(() => this.query()?.to ?? '');
  protected readonly formProblem = signal<string | null>(null);

  protected readonly report = toSignal(
    toObservable(this.query).pipe(
      switchMap((q) => {
        if (!q) {
          return of(LOADING as Loadable<ComplianceReportDto>);
        }
        const problem = rangeProblem(q.from, q.to);
        return problem
          ? of<Loadable<ComplianceReportDto>>({ state: 'failed', message: problem })
          : this.api.report(q).pipe(toLoadable('Could not load the compliance report.'));
      }),
    ),
    { initialValue: LOADING as Loadable<ComplianceReportDto> },
  );
  protected readonly view = computed(() => {
    const r = this.report();
    return r.state === 'ready' ? reportView(r.value) : [];
  });
  protected readonly printedAt = new Date().toLocaleString();

  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<string | null>(null);

  protected show(): void {
    const problem = rangeProblem(this.formFrom(), this.formTo());
    this.formProblem.set(problem);
    if (problem) {
      return;
    }
    void this.router.navigate([], {
      queryParams: { unitId: this.formUnit() || null, from: this.formFrom(), to: this.formTo() },
    });
  }

  protected downloadCsv(): void {
    const q = this.query();
    if (!q || this.downloading()) {
      return;
    }
    this.downloading.set(true);
    this.downloadError.set(null);
    this.api
      .reportCsv(q)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          this.downloading.set(false);
          saveFile(file);
        },
        error: (error: unknown) => {
          this.downloading.set(false);
          this.downloadError.set(apiErrorMessage(error, 'The CSV file could not be downloaded.'));
        },
      });
  }

  protected print(): void {
    window.print();
  }
}
