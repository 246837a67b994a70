import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  dailyCompliance,
  DEFAULT_PROFILES,
  withOverrides,
  type ProfileCode,
  type ProfileOverride,
} from '@wardwatch/domain';
import { DataSource } from 'typeorm';

import { DAY_READINGS, EDGE_READINGS } from './compliance-day-queries';

export interface UnitForReport {
  id: string;
  name: string;
  profile_code: ProfileCode;
  overrides: ProfileOverride;
  site_id: string;
  timezone: string;
}

export interface StoredDay {
  day: string;
  readings: number;
  min_c: number | null;
  max_c: number | null;
  mean_c: number | null;
  mkt_c: number | null;
  minutes_out_of_range: number;
  gap_minutes: number;
  gaps: { from: string; to: string }[];
}

/**
 * Computes and keeps each unit's figures per local day (libs/domain daily-compliance), from the raw
 * readings of its sensors. Days that have ended are stored (and kept three years); today is computed on
 * demand and not stored.
 */
@Injectable()
export class ComplianceDaysService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async units(unitIds?: string[]): Promise<UnitForReport[]> {
    return this.db.query(
      `SELECT u.id, u.name, u.profile_code, u.overrides, b.site_id, s.timezone
       FROM monitored_unit u JOIN room r ON r.id = u.room_id JOIN floor f ON f.id = r.floor_id
       JOIN building b ON b.id = f.building_id JOIN site s ON s.id = b.site_id
       WHERE $1::uuid[] IS NULL OR u.id = ANY($1::uuid[]) ORDER BY u.name`,
      [unitIds ?? null],
    );
  }

  /** The days of [from, to] (local dates, inclusive) for a unit: stored ones, the rest computed now. */
  async days(unit: UnitForReport, from: string, to: string): Promise<StoredDay[]> {
    const stored: StoredDay[] = await this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, readings, min_c, max_c, mean_c, mkt_c, minutes_out_of_range,
              gap_minutes, gaps
       FROM compliance_day WHERE unit_id = $1 AND day BETWEEN $2::date AND $3::date ORDER BY day`,
      [unit.id, from, to],
    );
    const byDay = new Map(stored.map((d) => [d.day, d]));
    const out: StoredDay[] = [];
    for (const day of await this.dayList(from, to)) {
      out.push(byDay.get(day) ?? (await this.compute(unit, day)));
    }
    return out;
  }

  /** Computes one day from raw readings; stores it when the day has ended in the unit's time zone. */
  async compute(unit: UnitForReport, day: string): Promise<StoredDay> {
    const [bounds] = await this.db.query(
      `SELECT ($1::date::timestamp AT TIME ZONE $2) AS start, (($1::date + 1)::timestamp AT TIME ZONE $2) AS "end"`,
      [day, unit.timezone],
    );
    const start: Date = bounds.start;
    const end: Date = bounds.end;
    // Today so far: the hours still to come are not a data gap.
    const until = new Date(Math.min(end.getTime(), Date.now()));
    const rows: { at: Date; c: number }[] = await this.db.query(DAY_READINGS, [unit.id, start, end]);
    // The readings just before and after the day: their times bound gaps across midnight, and the one
    // before holds its temperature into the day's start (time out of range counts from it).
    const [edges] = await this.db.query(EDGE_READINGS, [unit.id, start, end]);
    const profile = withOverrides(DEFAULT_PROFILES[unit.profile_code], unit.overrides);
    const figures = dailyCompliance({
      dayStart: start.getTime(),
      dayEnd: until.getTime(),
      readings: rows.map((r) => ({ at: r.at.getTime(), temperatureC: r.c })),
      previousAt: edges.previous ? (edges.previous as Date).getTime() : null,
      previousTemperatureC: edges.previousC as number | null,
      nextAt: edges.next ? (edges.next as Date).getTime() : until < end ? until.getTime() : null,
      range: profile.temperatureC,
      gapMin: profile.gapMin,
    });
    const result: StoredDay = {
      day,
      readings: figures.readings,
      min_c: figures.minC,
      max_c: figures.maxC,
      mean_c: figures.meanC,
      mkt_c: figures.mktC,
      minutes_out_of_range: figures.minutesOutOfRange,
      gap_minutes: figures.gapMinutes,
      gaps: figures.gaps.map((g) => ({
        from: new Date(g.from).toISOString(),
        to: new Date(g.to).toISOString(),
      })),
    };
    if (end.getTime() <= Date.now()) {
      await this.db.query(
        `INSERT INTO compliance_day (unit_id, day, readings, min_c, max_c, mean_c, arrhenius_sum, mkt_c,
                                     minutes_out_of_range, gap_minutes, gaps, computed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
         ON CONFLICT (unit_id, day) DO UPDATE SET readings = excluded.readings, min_c = excluded.min_c,
           max_c = excluded.max_c, mean_c = excluded.mean_c, arrhenius_sum = excluded.arrhenius_sum,
           mkt_c = excluded.mkt_c, minutes_out_of_range = excluded.minutes_out_of_range,
           gap_minutes = excluded.gap_minutes, gaps = excluded.gaps, computed_at = now()`,
        [
          unit.id,
          day,
          result.readings,
          result.min_c,
          result.max_c,
          result.mean_c,
          figures.arrheniusSum,
          result.mkt_c,
          result.minutes_out_of_range,
          result.gap_minutes,
          JSON.stringify(result.gaps),
        ],
      );
    }
    return result;
  }

  /** The daily job: yesterday (local) for every unit, and days past the three-year retention dropped. */
  async computeYesterday(): Promise<{ computed: number; purged: number }> {
    let computed = 0;
    for (const unit of await this.units()) {
      const [{ day }] = await this.db.query(
        `SELECT to_char((now() AT TIME ZONE $1)::date - 1, 'YYYY-MM-DD') AS day`,
        [unit.timezone],
      );
      await this.compute(unit, day);
      computed += 1;
    }
    const [, purged] = await this.db.query(
      `DELETE FROM compliance_day WHERE day < current_date - interval '3 years'`,
    );
    return { computed, purged };
  }

  private async dayList(from: string, to: string): Promise<string[]> {
    const rows: { day: string }[] = await this.db.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS day FROM generate_series($1::date, $2::date, interval '1 day') AS d`,
      [from, to],
    );
    return rows.map((r) => r.day);
  }
}
