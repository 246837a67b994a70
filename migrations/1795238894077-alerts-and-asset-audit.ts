import { MigrationInterface, QueryRunner } from 'typeorm';

export class AlertsAndAssetAudit1795238894077 implements MigrationInterface {
  name = 'AlertsAndAssetAudit1795238894077';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "severity" text NOT NULL, "state" text NOT NULL DEFAULT 'open', "condition_key" text NOT NULL, "title" text NOT NULL, "detail" text NOT NULL, "floor_id" uuid, "room_id" uuid, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_triggered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolution_note" text, CONSTRAINT "alert_resolution_note_check" CHECK (state <> 'resolved' OR length(btrim(resolution_note)) > 0), CONSTRAINT "alert_state_check" CHECK (state IN ('open', 'acknowledged', 'resolved')), CONSTRAINT "alert_severity_check" CHECK (severity IN ('critical', 'warning', 'info')), CONSTRAINT "PK_ad91cad659a3536465d564a4b2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b953c6764d75a7c5da527945c6" ON "alert"  ("state", "opened_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "alert_one_unresolved_per_condition" ON "alert"  ("condition_key") WHERE state <> 'resolved'`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "alert_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" text NOT NULL, "user_id" uuid, "note" text, CONSTRAINT "PK_1c7366edb86d2fff4713e74c6eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ac16600672f11d2781cee6f803" ON "alert_event"  ("alert_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "asset_audit" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "asset_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" text NOT NULL, "user_id" uuid, "from_value" text, "to_value" text, "note" text, CONSTRAINT "asset_audit_action_check" CHECK (action IN ('created', 'status-changed', 'tag-bound', 'tag-unbound')), CONSTRAINT "PK_86faf982c523fb3ce6d5554a4d7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a4db24ba9611202e88336db25f" ON "asset_audit"  ("asset_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "alert" ADD CONSTRAINT "FK_8bf9ceb83c88c6ab7d92125a54a" FOREIGN KEY ("acknowledged_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert" ADD CONSTRAINT "FK_e70055d06a724a029a42a49d1de" FOREIGN KEY ("resolved_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_event" ADD CONSTRAINT "FK_2c1b3b3a900e3d45d5b9994ee51" FOREIGN KEY ("alert_id") REFERENCES "alert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_event" ADD CONSTRAINT "FK_f0df4a8d862d49bdd7b9b82fd77" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_audit" ADD CONSTRAINT "FK_c8feed4c5ebb66d4d2f2cf0e10d" FOREIGN KEY ("asset_id") REFERENCES "asset"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_audit" ADD CONSTRAINT "FK_593d824fcb17252e0c51dd8710f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "asset_audit" DROP CONSTRAINT "FK_593d824fcb17252e0c51dd8710f"`);
    await queryRunner.query(`ALTER TABLE "asset_audit" DROP CONSTRAINT "FK_c8feed4c5ebb66d4d2f2cf0e10d"`);
    await queryRunner.query(`ALTER TABLE "alert_event" DROP CONSTRAINT "FK_f0df4a8d862d49bdd7b9b82fd77"`);
    await queryRunner.query(`ALTER TABLE "alert_event" DROP CONSTRAINT "FK_2c1b3b3a900e3d45d5b9994ee51"`);
    await queryRunner.query(`ALTER TABLE "alert" DROP CONSTRAINT "FK_e70055d06a724a029a42a49d1de"`);
    await queryRunner.query(`ALTER TABLE "alert" DROP CONSTRAINT "FK_8bf9ceb83c88c6ab7d92125a54a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a4db24ba9611202e88336db25f"`);
    await queryRunner.query(`DROP TABLE "asset_audit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ac16600672f11d2781cee6f803"`);
    await queryRunner.query(`DROP TABLE "alert_event"`);
    await queryRunner.query(`DROP INDEX "public"."alert_one_unresolved_per_condition"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b953c6764d75a7c5da527945c6"`);
    await queryRunner.query(`DROP TABLE "alert"`);
  }
}
