import { DestroyRef, effect, inject, Injectable, NgZone, signal } from '@angular/core';
import {
  REALTIME_NAMESPACE,
  type AlertDto,
  type AlertSummaryDto,
  type AssetChangeEvent,
  type ClientToServerEvents,
  type PositionChangeEvent,
  type ServerToClientEvents,
} from '@wardwatch/contracts';
import { Observable, Subject } from 'rxjs';
import { io, type Socket } from 'socket.io-client';

import { AuthService } from '../auth/auth.service';

export type RealtimeStatus = 'connecting' | 'live' | 'offline';

type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The one socket.io connection of the app (namespace /realtime), opened while someone is signed in.
 * Floors are joined while a map shows them (and joined again after a reconnect); events arrive as
 * observables that run outside Angular's zone, so a busy floor does not trigger change detection.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeService {
  private readonly auth = inject(AuthService);
  private readonly zone = inject(NgZone);
  private socket: RealtimeSocket | null = null;
  private readonly floors = new Map<string, number>();
  private readonly positionsSubject = new Subject<{ floorId: string; changes: PositionChangeEvent[] }>();
  private readonly assetsSubject = new Subject<{ floorId: string; changes: AssetChangeEvent[] }>();
  private readonly alertsSubject = new Subject<{ alert: AlertDto; summary: AlertSummaryDto }>();

  readonly status = signal<RealtimeStatus>('offline');
  /** Position changes of every joined floor (outside the Angular zone). */
  readonly positions$: Observable<{ floorId: string; changes: PositionChangeEvent[] }> =
    this.positionsSubject.asObservable();
  readonly assets$: Observable<{ floorId: string; changes: AssetChangeEvent[] }> =
    this.assetsSubject.asObservable();
  /** Alert changes (inside the zone: they are rare and update the alerts bar). */
  readonly alerts$: Observable<{ alert: AlertDto; summary: AlertSummaryDto }> =
    this.alertsSubject.asObservable();

  constructor() {
    effect(() => {
      if (this.auth.user()) {
        this.connect();
      } else {
        this.disconnect();
      }
    });
  }

  /** Joins a floor until the returned function is called (counted: several views may show one floor). */
  watchFloor(floorId: string): () => void {
    const count = this.floors.get(floorId) ?? 0;
    this.floors.set(floorId, count + 1);
    if (count === 0) {
      this.join(floorId);
    }
    let left = false;
    return () => {
      if (left) {
        return;
      }
      left = true;
      const now = (this.floors.get(floorId) ?? 1) - 1;
      if (now <= 0) {
        this.floors.delete(floorId);
        this.socket?.emit('floor:leave', floorId);
      } else {
        this.floors.set(floorId, now);
      }
    };
  }

  /** Leaves a floor when the caller's view is destroyed. */
  watchFloorUntilDestroyed(floorId: string, destroyRef: DestroyRef): void {
    destroyRef.onDestroy(this.watchFloor(floorId));
  }

  private connect(): void {
    const token = this.auth.accessToken();
    if (this.socket || !token) {
      return;
    }
    this.status.set('connecting');
    this.zone.runOutsideAngular(() => {
      const socket: RealtimeSocket = io(REALTIME_NAMESPACE, {
        auth: (cb) => cb({ token: this.auth.accessToken() ?? '' }),
        transports: ['websocket'],
      });
      socket.on('connect', () => {
        this.zone.run(() => this.status.set('live'));
        for (const floorId of this.floors.keys()) {
          this.join(floorId);
        }
      });
      socket.on('disconnect', () => this.zone.run(() => this.status.set('offline')));
      socket.on('connect_error', () => this.zone.run(() => this.status.set('offline')));
      socket.on('positions', (payload) => this.positionsSubject.next(payload));
      socket.on('assets', (payload) => this.assetsSubject.next(payload));
      socket.on('alert', (payload) => this.zone.run(() => this.alertsSubject.next(payload)));
      this.socket = socket;
    });
  }

  private join(floorId: string): void {
    if (this.socket?.connected) {
      this.socket.emit('floor:join', floorId, () => undefined);
    }
  }

  private disconnect(): void {
    this.socket?.close();
    this.socket = null;
    this.floors.clear();
    this.status.set('offline');
  }
}
