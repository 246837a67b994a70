import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ALERT_KIND_LABELS } from '@wardwatch/contracts';
import {
  DEFAULT_PROFILES,
  evaluateUnit,
  withOverrides,
  type EnvironmentProfile,
  type EnvironmentReading,
  type ProfileCode,
  type ProfileOverride,
} from '@wardwatch/domain';
import { DataSource } from 'typeorm';

import { AlertsService } from '../alerts/alerts.service';

interface UnitRow {
  id: string;
  name: string;
  profile_code: ProfileCode;
  overrides: ProfileOverride;
  room_id: string;
  floor_id: string;
  site_id: string;
  /** Whether any of its sensors has ever been heard: a sensor still awaiting its first reading is not "silent". */
  ever_heard: boolean;
}

export interface EnvironmentEvaluation {
  units: number;
  opened: number;
  holding: number;
  cleared: number;
}

const KEY_PREFIX = 'env:';
const unitPrefix = (unitId: string) => `${KEY_PREFIX}${unitId}:`;

/**
 * Runs the excursion rules (libs/domain) over every monitored unit's recent readings and turns what
 * holds into alerts: one unresolved alert per unit, condition and measure. A condition that stops
 * holding marks its alert "cleared"; a person still resolves it with the corrective action taken.
 */
@Injectable()
export class EnvironmentRulesService {
  private readonly logger = new Logger(EnvironmentRulesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly alerts: AlertsService,
  ) {}

  async evaluate(now: Date): Promise<EnvironmentEvaluation> {
    const units: UnitRow[] = await this.db.query(
      `SELECT u.id, u.name, u.profile_code, u.overrides, u.room_id, r.floor_id, b.site_id,
              EXISTS (SELECT 1 FROM unit_sensor s JOIN tag t ON t.id = s.tag_id
                      WHERE s.unit_id = u.id AND t.last_heard_at IS NOT NULL) AS ever_heard
       FROM monitored_unit u JOIN room r ON r.id = u.room_id JOIN floor f ON f.id = r.floor_id
       JOIN building b ON b.id = f.building_id ORDER BY u.name`,
    );
    const siteOverrides = await this.siteOverrides();
    const temporary = await this.temporaryOverrides(now);
    const result: EnvironmentEvaluation = { units: units.length, opened: 0, holding: 0, cleared: 0 };
    const unresolved = await this.alerts.unresolvedKeysLike(KEY_PREFIX);
    for (const unit of units) {
      const profile = withOverrides(
        DEFAULT_PROFILES[unit.profile_code],
        siteOverrides.get(`${unit.site_id}:${unit.profile_code}`),
        unit.overrides,
        ...(temporary.get(unit.id)?.overrides ?? []),
      );
      const readings = await this.readings(unit.id, profile, now);
      const holding = new Set<string>();
      const conditions = this.conditions(profile, readings, now, temporary.get(unit.id)?.since).filter(
        (c) => unit.ever_heard || c.kind !== 'sensor-silent',
      );
      for (const condition of conditions) {
        const key = `${unitPrefix(unit.id)}${condition.kind}:${condition.measure ?? 'unit'}`;
        holding.add(key);
        const raised = await this.alerts.raise({
          kind: condition.kind,
          severity: condition.severity,
          conditionKey: key,
          title: `${unit.name}: ${ALERT_KIND_LABELS[condition.kind].toLowerCase()}`,
          detail: `${unit.name} (${profile.name}): ${condition.detail}`,
          floorId: unit.floor_id,
          roomId: unit.room_id,
          at: new Date(condition.since),
        });
        result[raised.opened ? 'opened' : 'holding'] += 1;
      }
      for (const key of unresolved.filter((k) => k.startsWith(unitPrefix(unit.id)))) {
        if (!holding.has(key) && (await this.alerts.conditionCleared(key, now))) {
          result.cleared += 1;
        }
      }
    }
    if (result.opened > 0 || result.cleared > 0) {
      this.logger.log(result, 'environment rules evaluated');
    }
    return result;
  }

  /**
   * What holds now. Limits judge only readings taken since they last changed (a temporary override began
   * or ended): readings taken under other limits are never judged by these. Silence and power loss are
   * judged on all readings as always.
   */
  private conditions(
    profile: EnvironmentProfile,
    readings: EnvironmentReading[],
    now: Date,
    limitsSince?: number,
  ) {
    if (limitsSince === undefined) {
      return evaluateUnit(profile, readings, now.getTime());
    }
    const sinceChange = readings.filter((r) => r.at >= limitsSince);
    const always = new Set(['sensor-silent', 'power-loss']);
    return [
      ...evaluateUnit(profile, sinceChange, now.getTime()).filter((c) => !always.has(c.kind)),
      ...evaluateUnit(profile, readings, now.getTime()).filter((c) => always.has(c.kind)),
    ];
  }

  /** The unit's readings over the longest window a rule looks at. */
  private async readings(
    unitId: string,
    profile: EnvironmentProfile,
    now: Date,
  ): Promise<EnvironmentReading[]> {
    const lookBackMs = profile.cumulative.windowH * 3600_000 + profile.gapMin * 60_000;
    const rows: { recorded_at: Date; temperature_c: number | null; humidity_pct: number | null }[] =
      await this.db.query(
        `SELECT t.recorded_at, t.temperature_c, t.humidity_pct
       FROM unit_sensor s JOIN telemetry t ON t.tag_id = s.tag_id
       WHERE s.unit_id = $1 AND t.recorded_at > $2 AND t.recorded_at <= $3`,
        [unitId, new Date(now.getTime() - lookBackMs), now],
      );
    return rows.map((r) => ({
      at: r.recorded_at.getTime(),
      temperatureC: r.temperature_c,
      humidityPct: r.humidity_pct,
    }));
  }

  private async siteOverrides(): Promise<Map<string, ProfileOverride>> {
    const rows: { site_id: string; profile_code: string; overrides: ProfileOverride }[] = await this.db.query(
      `SELECT site_id, profile_code, overrides FROM site_profile_override`,
    );
    return new Map(rows.map((r) => [`${r.site_id}:${r.profile_code}`, r.overrides]));
  }

  /**
   * Per unit: the documented temporary overrides in force now, oldest first (the newest wins), and when
   * its limits last changed: the latest start of one in force or end of one that ended within a week
   * (longer ago than any rule's window).
   */
  private async temporaryOverrides(
    now: Date,
  ): Promise<Map<string, { overrides: ProfileOverride[]; since: number }>> {
    const rows: { unit_id: string; overrides: ProfileOverride; starts_at: Date; ends_at: Date }[] =
      await this.db.query(
        `SELECT unit_id, overrides, starts_at, ends_at FROM temporary_override
         WHERE starts_at <= $1 AND ends_at > $1 - interval '7 days' ORDER BY starts_at`,
        [now],
      );
    const byUnit = new Map<string, { overrides: ProfileOverride[]; since: number }>();
    for (const r of rows) {
      const inForce = r.ends_at.getTime() > now.getTime();
      const changedAt = inForce ? r.starts_at.getTime() : r.ends_at.getTime();
      const current = byUnit.get(r.unit_id) ?? { overrides: [], since: changedAt };
      if (inForce) {
        current.overrides.push(r.overrides);
      }
      current.since = Math.max(current.since, changedAt);
      byUnit.set(r.unit_id, current);
    }
    return byUnit;
  }
}
