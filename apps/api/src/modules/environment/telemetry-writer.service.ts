import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TelemetryReading } from '@wardwatch/ble';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';

import { moveLastHeardForward } from '../../infra/database/last-heard';
import type { RunQuery } from '../../infra/database/run-query';
import { LastHeardThrottle } from './last-heard-throttle';
import { TELEMETRY_COPY_COLUMNS, telemetryCopyText } from './telemetry-copy-text';
import type { StoredReading } from './stored-reading';
import { recordRollupDeltas } from './telemetry-rollup-deltas';

/** A telemetry batch to store, as the ingest endpoint accepted it. */
export interface TelemetryBatchToStore {
  gatewayId: string;
  sourceMac: string;
  /** The batch's identity (a resend of the same batch stores nothing); null for a batch without one. */
  key: { sentAt: number; sequence: number } | null;
  receivedAt: number;
  readings: TelemetryReading[];
}

export interface TelemetryStored {
  /** The batch had been stored before (same source, sentAt and sequence): nothing was stored now. */
  duplicate: boolean;
}

export const TELEMETRY_FORMAT = 'wardwatch-telemetry';
/** Tags' and gateways' last-heard times are written at most this often per process. */
export const LAST_HEARD_EVERY_MS = 10_000;
/** Known sensor MACs kept in memory (their tag ids); past this the map starts over. */
const MAX_CACHED_TAGS = 200_000;
/** Transactions one process runs at once (each on its own connection). */
const TRANSACTIONS_IN_FLIGHT = 2;
/** A transaction takes the batches waiting, up to about this many readings. */
const MAX_GROUP_READINGS = 20_000;
const UNIQUE_VIOLATION = '23505';
const DEADLOCK = '40P01';
const MAX_ATTEMPTS = 3;

type Attempt = 'copy' | 'insert';

interface Pending {
  /** The batch without its parsed readings: those can be collected while the batch waits for its turn. */
  batch: Omit<TelemetryBatchToStore, 'readings'> & { readingCount: number };
  rows: StoredReading[];
  resolve: (stored: TelemetryStored) => void;
  reject: (error: unknown) => void;
}

const batchKey = (sourceMac: string, sequence: number | string, sentAt: number): string =>
  `${sourceMac}|${sequence}|${sentAt}`;

/**
 * Stores telemetry batches before the ingest endpoint answers, with group commit: the batches that arrive
 * while a transaction runs go together into the next one (one COPY, one commit for all of them), so the
 * cost per reading falls as the load rises. A transaction stores the batches' identities, their readings,
 * what those add to the minute rollups (for the roll-up job to fold in), and last-heard times. Readings go
 * in with `COPY` (PostgreSQL's bulk path); if any of them is already stored (a resent reading under a new
 * sequence) the COPY fails on the unique index and the group is stored again with INSERT … ON CONFLICT DO
 * NOTHING, so each reading is stored, and rolled up, exactly once. A group that fails otherwise is retried
 * batch by batch, so one batch cannot fail the others. Sensors never heard before are registered as
 * environment sensors; their tag ids are then remembered.
 */
@Injectable()
export class TelemetryWriterService {
  private readonly tagIds = new Map<string, string>();
  private readonly tagsHeard = new LastHeardThrottle(LAST_HEARD_EVERY_MS);
  private readonly gatewaysHeard = new LastHeardThrottle(LAST_HEARD_EVERY_MS);
  private waiting: Pending[] = [];
  private flushing = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Resolves once the batch is committed (or found stored before); rejects if it could not be stored. */
  async write(batch: TelemetryBatchToStore): Promise<TelemetryStored> {
    if (batch.readings.length === 0) {
      return { duplicate: false };
    }
    const { readings, ...identity } = batch;
    const rows = await this.withTagIds(readings);
    return new Promise<TelemetryStored>((resolve, reject) => {
      this.waiting.push({ batch: { ...identity, readingCount: readings.length }, rows, resolve, reject });
      void this.flush();
    });
  }

  /**
   * Up to TRANSACTIONS_IN_FLIGHT transactions at once: while one waits on PostgreSQL (its COPY, its
   * commit) the next group is already on its way, and PostgreSQL can use more than one core.
   */
  private async flush(): Promise<void> {
    if (this.flushing >= TRANSACTIONS_IN_FLIGHT) {
      return;
    }
    this.flushing += 1;
    try {
      while (this.waiting.length > 0) {
        await this.storeGroup(this.takeGroup());
      }
    } finally {
      this.flushing -= 1;
    }
  }

  private takeGroup(): Pending[] {
    let readings = 0;
    let n = 0;
    while (
      n < this.waiting.length &&
      (n === 0 || readings + this.waiting[n].rows.length <= MAX_GROUP_READINGS)
    ) {
      readings += this.waiting[n].rows.length;
      n += 1;
    }
    return this.waiting.splice(0, n);
  }

  private async storeGroup(group: Pending[]): Promise<void> {
    try {
      const results = await this.storeWithRetries(group);
      group.forEach((p, i) => p.resolve(results[i]));
    } catch (error) {
      if (group.length === 1) {
        group[0].reject(error);
        return;
      }
      for (const p of group) {
        try {
          p.resolve((await this.storeWithRetries([p]))[0]);
        } catch (alone) {
          p.reject(alone);
        }
      }
    }
  }

  private async storeWithRetries(group: Pending[]): Promise<TelemetryStored[]> {
    const runner = this.db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      let attempt: Attempt = 'copy';
      for (let n = 1; ; n++) {
        try {
          return await this.store(client, group, attempt);
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (attempt === 'copy' && code === UNIQUE_VIOLATION) {
            attempt = 'insert';
          } else if (code !== DEADLOCK || n >= MAX_ATTEMPTS) {
            throw error;
          }
        }
      }
    } finally {
      await runner.release();
    }
  }

  private async store(client: PoolClient, group: Pending[], attempt: Attempt): Promise<TelemetryStored[]> {
    const now = Date.now();
    await client.query('BEGIN');
    try {
      const fresh = await this.claimBatches(client, group);
      const batches = group.filter((_, i) => fresh[i]);
      const rows = batches.flatMap((p) => p.rows);
      const tagsDue = this.tagsHeard.due(
        rows,
        (r) => r.tagId,
        (r) => r.at,
        now,
      );
      const gatewaysDue = this.gatewaysHeard.due(
        batches,
        (p) => p.batch.gatewayId,
        (p) => p.batch.receivedAt,
        now,
      );
      let stored = rows;
      if (rows.length > 0 && attempt === 'copy') {
        await this.copy(client, rows);
      } else if (rows.length > 0) {
        stored = await this.insertNew(client, rows);
      }
      const run: RunQuery = (sql, params) => client.query(sql, params);
      await recordRollupDeltas(run, stored);
      await moveLastHeardForward(run, 'tag', tagsDue);
      await moveLastHeardForward(run, 'gateway', gatewaysDue);
      await client.query('COMMIT');
      this.tagsHeard.written(tagsDue.keys(), now);
      this.gatewaysHeard.written(gatewaysDue.keys(), now);
      return fresh.map((f) => ({ duplicate: !f }));
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /**
   * Records the batches' identities; per batch, whether it is new. A batch without an identity is always
   * new; of two with the same identity in one group, the first is.
   */
  private async claimBatches(client: PoolClient, group: Pending[]): Promise<boolean[]> {
    const keyed = group.flatMap((p) => (p.batch.key ? [{ batch: p.batch, key: p.batch.key }] : []));
    const claimed = new Set<string>();
    if (keyed.length > 0) {
      const result = await client.query<{ source_mac: string; sequence: string; sent_at: Date }>(
        `INSERT INTO telemetry_batch (source_mac, sent_at, sequence, received_at, readings)
         SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::bigint[], $4::timestamptz[], $5::int[])
         ON CONFLICT DO NOTHING
         RETURNING source_mac, sequence, sent_at`,
        [
          keyed.map((k) => k.batch.sourceMac),
          keyed.map((k) => new Date(k.key.sentAt).toISOString()),
          keyed.map((k) => k.key.sequence),
          keyed.map((k) => new Date(k.batch.receivedAt).toISOString()),
          keyed.map((k) => k.batch.readingCount),
        ],
      );
      for (const r of result.rows) {
        claimed.add(batchKey(r.source_mac, r.sequence, r.sent_at.getTime()));
      }
    }
    return group.map((p) => {
      if (p.batch.key === null) {
        return true;
      }
      // pg returns bigint as a string: compare as strings.
      const key = batchKey(p.batch.sourceMac, String(p.batch.key.sequence), p.batch.key.sentAt);
      return claimed.delete(key);
    });
  }

  private async copy(client: PoolClient, rows: StoredReading[]): Promise<void> {
    const stream = client.query(copyFrom(`COPY telemetry (${TELEMETRY_COPY_COLUMNS}) FROM STDIN`));
    await new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
      stream.end(telemetryCopyText(rows, TELEMETRY_FORMAT));
    });
  }

  /** The slow path: only the readings not stored yet go in; returns those. */
  private async insertNew(client: PoolClient, rows: StoredReading[]): Promise<StoredReading[]> {
    const result = await client.query<{
      tag_id: string;
      recorded_at: Date;
      temperature_c: number | null;
      humidity_pct: number | null;
      power_w: number | null;
      power_on: boolean | null;
    }>(
      `INSERT INTO telemetry (${TELEMETRY_COPY_COLUMNS})
       SELECT r.tag_id, r.at, $7, r.temperature_c, r.humidity_pct, r.power_w, r.power_on
       FROM unnest($1::uuid[], $2::timestamptz[], $3::real[], $4::real[], $5::real[], $6::boolean[])
            AS r(tag_id, at, temperature_c, humidity_pct, power_w, power_on)
       ON CONFLICT DO NOTHING
       RETURNING tag_id, recorded_at, temperature_c, humidity_pct, power_w, power_on`,
      [
        rows.map((r) => r.tagId),
        rows.map((r) => new Date(r.at).toISOString()),
        rows.map((r) => r.temperatureC),
        rows.map((r) => r.humidityPct),
        rows.map((r) => r.powerW),
        rows.map((r) => r.powerOn),
        TELEMETRY_FORMAT,
      ],
    );
    return result.rows.map((r) => ({
      tagId: r.tag_id,
      at: r.recorded_at.getTime(),
      temperatureC: r.temperature_c,
      humidityPct: r.humidity_pct,
      powerW: r.power_w,
      powerOn: r.power_on,
    }));
  }

  /** The readings with their sensors' tag ids, registering sensors never heard before. */
  private async withTagIds(readings: TelemetryReading[]): Promise<StoredReading[]> {
    const ids = new Map<string, string>();
    const unknown: string[] = [];
    for (const mac of new Set(readings.map((r) => r.sensorMac))) {
      const id = this.tagIds.get(mac);
      if (id === undefined) {
        unknown.push(mac);
      } else {
        ids.set(mac, id);
      }
    }
    if (unknown.length > 0) {
      await this.db.query(
        `INSERT INTO tag (mac, kind) SELECT unnest($1::text[]), 'environment-sensor' ON CONFLICT (mac) DO NOTHING`,
        [unknown],
      );
      const found: { id: string; mac: string }[] = await this.db.query(
        `SELECT id, mac FROM tag WHERE mac = ANY($1::text[])`,
        [unknown],
      );
      if (this.tagIds.size + found.length > MAX_CACHED_TAGS) {
        this.tagIds.clear();
      }
      for (const { id, mac } of found) {
        this.tagIds.set(mac, id);
        ids.set(mac, id);
      }
    }
    return readings.map((r) => {
      const tagId = ids.get(r.sensorMac);
      if (tagId === undefined) {
        throw new Error(`sensor ${r.sensorMac} has no tag row after its upsert`);
      }
      return {
        tagId,
        at: r.at,
        temperatureC: r.temperatureC,
        humidityPct: r.humidityPct,
        powerW: r.powerW,
        powerOn: r.powerOn,
      };
    });
  }
}
