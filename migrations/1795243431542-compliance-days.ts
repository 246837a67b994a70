import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceDays1795243431542 implements MigrationInterface {
  name = 'ComplianceDays1795243431542';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "compliance_day" ("unit_id" uuid NOT NULL, "day" date NOT NULL, "readings" integer NOT NULL, "min_c" double precision, "max_c" double precision, "mean_c" double precision, "arrhenius_sum" double precision NOT NULL, "mkt_c" double precision, "minutes_out_of_range" integer NOT NULL, "gap_minutes" double precision NOT NULL, "gaps" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5ddaf987ffbc67b479da203750f" PRIMARY KEY ("unit_id", "day"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_90eff8407dbdfc6401558519f4" ON "compliance_day"  ("day") `);
    await queryRunner.query(
      `ALTER TABLE "compliance_day" ADD CONSTRAINT "FK_72389264e3ce61be1fc53e2abfc" FOREIGN KEY ("unit_id") REFERENCES "monitored_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "compliance_day" DROP CONSTRAINT "FK_72389264e3ce61be1fc53e2abfc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_90eff8407dbdfc6401558519f4"`);
    await queryRunner.query(`DROP TABLE "compliance_day"`);
  }
}
