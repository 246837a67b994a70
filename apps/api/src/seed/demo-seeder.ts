import { generateDemoHospital } from '@wardwatch/demo-hospital';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

import { hashPassword } from '../infra/auth/password-hasher';
import { AssetCategoryEntity } from '../modules/assets/entities/asset-category.entity';
import { AssetEntity } from '../modules/assets/entities/asset.entity';
import { GatewayEntity } from '../modules/gateways/entities/gateway.entity';
import { BuildingEntity } from '../modules/hospital/entities/building.entity';
import { FloorEntity } from '../modules/hospital/entities/floor.entity';
import { RoomEntity } from '../modules/hospital/entities/room.entity';
import { SiteEntity } from '../modules/hospital/entities/site.entity';
import { TagEntity } from '../modules/tags/entities/tag.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { MonitoredUnitEntity } from '../modules/environment/entities/monitored-unit.entity';
import { UnitSensorEntity } from '../modules/environment/entities/unit-sensor.entity';
import { demoMonitoredUnits } from './demo-monitored-units';
import { demoRows } from './demo-rows';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { stableId } from './stable-id';

const CHUNK = 500;

export interface SeedResult {
  seeded: boolean;
  counts: Record<string, number>;
}

/**
 * Seeds "Wardwatch General" when the database has no site yet; otherwise changes nothing.
 * One transaction: a failed seed leaves an empty database, never half a hospital.
 */
export async function seedDemoHospital(db: DataSource, gatewayKeySecret: string): Promise<SeedResult> {
  if ((await db.getRepository(SiteEntity).count()) > 0) {
    return { seeded: false, counts: {} };
  }
  const hospital = generateDemoHospital();
  const rows = demoRows(hospital, gatewayKeySecret);
  const monitoring = demoMonitoredUnits(hospital);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = DEMO_USERS.map((u) => ({ id: stableId('user', u.email), ...u, passwordHash }));
  await db.transaction(async (tx) => {
    // Serialise concurrent seeders (two `npm start`s at once): the second sees the site and stops.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['wardwatch-demo-seed']);
    if ((await tx.getRepository(SiteEntity).count()) > 0) {
      return;
    }
    const insert = async <T extends ObjectLiteral>(
      target: EntityTarget<T>,
      values: object[],
    ): Promise<void> => {
      for (let i = 0; i < values.length; i += CHUNK) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(target)
          .values(values.slice(i, i + CHUNK))
          .orIgnore()
          .execute();
      }
    };
    await insert(SiteEntity, [rows.site]);
    await insert(BuildingEntity, rows.buildings);
    await insert(FloorEntity, rows.floors);
    await insert(RoomEntity, rows.rooms);
    await insert(GatewayEntity, rows.gateways);
    await insert(TagEntity, rows.tags);
    await insert(AssetCategoryEntity, rows.categories);
    await insert(AssetEntity, rows.assets);
    await insert(UserEntity, users);
    await insert(MonitoredUnitEntity, monitoring.units);
    await insert(UnitSensorEntity, monitoring.sensors);
  });
  return {
    seeded: true,
    counts: {
      buildings: rows.buildings.length,
      floors: rows.floors.length,
      rooms: rows.rooms.length,
      gateways: rows.gateways.length,
      tags: rows.tags.length,
      categories: rows.categories.length,
      assets: rows.assets.length,
      users: users.length,
      monitoredUnits: monitoring.units.length,
    },
  };
}
