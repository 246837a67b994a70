import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { ProcessTelemetryPayload } from '../../infra/queue/queues';
import { TelemetryRollupsService } from './telemetry-rollups.service';

/**
 * Stores an accepted telemetry batch in one transaction: sensors never heard before are registered as
 * environment sensors, each reading is stored once (a retried job inserts nothing twice), and the
 * sensors' and the gateway's last-heard times move forward, never back. The minutes and hours it touches
 * are rolled up at once, so a gateway's late backlog reaches the charts too.
 */
@Injectable()
export class TelemetryWriterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rollups: TelemetryRollupsService,
  ) {}

  async write(payload: ProcessTelemetryPayload): Promise<{ stored: number }> {
    const readings = payload.readings;
    if (readings.length === 0) {
      return { stored: 0 };
    }
    const macs = [...new Set(readings.map((r) => r.sensorMac))];
    return this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO tag (mac, kind) SELECT unnest($1::text[]), 'environment-sensor' ON CONFLICT (mac) DO NOTHING`,
        [macs],
      );
      const inserted: { tag_id: string }[] = await tx.query(
        `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c, humidity_pct, power_w, power_on)
         SELECT t.id, r.at, 'wardwatch-telemetry', r.temperature_c, r.humidity_pct, r.power_w, r.power_on
         FROM unnest($1::text[], $2::timestamptz[], $3::real[], $4::real[], $5::real[], $6::boolean[])
              AS r(mac, at, temperature_c, humidity_pct, power_w, power_on)
         JOIN tag t ON t.mac = r.mac
         ON CONFLICT DO NOTHING
         RETURNING tag_id`,
        [
          readings.map((r) => r.sensorMac),
          readings.map((r) => new Date(r.at).toISOString()),
          readings.map((r) => r.temperatureC),
          readings.map((r) => r.humidityPct),
          readings.map((r) => r.powerW),
          readings.map((r) => r.powerOn),
        ],
      );
      await tx.query(
        `UPDATE tag t SET last_heard_at = greatest(t.last_heard_at, h.at)
         FROM (SELECT mac, max(at) AS at FROM unnest($1::text[], $2::timestamptz[]) AS r(mac, at) GROUP BY mac) h
         WHERE t.mac = h.mac`,
        [readings.map((r) => r.sensorMac), readings.map((r) => new Date(r.at).toISOString())],
      );
      await this.rollups.rollUpSpan(
        tx,
        macs,
        Math.min(...readings.map((r) => r.at)),
        Math.max(...readings.map((r) => r.at)),
      );
      await tx.query(`UPDATE gateway SET last_heard_at = greatest(last_heard_at, $2) WHERE id = $1`, [
        payload.gatewayId,
        new Date(payload.receivedAt),
      ]);
      return { stored: inserted.length };
    });
  }
}
