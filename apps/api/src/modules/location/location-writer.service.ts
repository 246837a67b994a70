import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { moveLastHeardForward } from '../../infra/database/last-heard';
import type { RunQuery } from '../../infra/database/run-query';
import { recordRollupDeltas } from '../environment/telemetry-rollup-deltas';
import { emptyWrites, LocationWrites, mergeWrites } from './location-writes';
import { TagDirectoryService, TagRef } from './tag-directory.service';

interface Pending {
  writes: LocationWrites;
  waiters: { resolve: (refs: Map<string, TagRef>) => void; reject: (e: unknown) => void }[];
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Group commit: writers hand their rows in, one transaction writes everything handed in during the same
 * event-loop turn (and whatever arrives while a flush runs goes into the next), with multi-row statements;
 * each writer's promise settles when its rows are committed.
 */
@Injectable()
export class LocationWriterService {
  private readonly logger = new Logger(LocationWriterService.name);
  private pending: Pending | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tags: TagDirectoryService,
  ) {}

  /** Resolves, once committed, with the tag (and bound asset) of every MAC written. */
  write(writes: LocationWrites): Promise<Map<string, TagRef>> {
    return new Promise((resolve, reject) => {
      if (!this.pending) {
        this.pending = { writes: emptyWrites(), waiters: [] };
        setImmediate(() => this.schedule());
      }
      mergeWrites(this.pending.writes, writes);
      this.pending.waiters.push({ resolve, reject });
    });
  }

  private schedule(): void {
    const batch = this.pending;
    this.pending = null;
    if (!batch) {
      return;
    }
    // One flush at a time, in order.
    this.flushing = this.flushing.then(async () => {
      try {
        const refs = await this.db.transaction((tx) => this.flush(tx, batch.writes));
        batch.waiters.forEach((w) => w.resolve(refs));
      } catch (error) {
        this.logger.error({ err: error }, 'location write failed; the jobs will be retried');
        batch.waiters.forEach((w) => w.reject(error));
      }
    });
  }

  private async flush(tx: EntityManager, w: LocationWrites): Promise<Map<string, TagRef>> {
    const run: RunQuery = (sql, params) => tx.query(sql, params);
    const refs = await this.tags.resolve(tx, w.tags);
    const id = (mac: string): string => {
      const ref = refs.get(mac);
      if (!ref) {
        throw new Error(`tag ${mac} could not be resolved`);
      }
      return ref.id;
    };
    if (w.positions.length > 0) {
      // Newest wins per tag, and a late write never moves a tag back in time.
      const latest = new Map<string, LocationWrites['positions'][number]>();
      for (const p of w.positions) {
        const seen = latest.get(p.mac);
        if (!seen || seen.since <= p.since) {
          latest.set(p.mac, p);
        }
      }
      const ps = [...latest.values()];
      await tx.query(
        `INSERT INTO tag_position (tag_id, room_id, floor_id, confidence, since, last_seen_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::real[], $5::timestamptz[], $6::timestamptz[])
         ON CONFLICT (tag_id) DO UPDATE SET room_id = EXCLUDED.room_id, floor_id = EXCLUDED.floor_id,
           confidence = EXCLUDED.confidence, since = EXCLUDED.since,
           last_seen_at = GREATEST(tag_position.last_seen_at, EXCLUDED.last_seen_at)
         WHERE tag_position.since <= EXCLUDED.since`,
        [
          ps.map((p) => id(p.mac)),
          ps.map((p) => p.roomId),
          ps.map((p) => p.floorId),
          ps.map((p) => p.confidence),
          ps.map((p) => iso(p.since)),
          ps.map((p) => iso(p.lastSeenAt)),
        ],
      );
    }
    if (w.movements.length > 0) {
      const ms = w.movements;
      await tx.query(
        `INSERT INTO tag_movement (tag_id, from_room_id, to_room_id, floor_id, at, confidence, reason)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::real[], $7::jsonb[])
         ON CONFLICT (tag_id, at, to_room_id) DO NOTHING`,
        [
          ms.map((m) => id(m.mac)),
          ms.map((m) => m.fromRoomId),
          ms.map((m) => m.toRoomId),
          ms.map((m) => m.floorId),
          ms.map((m) => iso(m.at)),
          ms.map((m) => m.confidence),
          ms.map((m) => JSON.stringify(m.reason)),
        ],
      );
    }
    if (w.telemetry.length > 0) {
      const t = w.telemetry;
      const inserted: {
        tag_id: string;
        recorded_at: Date;
        temperature_c: number | null;
        humidity_pct: number | null;
      }[] = await tx.query(
        `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c, humidity_pct, pressure_pa, battery_mv, tx_power_dbm, measurement_sequence)
         SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::real[], $5::real[], $6::real[], $7::int[], $8::smallint[], $9::int[])
         ON CONFLICT DO NOTHING
         RETURNING tag_id, recorded_at, temperature_c, humidity_pct`,
        [
          t.map((r) => id(r.mac)),
          t.map((r) => iso(r.recordedAt)),
          t.map((r) => r.format),
          t.map((r) => r.temperatureC),
          t.map((r) => r.humidityPct),
          t.map((r) => r.pressurePa),
          t.map((r) => r.batteryMv),
          t.map((r) => r.txPowerDbm),
          t.map((r) => r.measurementSequence),
        ],
      );
      // Only the readings stored now are rolled up: one stored before was counted then.
      const stored = inserted.map((r) => ({
        tagId: r.tag_id,
        at: r.recorded_at.getTime(),
        temperatureC: r.temperature_c,
        humidityPct: r.humidity_pct,
        powerW: null,
        powerOn: null,
      }));
      await recordRollupDeltas(run, stored);
    }
    if (w.heard.length > 0) {
      const latest = new Map<string, number>();
      for (const h of w.heard) {
        const tagId = id(h.mac);
        latest.set(tagId, Math.max(latest.get(tagId) ?? 0, h.at));
      }
      await moveLastHeardForward(run, 'tag', latest);
      const ids = [...latest.keys()];
      const ats = [...latest.values()].map(iso);
      await tx.query(
        `UPDATE tag_position SET last_seen_at = v.at FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at)
         WHERE tag_position.tag_id = v.id AND tag_position.last_seen_at < v.at`,
        [ids, ats],
      );
    }
    if (w.gatewaysHeard.length > 0) {
      const latest = new Map<string, number>();
      for (const g of w.gatewaysHeard) {
        latest.set(g.gatewayId, Math.max(latest.get(g.gatewayId) ?? 0, g.at));
      }
      await moveLastHeardForward(run, 'gateway', latest);
    }
    if (w.raw.length > 0) {
      const r = w.raw;
      await tx.query(
        `INSERT INTO raw_sighting (gateway_id, tag_mac, rssi, seen_at, raw)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::smallint[], $4::timestamptz[], $5::text[])`,
        [
          r.map((x) => x.gatewayId),
          r.map((x) => x.mac),
          r.map((x) => x.rssi),
          r.map((x) => iso(x.seenAt)),
          r.map((x) => x.raw),
        ],
      );
    }
    return refs;
  }
}
