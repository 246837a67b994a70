import { MigrationInterface, QueryRunner } from 'typeorm';

export class FoundationSchema1795230539062 implements MigrationInterface {
  name = 'FoundationSchema1795230539062';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "asset_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_34bcae130ac8ab9cb8f738a40f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5d506d62eba0d044843a519669" ON "asset_category"  ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "site" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "timezone" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_635c0eeabda8862d5b0237b42b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "building" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "site_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_bbfaf6c11f141a22d2ab105ee5f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e75918d4183314b3e87dbbe9ec" ON "building"  ("site_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "floor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "building_id" uuid NOT NULL, "name" text NOT NULL, "level" integer NOT NULL, "outline" jsonb NOT NULL, "width_m" double precision NOT NULL, "height_m" double precision NOT NULL, CONSTRAINT "PK_16a0823530c5b0dd226b8a96ee1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d1a51dd8abac089e9e414abdcf" ON "floor"  ("building_id", "level") `,
    );
    await queryRunner.query(
      `CREATE TABLE "room" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "floor_id" uuid NOT NULL, "number" text NOT NULL, "name" text NOT NULL, "space_class" text NOT NULL, "department" text NOT NULL, "polygon" jsonb NOT NULL, "centroid_x" double precision NOT NULL, "centroid_y" double precision NOT NULL, CONSTRAINT "room_space_class_check" CHECK (space_class IN ('patient-room', 'icu-room', 'operating-room', 'ed-bay', 'nurse-station', 'clean-utility', 'soiled-utility', 'supply-room', 'medication-room', 'sterile-storage', 'pharmacy', 'blood-bank', 'biomed-shop', 'imaging', 'recovery', 'office', 'staff-room', 'waiting', 'corridor', 'stair', 'elevator', 'exit')), CONSTRAINT "PK_c6d46db005d623e691b2fbcba23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_520213acdfc10558f78842c3ec" ON "room"  ("floor_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mac" text NOT NULL, "kind" text NOT NULL, "installed_room_id" uuid, "last_heard_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tag_kind_check" CHECK (kind IN ('asset-tag', 'environment-sensor', 'staff-badge')), CONSTRAINT "PK_8e4052373c579afc1471f526760" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f89db90239001703d15f3b1962" ON "tag"  ("mac") `);
    await queryRunner.query(
      `CREATE TABLE "asset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_tag" text NOT NULL, "category_id" uuid NOT NULL, "manufacturer" text NOT NULL, "model" text NOT NULL, "serial_number" text NOT NULL, "udi" text, "home_department" text NOT NULL, "home_room_id" uuid, "status" text NOT NULL DEFAULT 'available', "tag_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_bc1024247786d70ae36c809e1f" UNIQUE ("tag_id"), CONSTRAINT "asset_status_check" CHECK (status IN ('available', 'in-use', 'needs-cleaning', 'in-maintenance', 'out-of-service', 'missing')), CONSTRAINT "PK_1209d107fe21482beaea51b745e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e2845451aeb8c99ec01eb96f15" ON "asset"  ("asset_tag") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_34bcae130ac8ab9cb8f738a40f" ON "asset"  ("category_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8ceaadaf48b674721ea2972974" ON "asset"  ("serial_number") `);
    await queryRunner.query(`CREATE INDEX "IDX_071a289a27535c277455708a56" ON "asset"  ("home_department") `);
    await queryRunner.query(`CREATE INDEX "IDX_9822ea5944bcde3771ebe16d86" ON "asset"  ("status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7805d1a9c54953d70be605b9dc" ON "asset"  ("manufacturer", "serial_number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "gateway" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mac" text NOT NULL, "name" text NOT NULL, "floor_id" uuid NOT NULL, "room_id" uuid, "x" double precision NOT NULL, "y" double precision NOT NULL, "key_hash" text NOT NULL, "last_heard_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22c5b7ecdd6313de143815f9991" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ca2d301cfaaff0609a69f0f381" ON "gateway"  ("mac") `);
    await queryRunner.query(`CREATE INDEX "IDX_1b57b08fd163eec79040d31c37" ON "gateway"  ("floor_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5838e52dbf485e336de51b9c8d" ON "gateway"  ("key_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_role_check" CHECK (role IN ('admin', 'biomed', 'facilities', 'supply')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(
      `ALTER TABLE "building" ADD CONSTRAINT "FK_f912f7e8b57b7999e8d4ae0588f" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "floor" ADD CONSTRAINT "FK_1565850c51d1cc30e896101fa77" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room" ADD CONSTRAINT "FK_ec6d3c6699ef6067c96e47d9de7" FOREIGN KEY ("floor_id") REFERENCES "floor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tag" ADD CONSTRAINT "FK_36ea4d406737da79e73c372eda6" FOREIGN KEY ("installed_room_id") REFERENCES "room"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset" ADD CONSTRAINT "FK_34bcae130ac8ab9cb8f738a40f1" FOREIGN KEY ("category_id") REFERENCES "asset_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset" ADD CONSTRAINT "FK_9aac35ef053db5b27ba2585eb54" FOREIGN KEY ("home_room_id") REFERENCES "room"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset" ADD CONSTRAINT "FK_bc1024247786d70ae36c809e1ff" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gateway" ADD CONSTRAINT "FK_1b57b08fd163eec79040d31c374" FOREIGN KEY ("floor_id") REFERENCES "floor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gateway" ADD CONSTRAINT "FK_e4f77d0a8561e81e5ea47561012" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gateway" DROP CONSTRAINT "FK_e4f77d0a8561e81e5ea47561012"`);
    await queryRunner.query(`ALTER TABLE "gateway" DROP CONSTRAINT "FK_1b57b08fd163eec79040d31c374"`);
    await queryRunner.query(`ALTER TABLE "asset" DROP CONSTRAINT "FK_bc1024247786d70ae36c809e1ff"`);
    await queryRunner.query(`ALTER TABLE "asset" DROP CONSTRAINT "FK_9aac35ef053db5b27ba2585eb54"`);
    await queryRunner.query(`ALTER TABLE "asset" DROP CONSTRAINT "FK_34bcae130ac8ab9cb8f738a40f1"`);
    await queryRunner.query(`ALTER TABLE "tag" DROP CONSTRAINT "FK_36ea4d406737da79e73c372eda6"`);
    await queryRunner.query(`ALTER TABLE "room" DROP CONSTRAINT "FK_ec6d3c6699ef6067c96e47d9de7"`);
    await queryRunner.query(`ALTER TABLE "floor" DROP CONSTRAINT "FK_1565850c51d1cc30e896101fa77"`);
    await queryRunner.query(`ALTER TABLE "building" DROP CONSTRAINT "FK_f912f7e8b57b7999e8d4ae0588f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5838e52dbf485e336de51b9c8d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b57b08fd163eec79040d31c37"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca2d301cfaaff0609a69f0f381"`);
    await queryRunner.query(`DROP TABLE "gateway"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7805d1a9c54953d70be605b9dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9822ea5944bcde3771ebe16d86"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_071a289a27535c277455708a56"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ceaadaf48b674721ea2972974"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_34bcae130ac8ab9cb8f738a40f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e2845451aeb8c99ec01eb96f15"`);
    await queryRunner.query(`DROP TABLE "asset"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f89db90239001703d15f3b1962"`);
    await queryRunner.query(`DROP TABLE "tag"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_520213acdfc10558f78842c3ec"`);
    await queryRunner.query(`DROP TABLE "room"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d1a51dd8abac089e9e414abdcf"`);
    await queryRunner.query(`DROP TABLE "floor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e75918d4183314b3e87dbbe9ec"`);
    await queryRunner.query(`DROP TABLE "building"`);
    await queryRunner.query(`DROP TABLE "site"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d506d62eba0d044843a519669"`);
    await queryRunner.query(`DROP TABLE "asset_category"`);
  }
}
