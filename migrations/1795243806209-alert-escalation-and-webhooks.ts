import { MigrationInterface, QueryRunner } from 'typeorm';

export class AlertEscalationAndWebhooks1795243806209 implements MigrationInterface {
  name = 'AlertEscalationAndWebhooks1795243806209';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "description" text NOT NULL, "secret_ciphertext" text NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "kinds" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "event" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_status_code" integer, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "webhook_delivery_status_check" CHECK (status IN ('pending', 'delivered', 'failed')), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4196d582849edee87b033af099" ON "webhook_delivery"  ("webhook_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "alert" ADD "escalation_level" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "alert" ADD "notified_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d" FOREIGN KEY ("webhook_id") REFERENCES "webhook"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d"`,
    );
    await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "notified_at"`);
    await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "escalation_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4196d582849edee87b033af099"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TABLE "webhook"`);
  }
}
