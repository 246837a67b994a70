import { inject, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AlertDto } from '@wardwatch/contracts';
import {
  catchError,
  debounceTime,
  filter,
  interval,
  map,
  merge,
  type Observable,
  of,
  scan,
  startWith,
  Subject,
  switchMap,
} from 'rxjs';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { LOADING, type Loadable } from '../../../shared/loadable';

/** Latest values are polled this often (sensors report every 10 s or so); alert changes refresh at once. */
export const LIVE_POLL_MS = 10_000;
/** Alert changes come in bursts (one per unit and rule): gather them this long. */
export const ALERT_REFRESH_DEBOUNCE_MS = 300;

/** Server data kept current: the latest good value stays on screen when a refresh fails. */
export interface Live<T> {
  /** `loading` and `failed` only before the first value (and again when the key changes). */
  readonly data: Loadable<T>;
  /** Why the last refresh failed, while older data is shown. */
  readonly refreshError: string | null;
  /** When the data shown was fetched (epoch ms). */
  readonly loadedAt: number | null;
}

export const LIVE_LOADING: Live<never> = { data: LOADING, refreshError: null, loadedAt: null };

export interface LiveOptions<K> {
  failureMessage: string;
  pollMs?: number;
  /** Which alert changes call for a refresh; default: every one. */
  isRelevant?: (alert: AlertDto, key: K) => boolean;
}

export interface LiveResource<T> {
  readonly state: Signal<Live<T>>;
  /** Fetch again now (after the user changed something). */
  refresh(): void;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** The next state after a fetch: a failure keeps a value already shown and says the refresh failed. */
export function nextLive<T>(previous: Live<T>, outcome: Outcome<T>, now: number): Live<T> {
  if (outcome.ok) {
    return { data: { state: 'ready', value: outcome.value }, refreshError: null, loadedAt: now };
  }
  if (previous.data.state === 'ready') {
    return { ...previous, refreshError: outcome.message };
  }
  return { data: { state: 'failed', message: outcome.message }, refreshError: null, loadedAt: null };
}

/**
 * Loads `load(key)` whenever the key changes, then again every `pollMs` and shortly after each relevant
 * alert change (the live channel), so conditions on screen follow the server without a reload. A null
 * key loads nothing. Call in an injection context; it stops with the component.
 */
export function liveResource<K, T>(
  key: Signal<K | null>,
  load: (key: K) => Observable<T>,
  options: LiveOptions<K>,
): LiveResource<T> {
  const realtime = inject(RealtimeService);
  const manual = new Subject<void>();
  const isRelevant = options.isRelevant ?? (() => true);
  const state$ = toObservable(key).pipe(
    switchMap((k): Observable<Live<T>> => {
      if (k === null) {
        return of(LIVE_LOADING);
      }
      const triggers = merge(
        interval(options.pollMs ?? LIVE_POLL_MS),
        realtime.alerts$.pipe(
          filter(({ alert }) => isRelevant(alert, k)),
          debounceTime(ALERT_REFRESH_DEBOUNCE_MS),
        ),
        manual,
      );
      return triggers.pipe(
        startWith(undefined),
        switchMap(() =>
          load(k).pipe(
            map((value): Outcome<T> => ({ ok: true, value })),
            catchError((error: unknown) =>
              of<Outcome<T>>({ ok: false, message: apiErrorMessage(error, options.failureMessage) }),
            ),
          ),
        ),
        scan(
          (previous: Live<T>, outcome: Outcome<T>) => nextLive(previous, outcome, Date.now()),
          LIVE_LOADING,
        ),
        startWith(LIVE_LOADING as Live<T>),
      );
    }),
  );
  return {
    state: toSignal(state$, { initialValue: LIVE_LOADING as Live<T> }),
    refresh: () => manual.next(),
  };
}
