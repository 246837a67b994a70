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

  it('carry what was left to roll up across the move from marks to deltas, both ways', async () => {
    const lastRun = async (): Promise<string> => {
      const [row]: { name: string }[] = await db.query(
        'SELECT name FROM typeorm_migration ORDER BY id DESC LIMIT 1',
      );
      return row.name;
    };
    while ((await lastRun()) !== 'TelemetryRollupDeltas1795257600000') {
      await db.undoLastMigration({ transaction: 'each' });
    }
    await db.undoLastMigration({ transaction: 'each' });
    const tag = '6f1c1d64-0000-4000-8000-00000000a001';
    const minute = '2026-10-01T08:59:00Z';
    await db.query(
      `INSERT INTO telemetry (tag_id, recorded_at, format, temperature_c, humidity_pct)
       VALUES ($1, $2::timestamptz + interval '5 s', 't', 4.5, 40), ($1, $2::timestamptz + interval '35 s', 't', 6, NULL),
              ($1, $2::timestamptz + interval '65 s', 't', 3, 50)`,
      [tag, minute],
    );
    // A stale rollup of that minute, and a mark left by the old writers for all three readings.
    await db.query(
      `INSERT INTO telemetry_minute (tag_id, bucket, temp_n, temp_min, temp_max, temp_sum, hum_n, power_n, on_n)
       VALUES ($1, $2, 1, 4.5, 4.5, 4.5, 0, 0, 0)`,
      [tag, minute],
    );
    await db.query(
      `INSERT INTO telemetry_rollup_pending (tag_ids, first_at, last_at)
       VALUES (ARRAY[$1::uuid], ARRAY[$2::timestamptz + interval '5 s'], ARRAY[$2::timestamptz + interval '65 s'])`,
      [tag, minute],
    );
    await db.runMigrations({ transaction: 'each' });
    const rollups = (table: string) =>
      db.query(
        `SELECT bucket, temp_n, temp_min, temp_max, temp_sum, hum_n, hum_sum FROM ${table}
         WHERE tag_id = $1 ORDER BY bucket`,
        [tag],
      );
    expect(await rollups('telemetry_minute')).toEqual([
      {
        bucket: new Date(minute),
        temp_n: 2,
        temp_min: 4.5,
        temp_max: 6,
        temp_sum: 10.5,
        hum_n: 1,
        hum_sum: 40,
      },
      {
        bucket: new Date('2026-10-01T09:00:00Z'),
        ...{ temp_n: 1, temp_min: 3, temp_max: 3, temp_sum: 3, hum_n: 1, hum_sum: 50 },
      },
    ]);
    expect((await rollups('telemetry_hour')).map((h: { temp_n: number }) => h.temp_n)).toEqual([2, 1]);

    // Down again with a delta not folded yet: it becomes a mark of its minute.
    await db.query(
      `INSERT INTO telemetry_rollup_delta (tag_ids, buckets, temp_n, temp_min, temp_max, temp_sum, hum_n, hum_min,
         hum_max, hum_sum, power_n, power_sum, power_max, on_n)
       VALUES (ARRAY[$1::uuid], ARRAY[$2::timestamptz], '{1}', '{3}', '{3}', '{3}', '{1}', '{50}', '{50}', '{50}',
         '{0}', '{NULL}', '{NULL}', '{0}')`,
      [tag, '2026-10-01T09:00:00Z'],
    );
    await db.undoLastMigration({ transaction: 'each' });
    expect(await db.query('SELECT tag_ids, first_at, last_at FROM telemetry_rollup_pending')).toEqual([
      {
        tag_ids: [tag],
        first_at: [new Date('2026-10-01T09:00:00Z')],
        last_at: [new Date('2026-10-01T09:00:59.999Z')],
      },
    ]);
    await db.runMigrations({ transaction: 'each' });
    await db.query('DELETE FROM telemetry WHERE tag_id = $1', [tag]);
    await db.query('DELETE FROM telemetry_minute WHERE tag_id = $1', [tag]);
    await db.query('DELETE FROM telemetry_hour WHERE tag_id = $1', [tag]);
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
