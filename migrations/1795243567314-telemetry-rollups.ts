import { MigrationInterface, QueryRunner } from 'typeorm';

export class TelemetryRollups1795243567314 implements MigrationInterface {
  name = 'TelemetryRollups1795243567314';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "telemetry_minute" ("tag_id" uuid NOT NULL, "bucket" TIMESTAMP WITH TIME ZONE NOT NULL, "temp_n" integer NOT NULL, "temp_min" real, "temp_max" real, "temp_sum" double precision, "hum_n" integer NOT NULL, "hum_min" real, "hum_max" real, "hum_sum" double precision, "power_n" integer NOT NULL, "power_sum" double precision, "power_max" real, "on_n" integer NOT NULL, CONSTRAINT "PK_b37979dd9f66d35a6508ef5dbed" PRIMARY KEY ("tag_id", "bucket"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "telemetry_hour" ("tag_id" uuid NOT NULL, "bucket" TIMESTAMP WITH TIME ZONE NOT NULL, "temp_n" integer NOT NULL, "temp_min" real, "temp_max" real, "temp_sum" double precision, "hum_n" integer NOT NULL, "hum_min" real, "hum_max" real, "hum_sum" double precision, "power_n" integer NOT NULL, "power_sum" double precision, "power_max" real, "on_n" integer NOT NULL, CONSTRAINT "PK_918b6b1e9de2dba57ae85357c90" PRIMARY KEY ("tag_id", "bucket"))`,
    );
    // Retention: monthly telemetry partitions wholly older than keep_months are dropped (by the hourly job).
    await queryRunner.query(
      `CREATE FUNCTION ww_drop_telemetry_partitions(keep_months integer) RETURNS integer
       LANGUAGE plpgsql AS $$
       DECLARE
         part record;
         dropped integer := 0;
         cutoff date := date_trunc('month', now()) - make_interval(months => keep_months);
       BEGIN
         FOR part IN
           SELECT c.relname FROM pg_inherits i
           JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
           WHERE p.relname = 'telemetry' AND c.relname ~ '^telemetry_y[0-9]{4}m[0-9]{2}$'
         LOOP
           IF make_date(substr(part.relname, 12, 4)::int, substr(part.relname, 17, 2)::int, 1) + interval '1 month' <= cutoff THEN
             EXECUTE format('DROP TABLE %I', part.relname);
             dropped := dropped + 1;
           END IF;
         END LOOP;
         RETURN dropped;
       END $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ww_drop_telemetry_partitions(integer)`);
    await queryRunner.query(`DROP TABLE "telemetry_hour"`);
    await queryRunner.query(`DROP TABLE "telemetry_minute"`);
  }
}
