import { MigrationInterface, QueryRunner } from 'typeorm';

export class AlertConditionCleared1795243165605 implements MigrationInterface {
  name = 'AlertConditionCleared1795243165605';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alert" ADD "condition_cleared_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "condition_cleared_at"`);
  }
}
