import type { PlanPolygon, Role, SpaceClass } from '@wardwatch/contracts';
import { polygonCentroid } from '@wardwatch/domain';
import request from 'supertest';
import type { DataSource } from 'typeorm';

import { hashPassword } from '../src/infra/auth/password-hasher';
import { AssetCategoryEntity } from '../src/modules/assets/entities/asset-category.entity';
import { AssetEntity } from '../src/modules/assets/entities/asset.entity';
import { BuildingEntity } from '../src/modules/hospital/entities/building.entity';
import { FloorEntity } from '../src/modules/hospital/entities/floor.entity';
import { RoomEntity } from '../src/modules/hospital/entities/room.entity';
import { SiteEntity } from '../src/modules/hospital/entities/site.entity';
import { TagEntity } from '../src/modules/tags/entities/tag.entity';
import { UserEntity } from '../src/modules/users/entities/user.entity';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';

export async function makeUser(
  db: DataSource,
  role: Role,
  email = `${role}@test.local`,
): Promise<UserEntity> {
  return db.getRepository(UserEntity).save({
    email,
    displayName: `Test ${role}`,
    role,
    passwordHash: await hashPassword(TEST_PASSWORD),
    lastLoginAt: null,
  });
}

/** Logs in through the real endpoint and returns the bearer token. */
export async function tokenFor(t: TestApp, role: Role): Promise<string> {
  const email = `${role}@test.local`;
  if (!(await t.db.getRepository(UserEntity).existsBy({ email }))) {
    await makeUser(t.db, role, email);
  }
  const res = await request(t.http)
    .post('/api/v1/auth/login')
    .send({ email, password: TEST_PASSWORD })
    .expect(200);
  return (res.body as { accessToken: string }).accessToken;
}

const rect = (x: number, y: number, w: number, h: number): PlanPolygon => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

/** A 40 m x 20 m floor with a corridor along y 8–12 and two rooms on each side. */
export async function makeFloor(db: DataSource) {
  const site = await db.getRepository(SiteEntity).save({ name: 'Test General', timezone: 'Europe/Berlin' });
  const building = await db
    .getRepository(BuildingEntity)
    .save({ siteId: site.id, code: 'T', name: 'Test Tower' });
  const floor = await db.getRepository(FloorEntity).save({
    buildingId: building.id,
    name: 'Level 1',
    level: 1,
    outline: rect(0, 0, 40, 20),
    widthM: 40,
    heightM: 20,
  });
  const specs: [string, string, SpaceClass, PlanPolygon][] = [
    ['101', 'Patient Room 101', 'patient-room', rect(0, 0, 20, 8)],
    ['102', 'Clean Utility 1', 'clean-utility', rect(20, 0, 20, 8)],
    ['C1', 'Corridor 1', 'corridor', rect(0, 8, 40, 4)],
    ['103', 'OR 1', 'operating-room', rect(0, 12, 20, 8)],
    ['104', 'Supply 1', 'supply-room', rect(20, 12, 20, 8)],
  ];
  const rooms = await db.getRepository(RoomEntity).save(
    specs.map(([number, name, spaceClass, polygon]) => {
      const [centroidX, centroidY] = polygonCentroid(polygon);
      return {
        floorId: floor.id,
        number,
        name,
        spaceClass,
        department: 'Test Ward',
        polygon,
        centroidX,
        centroidY,
      };
    }),
  );
  return { site, building, floor, rooms };
}

export async function makeAsset(
  db: DataSource,
  fields: Partial<AssetEntity> & { categoryCode?: string; tagMac?: string } = {},
): Promise<AssetEntity> {
  const code = fields.categoryCode ?? 'infusion-pump';
  const categories = db.getRepository(AssetCategoryEntity);
  const category =
    (await categories.findOneBy({ code })) ??
    (await categories.save({ code, name: code.replace(/-/g, ' ') }));
  const tag = fields.tagMac
    ? await db.getRepository(TagEntity).save({ mac: fields.tagMac, kind: 'asset-tag' as const })
    : null;
  const n = Math.floor(Math.random() * 1e9);
  return db.getRepository(AssetEntity).save({
    assetTag: fields.assetTag ?? `T-${n}`,
    categoryId: category.id,
    manufacturer: fields.manufacturer ?? 'BD',
    model: fields.model ?? 'Alaris 8100',
    serialNumber: fields.serialNumber ?? `SN${n}`,
    udi: fields.udi ?? null,
    homeDepartment: fields.homeDepartment ?? 'ICU',
    homeRoomId: null,
    status: fields.status ?? 'available',
    tagId: tag?.id ?? null,
  });
}
