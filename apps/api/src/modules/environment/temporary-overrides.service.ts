import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TemporaryOverrideDto } from '@wardwatch/contracts';
import type { ProfileOverride } from '@wardwatch/domain';
import { DataSource } from 'typeorm';

import type { TemporaryOverrideDto as OverrideBody } from './dto/temporary-override.dto';

export interface OverrideRow {
  id: string;
  unit_id: string;
  overrides: ProfileOverride;
  requested_by: string;
  reason: string;
  email: string | null;
  starts_at: Date;
  ends_at: Date;
  ended_by_email: string | null;
  end_reason: string | null;
  planned_ends_at: Date | null;
}

/** An override row's columns (OverrideRow), from `temporary_override o` with WHO_JOINS. */
const OVERRIDE_COLUMNS = `o.id, o.unit_id, o.overrides, o.requested_by, o.reason, u.email, o.starts_at, o.ends_at,
  e.email AS ended_by_email, o.end_reason, o.planned_ends_at`;
/** Who entered an override (u) and who ended it early (e). */
const WHO_JOINS = `LEFT JOIN app_user u ON u.id = o.entered_by LEFT JOIN app_user e ON e.id = o.ended_by`;

/** A unit's history lists at most this many, newest first (each is a documented request, so few). */
const HISTORY_LIMIT = 100;
const MAX_OVERRIDE_MS = 7 * 86_400_000;

/**
 * Documented temporary overrides of a unit's limits: recorded (who asked, why, until when), ended early
 * (who, why), listed for the record, and those in force now for the limits shown.
 */
@Injectable()
export class TemporaryOverridesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Records a documented temporary override (who asked, why, until when); it applies at once and replaces
   * the one in force, which is ended now with the reason "Replaced by …" (so at most one is ever in force).
   */
  async add(unitId: string, body: OverrideBody, userId: string): Promise<TemporaryOverrideDto> {
    await this.unitExists(unitId);
    const until = new Date(body.until);
    if (!(until.getTime() > Date.now())) {
      throw new BadRequestException(['until must be in the future']);
    }
    if (until.getTime() - Date.now() > MAX_OVERRIDE_MS) {
      throw new BadRequestException([
        'until must be within 7 days: a longer change belongs in the unit or site profile',
      ]);
    }
    if (!body.temperatureC && !body.humidityPct) {
      throw new BadRequestException(['give temperatureC or humidityPct (the limits to use meanwhile)']);
    }
    const overrides: ProfileOverride = {
      ...(body.temperatureC ? { temperatureC: body.temperatureC } : {}),
      ...(body.humidityPct ? { humidityPct: body.humidityPct } : {}),
    };
    const id = await this.db.transaction(async (tx) => {
      // One request at a time per unit, so that exactly one override is in force after any of them.
      await tx.query(`SELECT id FROM monitored_unit WHERE id = $1 FOR UPDATE`, [unitId]);
      // The one in force is replaced, on the record: ended now, by whoever entered the new one, saying so.
      await tx.query(
        `UPDATE temporary_override
         SET planned_ends_at = ends_at, ends_at = now(), ended_by = $2, end_reason = $3
         WHERE unit_id = $1 AND end_reason IS NULL AND starts_at <= now() AND ends_at > now()`,
        [unitId, userId, `Replaced by a new override requested by ${body.requestedBy.trim()}`],
      );
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO temporary_override (unit_id, overrides, requested_by, reason, entered_by, starts_at, ends_at)
         VALUES ($1, $2, $3, $4, $5, now(), $6) RETURNING id`,
        [unitId, JSON.stringify(overrides), body.requestedBy.trim(), body.reason.trim(), userId, until],
      );
      return row.id;
    });
    const [stored] = await this.rows(`o.id = $1`, [id]);
    return toOverrideDto(stored);
  }

  /**
   * Ends an override in force now, before its planned end: from this moment the unit's own limits
   * apply again. Only ever shortens it; one already over (ended, or past its end) is a conflict.
   */
  async end(
    unitId: string,
    overrideId: string,
    reason: string,
    userId: string,
  ): Promise<TemporaryOverrideDto> {
    await this.unitExists(unitId);
    // One statement, so that of two people ending it at once exactly one does (the other gets the 409).
    // Wrapped in a CTE so that the driver returns the rows (a bare UPDATE gives [rows, count]).
    const ended: { id: string }[] = await this.db.query(
      `WITH ended AS (
         UPDATE temporary_override
         SET planned_ends_at = ends_at, ends_at = now(), ended_by = $3, end_reason = $4
         WHERE id = $1 AND unit_id = $2 AND end_reason IS NULL AND starts_at < now() AND ends_at > now()
         RETURNING id)
       SELECT id FROM ended`,
      [overrideId, unitId, userId, reason.trim()],
    );
    const [row] = await this.rows(`o.id = $1 AND o.unit_id = $2`, [overrideId, unitId]);
    if (!row) {
      throw new NotFoundException(
        `temporary override ${overrideId} of monitored unit ${unitId} does not exist`,
      );
    }
    if (ended.length === 0) {
      throw new ConflictException([notInForce(row)]);
    }
    return toOverrideDto(row);
  }

  /** A unit's overrides, newest first, with who ended any early and why. */
  async history(unitId: string): Promise<TemporaryOverrideDto[]> {
    await this.unitExists(unitId);
    const rows = await this.rows(`o.unit_id = $1`, [unitId], `o.starts_at DESC LIMIT ${HISTORY_LIMIT}`);
    return rows.map(toOverrideDto);
  }

  /**
   * Per unit and local day (its site's clock) of [from, to], the overrides in force at some time that day,
   * oldest first: what the compliance report shows beside each day's figures.
   */
  async byUnitDay(
    units: { id: string; timezone: string }[],
    from: string,
    to: string,
  ): Promise<Map<string, Map<string, TemporaryOverrideDto[]>>> {
    const byUnit = new Map<string, Map<string, TemporaryOverrideDto[]>>();
    if (units.length === 0) {
      return byUnit;
    }
    const rows: (OverrideRow & { day: string })[] = await this.db.query(
      `SELECT ${OVERRIDE_COLUMNS}, to_char(d, 'YYYY-MM-DD') AS day
       FROM unnest($1::uuid[], $2::text[]) AS unit(id, tz)
       JOIN temporary_override o ON o.unit_id = unit.id
         AND o.starts_at < (($4::date + 1)::timestamp AT TIME ZONE unit.tz)
         AND o.ends_at > ($3::date::timestamp AT TIME ZONE unit.tz)
       CROSS JOIN LATERAL generate_series(
         greatest((o.starts_at AT TIME ZONE unit.tz)::date, $3::date),
         least(((o.ends_at - interval '1 microsecond') AT TIME ZONE unit.tz)::date, $4::date),
         interval '1 day') AS d
       ${WHO_JOINS}
       ORDER BY o.starts_at, o.id, d`,
      [units.map((u) => u.id), units.map((u) => u.timezone), from, to],
    );
    for (const row of rows) {
      const days = byUnit.get(row.unit_id) ?? new Map<string, TemporaryOverrideDto[]>();
      byUnit.set(row.unit_id, days);
      days.set(row.day, [...(days.get(row.day) ?? []), toOverrideDto(row)]);
    }
    return byUnit;
  }

  /** The override in force now per unit; where several are, the newest wins. */
  async inForce(unitIds: string[]): Promise<Map<string, OverrideRow>> {
    if (unitIds.length === 0) {
      return new Map();
    }
    // ends_at is the moment it was ended when ended early, so this excludes those too.
    const rows = await this.rows(
      `o.unit_id = ANY($1::uuid[]) AND o.starts_at <= now() AND o.ends_at > now()`,
      [unitIds],
    );
    return new Map(rows.map((r) => [r.unit_id, r]));
  }

  private async unitExists(unitId: string): Promise<void> {
    const [unit] = await this.db.query(`SELECT id FROM monitored_unit WHERE id = $1`, [unitId]);
    if (!unit) {
      throw new NotFoundException(`monitored unit ${unitId} does not exist`);
    }
  }

  private rows(where: string, params: unknown[], orderBy = 'o.starts_at'): Promise<OverrideRow[]> {
    return this.db.query(
      `SELECT ${OVERRIDE_COLUMNS}
       FROM temporary_override o
       ${WHO_JOINS}
       WHERE ${where} ORDER BY ${orderBy}`,
      params,
    );
  }
}

/** Why an override cannot be ended: it already was, or it ran to its end. */
function notInForce(row: OverrideRow): string {
  if (row.end_reason !== null) {
    return (
      `temporary override ${row.id} was already ended at ${row.ends_at.toISOString()}` +
      `${row.ended_by_email ? ` by ${row.ended_by_email}` : ''}: ${row.end_reason}`
    );
  }
  if (row.ends_at.getTime() <= Date.now()) {
    return `temporary override ${row.id} already ended at ${row.ends_at.toISOString()}, as planned`;
  }
  return `temporary override ${row.id} has not started yet (from ${row.starts_at.toISOString()})`;
}

export function toOverrideDto(r: OverrideRow): TemporaryOverrideDto {
  return {
    id: r.id,
    temperatureC: r.overrides.temperatureC ?? null,
    humidityPct: r.overrides.humidityPct ?? null,
    requestedBy: r.requested_by,
    reason: r.reason,
    enteredBy: r.email,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    endedEarly:
      r.end_reason !== null && r.planned_ends_at !== null
        ? { by: r.ended_by_email, reason: r.end_reason, plannedEndsAt: r.planned_ends_at.toISOString() }
        : null,
  };
}
