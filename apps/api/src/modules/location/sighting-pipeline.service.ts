import { Inject, Injectable } from '@nestjs/common';
import { decodeAdvertisement } from '@wardwatch/ble';
import type { PositionChangeEvent, TagKind } from '@wardwatch/contracts';
import {
  GatewayPlacement,
  initialTagLocationState,
  LocationConfig,
  pruneState,
  RoomChange,
  RssiSample,
} from '@wardwatch/domain';
import type Redis from 'ioredis';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import type { ProcessSightingsPayload } from '../../infra/queue/queues';
import { REDIS } from '../../infra/redis/redis.module';
import { redisKeys } from '../../infra/redis/redis-keys';
import { GatewayPlacementsService } from './gateway-placements.service';
import { LocationWriterService } from './location-writer.service';
import { emptyWrites, LocationWrites } from './location-writes';
import { replayInWindows } from './replay-in-windows';
import { HeardReading, isReading, sequenceOf, shouldStoreReading, telemetryRow } from './telemetry-selection';
import { StoredTagState, TagStateStore } from './tag-state.store';

const MAX_JOBS_PER_CYCLE = 2000;
/** How long a cycle waits for more batches before it runs. */
const CYCLE_GATHER_MS = 20;
/** Last-heard is written to PostgreSQL at most this often per tag (sample time). */
const HEARD_WRITE_INTERVAL_MS = 10_000;
const MAX_CAS_ROUNDS = 8;

export interface CycleResult {
  changes: number;
  tags: number;
  batches: number;
}

interface WaitingJob {
  payload: ProcessSightingsPayload;
  resolve: (result: CycleResult) => void;
  reject: (error: unknown) => void;
}

interface TagBatch {
  samples: RssiSample[];
  reading: HeardReading | null;
  kind: TagKind;
}

/**
 * One accepted gateway batch through the location pipeline: decode the advertisements, run the position
 * engine per tag on state shared in Redis (compare-and-set, so any number of workers agree), write rows
 * in bulk, then publish room changes for the live floor plans.
 */
@Injectable()
export class SightingPipelineService {
  private readonly engineConfig: LocationConfig;
  private readonly waiting: WaitingJob[] = [];
  private cycleTimer: NodeJS.Timeout | null = null;
  private cycleRunning = false;

  constructor(
    private readonly placements: GatewayPlacementsService,
    private readonly states: TagStateStore,
    private readonly writer: LocationWriterService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.engineConfig = {
      smoothingHalfLifeMs: config.location.smoothingHalfLifeMs,
      readingTtlMs: config.location.readingTtlMs,
      switchMarginDb: config.location.switchMarginDb,
      switchDwellMs: config.location.switchDwellMs,
      maxGatewaysPerScore: 3,
      minRssiDbm: -100,
    };
  }

  /**
   * Hands a job's batch to the next cycle and settles when that cycle is committed. A tag is heard by
   * many gateways each second, each sending its own batch: merging the batches of a cycle by tag runs the
   * engine, and reads and writes the tag's state, once per tag per cycle instead of once per batch.
   */
  process(payload: ProcessSightingsPayload): Promise<CycleResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ payload, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.cycleRunning || this.cycleTimer) {
      return;
    }
    // A short gathering window: long enough that a tag heard by several gateways is usually handled once
    // per cycle (its state read and written once), short enough to add little to the live latency.
    this.cycleTimer = setTimeout(() => void this.runCycle(), CYCLE_GATHER_MS);
  }

  private async runCycle(): Promise<void> {
    this.cycleTimer = null;
    this.cycleRunning = true;
    const jobs = this.waiting.splice(0, MAX_JOBS_PER_CYCLE);
    try {
      const result = await this.processMany(jobs.map((j) => j.payload));
      jobs.forEach((j) => j.resolve(result));
    } catch (error) {
      jobs.forEach((j) => j.reject(error));
    } finally {
      this.cycleRunning = false;
      if (this.waiting.length > 0) {
        this.schedule();
      }
    }
  }

  private async processMany(payloads: ProcessSightingsPayload[]): Promise<CycleResult> {
    const byTag = this.groupByTag(payloads);
    const placements = await this.placements.get(payloads.map((p) => p.gatewayId));
    const writes = emptyWrites();
    for (const [mac, batch] of byTag) {
      writes.tags.set(mac, batch.kind);
    }
    for (const payload of payloads) {
      let newestAt = -Infinity;
      for (const s of payload.sightings) {
        newestAt = Math.max(newestAt, s.seenAt);
        if (this.config.ingest.rawRetentionH > 0) {
          writes.raw.push({
            gatewayId: payload.gatewayId,
            mac: s.tagMac,
            rssi: s.rssi,
            seenAt: s.seenAt,
            raw: s.rawHex,
          });
        }
      }
      if (Number.isFinite(newestAt)) {
        writes.gatewaysHeard.push({ gatewayId: payload.gatewayId, at: newestAt });
      }
    }

    const changes: { mac: string; change: RoomChange; fromFloorId: string | null }[] = [];
    let pending = [...byTag.keys()];
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_CAS_ROUNDS) {
        throw new Error(`tag state kept changing under this job (${pending.length} tags); retrying the job`);
      }
      const stored = await this.states.load(pending);
      const attempt = pending.map((mac, i) => this.step(mac, byTag.get(mac)!, stored[i], placements));
      const conflicted = new Set(
        await this.states.compareAndSet(
          attempt.map((a) => ({ mac: a.mac, expected: a.expected, state: a.next })),
        ),
      );
      for (const a of attempt) {
        if (!conflicted.has(a.mac)) {
          this.collect(a, writes, changes);
        }
      }
      pending = [...conflicted];
    }

    const refs = await this.writer.write(writes);
    if (changes.length > 0) {
      const events: PositionChangeEvent[] = changes.map(({ mac, change, fromFloorId }) => ({
        tagMac: mac,
        assetId: refs.get(mac)?.assetId ?? null,
        roomId: change.toRoomId,
        floorId: change.floorId,
        fromRoomId: change.fromRoomId,
        fromFloorId,
        confidence: change.confidence,
        at: new Date(change.at).toISOString(),
      }));
      await this.redis.publish(redisKeys.positionsChannel(this.config.redis.prefix), JSON.stringify(events));
    }
    const sightings = payloads.reduce((n, p) => n + p.sightings.length, 0);
    await this.redis
      .multi()
      .incrby(redisKeys.sightingsProcessed(this.config.redis.prefix), sightings)
      .incrby(redisKeys.roomChanges(this.config.redis.prefix), changes.length)
      .exec();
    return { changes: changes.length, tags: byTag.size, batches: payloads.length };
  }

  private groupByTag(payloads: ProcessSightingsPayload[]): Map<string, TagBatch> {
    const byTag = new Map<string, TagBatch>();
    for (const payload of payloads) {
      this.addToGroups(byTag, payload);
    }
    return byTag;
  }

  private addToGroups(byTag: Map<string, TagBatch>, payload: ProcessSightingsPayload): void {
    for (const s of payload.sightings) {
      let batch = byTag.get(s.tagMac);
      if (!batch) {
        batch = { samples: [], reading: null, kind: 'asset-tag' };
        byTag.set(s.tagMac, batch);
      }
      batch.samples.push({ gatewayId: payload.gatewayId, rssi: s.rssi, at: s.seenAt });
      if (s.rawHex) {
        const decoded = decodeAdvertisement(s.rawHex);
        if (decoded.ok) {
          for (const beacon of decoded.beacons) {
            if (isReading(beacon)) {
              if (beacon.format !== 'eddystone-tlm') {
                batch.kind = 'environment-sensor';
              }
              if (!batch.reading || batch.reading.at < s.seenAt) {
                batch.reading = { at: s.seenAt, beacon };
              }
            }
          }
        }
      }
    }
  }

  private step(
    mac: string,
    batch: TagBatch,
    stored: StoredTagState | null,
    placements: ReadonlyMap<string, GatewayPlacement>,
  ) {
    const previous = stored ?? {
      v: 0,
      engine: initialTagLocationState(),
      telemetryAt: 0,
      telemetrySeq: null,
      heardWrittenAt: 0,
    };
    const { state, changes } = replayInWindows(previous.engine, batch.samples, placements, this.engineConfig);
    const next: StoredTagState = {
      v: previous.v + 1,
      engine: pruneState(state, state.lastSampleAt, this.engineConfig),
      telemetryAt: previous.telemetryAt,
      telemetrySeq: previous.telemetrySeq,
      heardWrittenAt: previous.heardWrittenAt,
    };
    const storeReading =
      batch.reading !== null &&
      shouldStoreReading(batch.reading, previous, this.config.ingest.telemetryMinIntervalS * 1000);
    if (storeReading && batch.reading) {
      next.telemetryAt = batch.reading.at;
      next.telemetrySeq = sequenceOf(batch.reading.beacon);
    }
    const writeHeard = state.lastSampleAt - previous.heardWrittenAt >= HEARD_WRITE_INTERVAL_MS;
    if (writeHeard) {
      next.heardWrittenAt = state.lastSampleAt;
    }
    return {
      mac,
      expected: previous.v,
      next,
      changes,
      fromFloorId: previous.engine.floorId,
      storeReading,
      writeHeard,
      reading: batch.reading,
    };
  }

  private collect(
    a: ReturnType<SightingPipelineService['step']>,
    writes: LocationWrites,
    changes: { mac: string; change: RoomChange; fromFloorId: string | null }[],
  ): void {
    const engine = a.next.engine;
    let fromFloorId = a.fromFloorId;
    for (const change of a.changes) {
      changes.push({ mac: a.mac, change, fromFloorId });
      fromFloorId = change.floorId;
      writes.movements.push({
        mac: a.mac,
        fromRoomId: change.fromRoomId,
        toRoomId: change.toRoomId,
        floorId: change.floorId,
        at: change.at,
        confidence: change.confidence,
        reason: change.reason,
      });
    }
    const moved = a.changes.length > 0;
    if (engine.roomId && engine.floorId && engine.since !== null && (moved || a.writeHeard)) {
      writes.positions.push({
        mac: a.mac,
        roomId: engine.roomId,
        floorId: engine.floorId,
        confidence: engine.confidence,
        since: engine.since,
        lastSeenAt: engine.lastSampleAt,
      });
    }
    if (a.writeHeard || moved) {
      writes.heard.push({ mac: a.mac, at: engine.lastSampleAt });
    }
    if (a.storeReading && a.reading) {
      writes.telemetry.push(telemetryRow(a.mac, a.reading));
    }
  }
}
