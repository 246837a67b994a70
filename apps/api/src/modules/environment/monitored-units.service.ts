import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LatestReadingDto, MonitoredUnitDto, SeriesPointDto, UnitSeriesDto } from '@wardwatch/contracts';
import {
  DEFAULT_PROFILES,
  PROFILE_CODES,
  withOverrides,
  type ProfileCode,
  type ProfileOverride,
} from '@wardwatch/domain';
import { DataSource } from 'typeorm';

import { TemporaryOverridesService, toOverrideDto } from './temporary-overrides.service';

interface UnitRow {
  id: string;
  timezone: string;
  name: string;
  kind: MonitoredUnitDto['kind'];
  profile_code: ProfileCode;
  overrides: ProfileOverride;
  room_id: string;
  floor_id: string;
  asset_id: string | null;
  site_overrides: ProfileOverride | null;
  sensor_macs: string[];
  open_alerts: number;
  latest_at: Date | null;
  temperature_c: number | null;
  humidity_pct: number | null;
  power_w: number | null;
  power_on: boolean | null;
}

const MAX_SERIES_POINTS = 50_000;

/** The monitored units as people see them: limits in force, latest reading, condition; charts; profiles. */
@Injectable()
export class MonitoredUnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporaryOverrides: TemporaryOverridesService,
  ) {}

  async list(floorId?: string, unitId?: string): Promise<MonitoredUnitDto[]> {
    const rows: UnitRow[] = await this.db.query(
      `SELECT u.id, u.name, u.kind, u.profile_code, u.overrides, u.room_id, r.floor_id, u.asset_id, st.timezone,
              so.overrides AS site_overrides,
              (SELECT coalesce(array_agg(t.mac ORDER BY t.mac), '{}') FROM unit_sensor s2 JOIN tag t ON t.id = s2.tag_id
                 WHERE s2.unit_id = u.id) AS sensor_macs,
              (SELECT count(*)::int FROM alert a WHERE a.state <> 'resolved'
                 AND starts_with(a.condition_key, 'env:' || u.id || ':')) AS open_alerts,
              l.recorded_at AS latest_at, l.temperature_c, l.humidity_pct, l.power_w, l.power_on
       FROM monitored_unit u
       JOIN room r ON r.id = u.room_id JOIN floor f ON f.id = r.floor_id JOIN building b ON b.id = f.building_id
       JOIN site st ON st.id = b.site_id
       LEFT JOIN site_profile_override so ON so.site_id = b.site_id AND so.profile_code = u.profile_code
       LEFT JOIN LATERAL (
         SELECT x.recorded_at, x.temperature_c, x.humidity_pct, x.power_w, x.power_on
         FROM unit_sensor s JOIN telemetry x ON x.tag_id = s.tag_id
         WHERE s.unit_id = u.id AND x.recorded_at > now() - interval '1 day'
         ORDER BY x.recorded_at DESC LIMIT 1) l ON TRUE
       WHERE ($1::uuid IS NULL OR r.floor_id = $1) AND ($2::uuid IS NULL OR u.id = $2)
       ORDER BY u.name`,
      [floorId ?? null, unitId ?? null],
    );
    const overrides = await this.temporaryOverrides.inForce(rows.map((r) => r.id));
    return rows.map((r) => {
      const override = overrides.get(r.id) ?? null;
      const profile = withOverrides(
        DEFAULT_PROFILES[r.profile_code],
        r.site_overrides,
        r.overrides,
        override?.overrides,
      );
      const latest: LatestReadingDto | null = r.latest_at
        ? {
            at: r.latest_at.toISOString(),
            temperatureC: r.temperature_c,
            humidityPct: r.humidity_pct,
            powerW: r.power_w,
            powerOn: r.power_on,
          }
        : null;
      const silent = !r.latest_at || Date.now() - r.latest_at.getTime() >= profile.gapMin * 60_000;
      return {
        id: r.id,
        name: r.name,
        kind: r.kind,
        profileCode: r.profile_code,
        profileName: profile.name,
        roomId: r.room_id,
        floorId: r.floor_id,
        timezone: r.timezone,
        assetId: r.asset_id,
        sensorMacs: r.sensor_macs,
        temperatureC: profile.temperatureC,
        humidityPct: profile.humidityPct,
        gapMin: profile.gapMin,
        latest,
        condition: r.open_alerts > 0 ? 'alert' : silent ? 'no-data' : 'ok',
        openAlerts: r.open_alerts,
        override: override ? toOverrideDto(override) : null,
      };
    });
  }

  async get(id: string): Promise<MonitoredUnitDto> {
    const [unit] = await this.list(undefined, id);
    if (!unit) {
      throw new NotFoundException(`monitored unit ${id} does not exist`);
    }
    return unit;
  }

  /** Min, max and mean per bucket from the rollups; a bucket without readings is absent (a gap). */
  async series(id: string, from: Date, to: Date, bucket: 'minute' | 'hour'): Promise<UnitSeriesDto> {
    await this.get(id);
    if (from >= to) {
      throw new BadRequestException(['from must be before to']);
    }
    const buckets = (to.getTime() - from.getTime()) / (bucket === 'minute' ? 60_000 : 3_600_000);
    if (buckets > MAX_SERIES_POINTS) {
      throw new BadRequestException([
        `that is ${Math.round(buckets)} ${bucket}s; ask for hours or a shorter range`,
      ]);
    }
    const rows: {
      bucket: Date;
      temp_n: number;
      temp_min: number | null;
      temp_max: number | null;
      temp_sum: number | null;
      hum_n: number;
      hum_min: number | null;
      hum_max: number | null;
      hum_sum: number | null;
    }[] = await this.db.query(
      `SELECT x.bucket, sum(x.temp_n)::int AS temp_n, min(x.temp_min) AS temp_min, max(x.temp_max) AS temp_max,
              sum(x.temp_sum) AS temp_sum, sum(x.hum_n)::int AS hum_n, min(x.hum_min) AS hum_min,
              max(x.hum_max) AS hum_max, sum(x.hum_sum) AS hum_sum
       FROM unit_sensor s JOIN ${bucket === 'minute' ? 'telemetry_minute' : 'telemetry_hour'} x ON x.tag_id = s.tag_id
       WHERE s.unit_id = $1 AND x.bucket >= $2 AND x.bucket < $3
       GROUP BY x.bucket ORDER BY x.bucket`,
      [id, from, to],
    );
    const point = (
      at: Date,
      n: number,
      min: number | null,
      max: number | null,
      sum: number | null,
    ): SeriesPointDto => ({
      at: at.toISOString(),
      n,
      min,
      max,
      mean: n > 0 && sum !== null ? Math.round((sum / n) * 100) / 100 : null,
    });
    return {
      unitId: id,
      bucket,
      from: from.toISOString(),
      to: to.toISOString(),
      temperatureC: rows
        .filter((r) => r.temp_n > 0)
        .map((r) => point(r.bucket, r.temp_n, r.temp_min, r.temp_max, r.temp_sum)),
      humidityPct: rows
        .filter((r) => r.hum_n > 0)
        .map((r) => point(r.bucket, r.hum_n, r.hum_min, r.hum_max, r.hum_sum)),
    };
  }

  /** Replaces a unit's own overrides of its profile ({} returns it to the profile and site values). */
  async setUnitOverrides(id: string, overrides: ProfileOverride): Promise<MonitoredUnitDto> {
    await this.get(id);
    await this.db.query(`UPDATE monitored_unit SET overrides = $2 WHERE id = $1`, [
      id,
      JSON.stringify(overrides),
    ]);
    return this.get(id);
  }

  /** Replaces a site's values for a profile (its policy), applied to every unit on that profile there. */
  async setSiteOverrides(
    siteId: string,
    profileCode: ProfileCode,
    overrides: ProfileOverride,
  ): Promise<ProfileOverride> {
    if (!(PROFILE_CODES as readonly string[]).includes(profileCode)) {
      throw new BadRequestException([
        `profileCode must be one of: ${Object.keys(DEFAULT_PROFILES).join(', ')}`,
      ]);
    }
    const [site] = await this.db.query(`SELECT id FROM site WHERE id = $1`, [siteId]);
    if (!site) {
      throw new NotFoundException(`site ${siteId} does not exist`);
    }
    await this.db.query(
      `INSERT INTO site_profile_override (site_id, profile_code, overrides) VALUES ($1, $2, $3)
       ON CONFLICT (site_id, profile_code) DO UPDATE SET overrides = excluded.overrides`,
      [siteId, profileCode, JSON.stringify(overrides)],
    );
    return overrides;
  }
}
