import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What is left to roll up: each transaction that stores telemetry adds one row (per tag, the first and last
 * instant it stored), and the roll-up job recomputes those minutes and hours from the raw readings and
 * deletes the rows it folded, in one transaction. Marks are written with the readings, so none is lost;
 * a recomputation is idempotent, so a mark seen twice does no harm. Replaces the per-transaction rollup
 * upserts, which cost PostgreSQL as much as storing the readings. Hand-written: not a TypeORM entity.
 */
export class TelemetryRollupPending1795252064000 implements MigrationInterface {
  name = 'TelemetryRollupPending1795252064000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "telemetry_rollup_pending" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "tag_ids" uuid[] NOT NULL,
        "first_at" TIMESTAMP WITH TIME ZONE[] NOT NULL,
        "last_at" TIMESTAMP WITH TIME ZONE[] NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "telemetry_rollup_pending_same_length" CHECK (
          cardinality("tag_ids") = cardinality("first_at") AND cardinality("tag_ids") = cardinality("last_at"))
      )`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "telemetry_rollup_pending"`);
  }
}
