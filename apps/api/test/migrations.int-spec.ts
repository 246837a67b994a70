import 'reflect-metadata';

import { MIGRATIONS } from '@wardwatch/migrations';
import { DataSource } from 'typeorm';

import { loadAppConfig } from '../src/infra/config/app-config';
import { dataSourceOptions } from '../src/infra/database/data-source-options';

/** Tables in the public schema, besides the migrations bookkeeping table. */
async function appTables(db: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

/** What `migration:generate` would write now: empty when the migrations match the entities. */
async function pendingSchemaChanges(db: DataSource): Promise<string[]> {
  const log = await db.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

describe('migrations', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(loadAppConfig().db)).initialize();
  });

  afterAll(async () => {
    // Leave the schema fully migrated for the other integration tests.
    await db.runMigrations({ transaction: 'each' });
    await db.destroy();
  });

  it('are all applied by the global setup and match the entities (no drift)', async () => {
    expect(await db.showMigrations()).toBe(false);
    expect(await pendingSchemaChanges(db)).toEqual([]);
    expect(await appTables(db)).toEqual(
      expect.arrayContaining([
        'app_user',
        'asset',
        'asset_category',
        'building',
        'floor',
        'gateway',
        'room',
        'site',
        'tag',
      ]),
    );
  });

  it('revert all the way down to an empty schema, then run up again with no drift', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) {
      await db.undoLastMigration({ transaction: 'each' });
    }
    expect(await appTables(db)).toEqual([]);
    const executed: unknown[] = await db.query('SELECT * FROM typeorm_migration');
    expect(executed).toHaveLength(0);

    const ran = await db.runMigrations({ transaction: 'each' });
    expect(ran).toHaveLength(MIGRATIONS.length);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('refuse a room of an unknown space class (CHECK constraint)', async () => {
    await expect(
      db.query(`INSERT INTO site (name, timezone) VALUES ('x', 'UTC'); `).then(() =>
        db.query(
          `INSERT INTO room (floor_id, number, name, space_class, department, polygon, centroid_x, centroid_y)
           VALUES (gen_random_uuid(), '1', 'r', 'ballroom', 'd', '[]', 0, 0)`,
        ),
      ),
    ).rejects.toThrow(/room_space_class_check|violates/);
    await db.query('TRUNCATE site CASCADE');
  });
});
