import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Telemetry from smart plugs (power draw and relay state), and each reading stored once: a unique index
 * on (tag, time, format) lets retried jobs and resent batches insert with ON CONFLICT DO NOTHING.
 * Hand-written: telemetry is a partitioned table that TypeORM does not manage.
 */
export class TelemetryPowerAndIdempotence1795243300000 implements MigrationInterface {
  name = 'TelemetryPowerAndIdempotence1795243300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "telemetry" ADD "power_w" real, ADD "power_on" boolean`);
    // Earlier retries may have stored a reading twice: keep the first copy.
    await queryRunner.query(
      `DELETE FROM "telemetry" a USING "telemetry" b
       WHERE a.tag_id = b.tag_id AND a.recorded_at = b.recorded_at AND a.format = b.format AND a.id > b.id`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "telemetry_reading_once" ON "telemetry" ("tag_id", "recorded_at", "format")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."telemetry_reading_once"`);
    await queryRunner.query(`ALTER TABLE "telemetry" DROP COLUMN "power_on", DROP COLUMN "power_w"`);
  }
}
