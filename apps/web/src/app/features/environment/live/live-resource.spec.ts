import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AlertDto, AlertSummaryDto } from '@wardwatch/contracts';
import { type Observable, of, Subject, throwError } from 'rxjs';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import {
  ALERT_REFRESH_DEBOUNCE_MS,
  type Live,
  LIVE_LOADING,
  LIVE_POLL_MS,
  liveResource,
  type LiveResource,
  nextLive,
} from './live-resource';

const SUMMARY: AlertSummaryDto = { open: 0, acknowledged: 0, byKind: [] };
const alertOn = (floorId: string) => ({ alert: { floorId } as AlertDto, summary: SUMMARY });

describe('nextLive', () => {
  it('shows a fetched value, and keeps it with a note when a later fetch fails', () => {
    const ready = nextLive<number>(LIVE_LOADING, { ok: true, value: 1 }, 1000);
    expect(ready).toEqual({ data: { state: 'ready', value: 1 }, refreshError: null, loadedAt: 1000 });
    const stale = nextLive(ready, { ok: false, message: 'offline' }, 2000);
    expect(stale).toEqual({ data: { state: 'ready', value: 1 }, refreshError: 'offline', loadedAt: 1000 });
    expect(nextLive(stale, { ok: true, value: 2 }, 3000)).toEqual({
      data: { state: 'ready', value: 2 },
      refreshError: null,
      loadedAt: 3000,
    });
  });

  it('fails plainly when there is nothing to show yet', () => {
    expect(nextLive<number>(LIVE_LOADING, { ok: false, message: 'offline' }, 1000).data).toEqual({
      state: 'failed',
      message: 'offline',
    });
  });
});

describe('liveResource', () => {
  let alerts: Subject<{ alert: AlertDto; summary: AlertSummaryDto }>;
  let key: ReturnType<typeof signal<string | null>>;
  let calls: string[];
  let answer: (k: string) => Observable<string>;
  let resource: LiveResource<string>;

  const state = (): Live<string> => resource.state();

  beforeEach(() => {
    jest.useFakeTimers();
    alerts = new Subject();
    calls = [];
    answer = (k) => of(`${k}#${calls.length}`);
    TestBed.configureTestingModule({
      providers: [{ provide: RealtimeService, useValue: { alerts$: alerts } }],
    });
    key = signal<string | null>('f1');
    resource = TestBed.runInInjectionContext(() =>
      liveResource(
        key,
        (k: string) => {
          calls.push(k);
          return answer(k);
        },
        { failureMessage: 'Could not load.', isRelevant: (alert, k) => alert.floorId === k },
      ),
    );
    TestBed.tick();
  });

  afterEach(() => jest.useRealTimers());

  it('loads for the key, then again on each poll', () => {
    expect(calls).toEqual(['f1']);
    expect(state().data).toEqual({ state: 'ready', value: 'f1#1' });
    jest.advanceTimersByTime(LIVE_POLL_MS);
    expect(calls).toEqual(['f1', 'f1']);
    expect(state().data).toEqual({ state: 'ready', value: 'f1#2' });
  });

  it('refreshes shortly after relevant alert changes, once per burst, and ignores the rest', () => {
    alerts.next(alertOn('f2'));
    jest.advanceTimersByTime(ALERT_REFRESH_DEBOUNCE_MS * 2);
    expect(calls).toHaveLength(1);

    alerts.next(alertOn('f1'));
    alerts.next(alertOn('f1'));
    alerts.next(alertOn('f1'));
    jest.advanceTimersByTime(ALERT_REFRESH_DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
  });

  it('refreshes on demand', () => {
    resource.refresh();
    expect(calls).toHaveLength(2);
  });

  it('keeps the last value when a refresh fails, and says so', () => {
    answer = () => throwError(() => new HttpErrorResponse({ status: 0 }));
    resource.refresh();
    expect(state().data).toEqual({ state: 'ready', value: 'f1#1' });
    expect(state().refreshError).toMatch(/Cannot reach the Wardwatch server/);
  });

  it('starts again for a new key, and loads nothing for none', () => {
    key.set('f2');
    TestBed.tick();
    expect(calls).toEqual(['f1', 'f2']);
    expect(state().data).toEqual({ state: 'ready', value: 'f2#2' });

    key.set(null);
    TestBed.tick();
    expect(state()).toEqual(LIVE_LOADING);
    jest.advanceTimersByTime(LIVE_POLL_MS * 2);
    expect(calls).toHaveLength(2);
  });
});
