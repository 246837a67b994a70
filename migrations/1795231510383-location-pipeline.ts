import { MigrationInterface, QueryRunner } from 'typeorm';

export class LocationPipeline1795231510383 implements MigrationInterface {
  name = 'LocationPipeline1795231510383';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tag_movement" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "tag_id" uuid NOT NULL, "from_room_id" uuid, "to_room_id" uuid NOT NULL, "floor_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "confidence" real NOT NULL, "reason" jsonb NOT NULL, CONSTRAINT "PK_93132397411bdf3cb789918355f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d857ccbfbff02cb78ab3bc52e5" ON "tag_movement"  ("tag_id", "at", "to_room_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tag_position" ("tag_id" uuid NOT NULL, "room_id" uuid NOT NULL, "floor_id" uuid NOT NULL, "confidence" real NOT NULL, "since" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_80f2a22a188dd850933df31a5bc" PRIMARY KEY ("tag_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_77e4db2ef70721a5bd1b12fed8" ON "tag_position"  ("room_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_60645ab0b050a167c871e05edc" ON "tag_position"  ("floor_id") `);
    await queryRunner.query(
      `ALTER TABLE "tag_movement" ADD CONSTRAINT "FK_137b96b099bd6870848b70507f9" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tag_movement" ADD CONSTRAINT "FK_da7205543f7d2f8a00d1b93e1c1" FOREIGN KEY ("from_room_id") REFERENCES "room"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tag_movement" ADD CONSTRAINT "FK_f92e89afaf87321ec1b2eaa3ae2" FOREIGN KEY ("to_room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tag_position" ADD CONSTRAINT "FK_80f2a22a188dd850933df31a5bc" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tag_position" ADD CONSTRAINT "FK_77e4db2ef70721a5bd1b12fed88" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tag_position" ADD CONSTRAINT "FK_60645ab0b050a167c871e05edca" FOREIGN KEY ("floor_id") REFERENCES "floor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Hand-written: decoded beacon readings, partitioned by month (shared with environment monitoring).
    // Not mapped as an entity: written in bulk and read by SQL. A default partition catches anything
    // outside the made-ahead months, so an insert never fails for want of a partition.
    await queryRunner.query(
      `CREATE TABLE "telemetry" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "tag_id" uuid NOT NULL,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "format" text NOT NULL,
        "temperature_c" real,
        "humidity_pct" real,
        "pressure_pa" real,
        "battery_mv" integer,
        "tx_power_dbm" smallint,
        "measurement_sequence" integer,
        PRIMARY KEY ("id", "recorded_at")
      ) PARTITION BY RANGE ("recorded_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "telemetry_tag_time_idx" ON "telemetry" ("tag_id", "recorded_at" DESC)`,
    );
    await queryRunner.query(`CREATE TABLE "telemetry_default" PARTITION OF "telemetry" DEFAULT`);
    await queryRunner.query(
      `CREATE FUNCTION ww_ensure_telemetry_partitions(months_ahead integer) RETURNS integer
       LANGUAGE plpgsql AS $$
       DECLARE
         first date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
         made integer := 0;
         m date;
         name text;
       BEGIN
         FOR i IN 0..months_ahead LOOP
           m := (first + make_interval(months => i))::date;
           name := format('telemetry_y%sm%s', to_char(m, 'YYYY'), to_char(m, 'MM'));
           IF to_regclass(name) IS NULL THEN
             EXECUTE format('CREATE TABLE %I PARTITION OF telemetry FOR VALUES FROM (%L) TO (%L)',
               name, m::timestamptz, (m + interval '1 month')::timestamptz);
             made := made + 1;
           END IF;
         END LOOP;
         RETURN made;
       END $$`,
    );
    await queryRunner.query(`SELECT ww_ensure_telemetry_partitions(2)`);
    // Raw sightings, kept only when INGEST_RAW_RETENTION_H > 0 and purged by a job past it.
    await queryRunner.query(
      `CREATE TABLE "raw_sighting" (
        "gateway_id" uuid NOT NULL,
        "tag_mac" text NOT NULL,
        "rssi" smallint NOT NULL,
        "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "raw" text,
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`,
    );
    await queryRunner.query(`CREATE INDEX "raw_sighting_seen_brin" ON "raw_sighting" USING brin ("seen_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "raw_sighting"`);
    await queryRunner.query(`DROP TABLE "telemetry"`);
    await queryRunner.query(`DROP FUNCTION ww_ensure_telemetry_partitions(integer)`);
    await queryRunner.query(`ALTER TABLE "tag_position" DROP CONSTRAINT "FK_60645ab0b050a167c871e05edca"`);
    await queryRunner.query(`ALTER TABLE "tag_position" DROP CONSTRAINT "FK_77e4db2ef70721a5bd1b12fed88"`);
    await queryRunner.query(`ALTER TABLE "tag_position" DROP CONSTRAINT "FK_80f2a22a188dd850933df31a5bc"`);
    await queryRunner.query(`ALTER TABLE "tag_movement" DROP CONSTRAINT "FK_f92e89afaf87321ec1b2eaa3ae2"`);
    await queryRunner.query(`ALTER TABLE "tag_movement" DROP CONSTRAINT "FK_da7205543f7d2f8a00d1b93e1c1"`);
    await queryRunner.query(`ALTER TABLE "tag_movement" DROP CONSTRAINT "FK_137b96b099bd6870848b70507f9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60645ab0b050a167c871e05edc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_77e4db2ef70721a5bd1b12fed8"`);
    await queryRunner.query(`DROP TABLE "tag_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d857ccbfbff02cb78ab3bc52e5"`);
    await queryRunner.query(`DROP TABLE "tag_movement"`);
  }
}
