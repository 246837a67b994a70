import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnvironmentMonitoring1795243040154 implements MigrationInterface {
  name = 'EnvironmentMonitoring1795243040154';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "monitored_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "profile_code" text NOT NULL, "room_id" uuid NOT NULL, "asset_id" uuid, "overrides" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "monitored_unit_profile_check" CHECK (profile_code IN ('operating-room', 'sterile-storage', 'vaccine-fridge', 'vaccine-freezer', 'blood-bank-fridge', 'platelet-incubator', 'plasma-freezer', 'controlled-room-temperature')), CONSTRAINT "monitored_unit_kind_check" CHECK (kind IN ('room', 'fridge', 'freezer', 'incubator', 'warmer')), CONSTRAINT "PK_2669fed95ae7102a2a6cd91e435" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4564da206cf1422b57285609b3" ON "monitored_unit"  ("room_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a72c7d9ff449e04ef65a4eb99c" ON "monitored_unit"  ("asset_id") WHERE asset_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "site_profile_override" ("site_id" uuid NOT NULL, "profile_code" text NOT NULL, "overrides" jsonb NOT NULL, CONSTRAINT "site_profile_override_profile_check" CHECK (profile_code IN ('operating-room', 'sterile-storage', 'vaccine-fridge', 'vaccine-freezer', 'blood-bank-fridge', 'platelet-incubator', 'plasma-freezer', 'controlled-room-temperature')), CONSTRAINT "PK_b613c126ced7198695bd3655a12" PRIMARY KEY ("site_id", "profile_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "overrides" jsonb NOT NULL, "requested_by" text NOT NULL, "reason" text NOT NULL, "entered_by" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "temporary_override_reason_check" CHECK (length(btrim(reason)) > 0 AND length(btrim(requested_by)) > 0), CONSTRAINT "temporary_override_period_check" CHECK (ends_at > starts_at), CONSTRAINT "PK_16938b175a2c24a63d5e78a4bc5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2e7353320ca10685c40527d373" ON "temporary_override"  ("unit_id", "ends_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_sensor" ("unit_id" uuid NOT NULL, "tag_id" uuid NOT NULL, CONSTRAINT "PK_6b6fdd20f07b2204584a0c2fca9" PRIMARY KEY ("unit_id", "tag_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8edbca24d600ab96560dd83ca9" ON "unit_sensor"  ("tag_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "monitored_unit" ADD CONSTRAINT "FK_4564da206cf1422b57285609b34" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitored_unit" ADD CONSTRAINT "FK_e9377cba005263998a06f7dade2" FOREIGN KEY ("asset_id") REFERENCES "asset"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "site_profile_override" ADD CONSTRAINT "FK_16f6c1f27e24bc85a446e2a9309" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "temporary_override" ADD CONSTRAINT "FK_8c49aaf1ff4bf3302dd2f27d946" FOREIGN KEY ("unit_id") REFERENCES "monitored_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "temporary_override" ADD CONSTRAINT "FK_378cdbb9a17c707168f83339a52" FOREIGN KEY ("entered_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_sensor" ADD CONSTRAINT "FK_ed448ba1ed809c1c2f71a310dc4" FOREIGN KEY ("unit_id") REFERENCES "monitored_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_sensor" ADD CONSTRAINT "FK_8edbca24d600ab96560dd83ca9e" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit_sensor" DROP CONSTRAINT "FK_8edbca24d600ab96560dd83ca9e"`);
    await queryRunner.query(`ALTER TABLE "unit_sensor" DROP CONSTRAINT "FK_ed448ba1ed809c1c2f71a310dc4"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_override" DROP CONSTRAINT "FK_378cdbb9a17c707168f83339a52"`,
    );
    await queryRunner.query(
      `ALTER TABLE "temporary_override" DROP CONSTRAINT "FK_8c49aaf1ff4bf3302dd2f27d946"`,
    );
    await queryRunner.query(
      `ALTER TABLE "site_profile_override" DROP CONSTRAINT "FK_16f6c1f27e24bc85a446e2a9309"`,
    );
    await queryRunner.query(`ALTER TABLE "monitored_unit" DROP CONSTRAINT "FK_e9377cba005263998a06f7dade2"`);
    await queryRunner.query(`ALTER TABLE "monitored_unit" DROP CONSTRAINT "FK_4564da206cf1422b57285609b34"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8edbca24d600ab96560dd83ca9"`);
    await queryRunner.query(`DROP TABLE "unit_sensor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2e7353320ca10685c40527d373"`);
    await queryRunner.query(`DROP TABLE "temporary_override"`);
    await queryRunner.query(`DROP TABLE "site_profile_override"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a72c7d9ff449e04ef65a4eb99c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4564da206cf1422b57285609b3"`);
    await queryRunner.query(`DROP TABLE "monitored_unit"`);
  }
}
