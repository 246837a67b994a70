import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssetPlugs1795244060286 implements MigrationInterface {
  name = 'AssetPlugs1795244060286';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "asset_plug" ("asset_id" uuid NOT NULL, "tag_id" uuid NOT NULL, "in_use_above_w" real NOT NULL, CONSTRAINT "PK_3ce50157948771df04d7d57fabf" PRIMARY KEY ("asset_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f74c2c51af1157347079443942" ON "asset_plug"  ("tag_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_plug" ADD CONSTRAINT "FK_3ce50157948771df04d7d57fabf" FOREIGN KEY ("asset_id") REFERENCES "asset"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_plug" ADD CONSTRAINT "FK_f74c2c51af11573470794439429" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "asset_plug" DROP CONSTRAINT "FK_f74c2c51af11573470794439429"`);
    await queryRunner.query(`ALTER TABLE "asset_plug" DROP CONSTRAINT "FK_3ce50157948771df04d7d57fabf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f74c2c51af1157347079443942"`);
    await queryRunner.query(`DROP TABLE "asset_plug"`);
  }
}
