import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Telemetry batches are now stored by the API itself, in one transaction with their readings, so a
 * batch's identity (source, sentAt, sequence) is kept in PostgreSQL: a resent batch is recognised there
 * for as long as INGEST_DEDUP_TTL_S. Also drops `telemetry_tag_time_idx` (tag_id, recorded_at DESC):
 * the unique index on (tag_id, recorded_at, format) serves the same lookups (scanned backwards), and each
 * index is written once per reading. Hand-written: neither table is managed by TypeORM.
 */
export class TelemetryBatches1795249963689 implements MigrationInterface {
  name = 'TelemetryBatches1795249963689';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "telemetry_batch" (
        "source_mac" text NOT NULL,
        "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "sequence" bigint NOT NULL,
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "readings" integer NOT NULL,
        PRIMARY KEY ("source_mac", "sequence", "sent_at")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "telemetry_batch_received_idx" ON "telemetry_batch" ("received_at")`,
    );
    await queryRunner.query(`DROP INDEX "public"."telemetry_tag_time_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "telemetry_tag_time_idx" ON "telemetry" ("tag_id", "recorded_at" DESC)`,
    );
    await queryRunner.query(`DROP TABLE "telemetry_batch"`);
  }
}
