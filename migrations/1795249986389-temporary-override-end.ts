import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A temporary override can be ended before its planned end: `ends_at` becomes the moment it was ended
 * (so whatever selects overrides in force stops using it), and who ended it, why and the planned end are
 * kept. Down drops those columns; an override ended early keeps its shortened `ends_at`.
 */
export class TemporaryOverrideEnd1795249986389 implements MigrationInterface {
  name = 'TemporaryOverrideEnd1795249986389';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "temporary_override" ADD "ended_by" uuid`);
    await queryRunner.query(`ALTER TABLE "temporary_override" ADD "end_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "temporary_override" ADD "planned_ends_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "temporary_override" ADD CONSTRAINT "temporary_override_end_check" CHECK ((end_reason IS NULL) = (planned_ends_at IS NULL) AND (end_reason IS NULL OR (length(btrim(end_reason)) > 0 AND planned_ends_at >= ends_at)))`,
    );
    await queryRunner.query(
      `ALTER TABLE "temporary_override" ADD CONSTRAINT "FK_2a59c8dcfa845ad62425b2c5398" FOREIGN KEY ("ended_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "temporary_override" DROP CONSTRAINT "FK_2a59c8dcfa845ad62425b2c5398"`,
    );
    await queryRunner.query(
      `ALTER TABLE "temporary_override" DROP CONSTRAINT "temporary_override_end_check"`,
    );
    await queryRunner.query(`ALTER TABLE "temporary_override" DROP COLUMN "planned_ends_at"`);
    await queryRunner.query(`ALTER TABLE "temporary_override" DROP COLUMN "end_reason"`);
    await queryRunner.query(`ALTER TABLE "temporary_override" DROP COLUMN "ended_by"`);
  }
}
