import { Inject, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  REALTIME_NAMESPACE,
  ROLES,
  type AlertDto,
  type ClientToServerEvents,
  type PositionChangeEvent,
  type ServerToClientEvents,
} from '@wardwatch/contracts';
import type Redis from 'ioredis';
import type { Namespace, Socket } from 'socket.io';

import type { AccessTokenClaims } from '../../infra/auth/authenticated-user';
import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { REDIS } from '../../infra/redis/redis.module';
import type { AssetChangeMessage } from '../../infra/redis/realtime-publisher';
import { redisKeys } from '../../infra/redis/redis-keys';
import { AlertsService } from '../alerts/alerts.service';
import { HospitalService } from '../hospital/hospital.service';
import { PositionBuffer } from './position-buffer';

const ALERTS_ROOM = 'alerts';
const ALERT_FLUSH_MS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type RealtimeSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  { userId: string }
>;

/**
 * The one push-only socket.io gateway. Connecting needs a valid bearer token (`auth.token` in the
 * handshake); clients join `floor:<id>` rooms and get position changes batched per tick. Changes come
 * from the workers over Redis pub/sub, so every API process serves its own sockets.
 */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE, cors: false, serveClient: false })
export class RealtimeGateway
  implements OnGatewayInit, OnGatewayConnection, OnModuleInit, OnApplicationShutdown
{
  @WebSocketServer() private server!: Namespace<ClientToServerEvents, ServerToClientEvents>;
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly buffer = new PositionBuffer();
  private subscriber: Redis | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastFlushAt = 0;
  private readonly pendingAlerts: AlertDto[] = [];
  private alertTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly jwt: JwtService,
    private readonly hospital: HospitalService,
    private readonly alerts: AlertsService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(server: Namespace): void {
    server.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown }).token;
      if (typeof token !== 'string') {
        next(new Error('unauthorized: auth.token (a bearer token) is required'));
        return;
      }
      this.jwt
        .verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] })
        .then((claims) => {
          if (!(ROLES as readonly string[]).includes(claims.role)) {
            throw new Error('unknown role');
          }
          (socket as RealtimeSocket).data.userId = claims.sub;
          next();
        })
        .catch(() => next(new Error('unauthorized: the token is invalid or has expired')));
    });
  }

  /** Every signed-in user sees alerts; floors are joined on demand. */
  async handleConnection(socket: RealtimeSocket): Promise<void> {
    await socket.join(ALERTS_ROOM);
  }

  async onModuleInit(): Promise<void> {
    this.subscriber = this.redis.duplicate({ enableOfflineQueue: true });
    const prefix = this.config.redis.prefix;
    const handlers = new Map<string, (message: string) => void>([
      [redisKeys.positionsChannel(prefix), (m) => this.receivePositions(m)],
      [redisKeys.assetsChannel(prefix), (m) => this.receiveAssetChange(m)],
      [redisKeys.alertsChannel(prefix), (m) => this.receiveAlert(m)],
    ]);
    this.subscriber.on('message', (channel: string, message: string) => handlers.get(channel)?.(message));
    await this.subscriber.subscribe(...handlers.keys());
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    if (this.alertTimer) {
      clearTimeout(this.alertTimer);
    }
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  @SubscribeMessage('floor:join')
  async join(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() floorId: unknown,
  ): Promise<{ ok: boolean; error?: string }> {
    if (typeof floorId !== 'string' || !UUID.test(floorId)) {
      return { ok: false, error: 'floorId must be a UUID' };
    }
    try {
      await this.hospital.floorEntity(floorId);
    } catch {
      return { ok: false, error: `floor ${floorId} does not exist` };
    }
    await socket.join(`floor:${floorId}`);
    return { ok: true };
  }

  @SubscribeMessage('floor:leave')
  async leave(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() floorId: unknown): Promise<void> {
    if (typeof floorId === 'string') {
      await socket.leave(`floor:${floorId}`);
    }
  }

  private receiveAssetChange(message: string): void {
    try {
      const { floorIds, change } = JSON.parse(message) as AssetChangeMessage;
      for (const floorId of floorIds) {
        this.server.to(`floor:${floorId}`).emit('assets', { floorId, changes: [change] });
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'ignored a malformed asset message');
    }
  }

  /**
   * Alert changes are gathered for ALERT_FLUSH_MS and sent with one fresh summary, so a rule run that
   * opens a hundred alerts costs one count query, not a hundred.
   */
  private receiveAlert(message: string): void {
    try {
      this.pendingAlerts.push(JSON.parse(message) as AlertDto);
    } catch (error) {
      this.logger.warn({ err: error }, 'ignored a malformed alert message');
      return;
    }
    this.alertTimer ??= setTimeout(() => void this.flushAlerts(), ALERT_FLUSH_MS);
  }

  private async flushAlerts(): Promise<void> {
    this.alertTimer = null;
    const alerts = this.pendingAlerts.splice(0);
    try {
      const summary = await this.alerts.summary();
      for (const alert of alerts) {
        this.server.to(ALERTS_ROOM).emit('alert', { alert, summary });
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not forward alerts');
    }
  }

  private receivePositions(message: string): void {
    try {
      for (const event of JSON.parse(message) as PositionChangeEvent[]) {
        this.buffer.add(event);
      }
      this.scheduleFlush();
    } catch (error) {
      this.logger.warn({ err: error }, 'ignored a malformed position message');
    }
  }

  /**
   * At most one emit per floor per tick, sent at the start of a tick rather than its end: a change that
   * arrives after a quiet spell goes out at once, and a burst is held until a tick has passed since the
   * last emit and then sent as one batch.
   */
  private scheduleFlush(): void {
    if (this.timer) {
      return;
    }
    const wait = Math.max(0, this.lastFlushAt + this.config.realtime.tickMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.lastFlushAt = Date.now();
      this.flush();
    }, wait);
  }

  private flush(): void {
    for (const { floorId, changes } of this.buffer.drain()) {
      this.server.to(`floor:${floorId}`).emit('positions', { floorId, changes });
    }
  }
}
