import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `tag_id, bucket, temp_n, temp_min, temp_max, temp_sum, hum_n, hum_min, hum_max, hum_sum,
  power_n, power_sum, power_max, on_n`;
const UPDATE = `temp_n = excluded.temp_n, temp_min = excluded.temp_min, temp_max = excluded.temp_max,
  temp_sum = excluded.temp_sum, hum_n = excluded.hum_n, hum_min = excluded.hum_min, hum_max = excluded.hum_max,
  hum_sum = excluded.hum_sum, power_n = excluded.power_n, power_sum = excluded.power_sum,
  power_max = excluded.power_max, on_n = excluded.on_n`;

/**
 * What is left to roll up is now what the readings add, not where they are: each transaction that stores
 * telemetry adds one row holding its readings' per-tag, per-minute counts, extremes and sums, and the
 * roll-up job adds those to the minute rollups (then recomputes the hours) and deletes the rows, in one
 * transaction. The job no longer reads raw readings back, which cost PostgreSQL as much as a third of
 * storing them. The marks left by the previous scheme are folded here, by recomputing the minutes and hours
 * they name from the raw readings; going down, each pending delta becomes a mark of its minute.
 * Hand-written: not a TypeORM entity.
 */
export class TelemetryRollupDeltas1795257600000 implements MigrationInterface {
  name = 'TelemetryRollupDeltas1795257600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "telemetry_rollup_delta" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "tag_ids" uuid[] NOT NULL,
        "buckets" TIMESTAMP WITH TIME ZONE[] NOT NULL,
        "temp_n" integer[] NOT NULL,
        "temp_min" real[] NOT NULL,
        "temp_max" real[] NOT NULL,
        "temp_sum" double precision[] NOT NULL,
        "hum_n" integer[] NOT NULL,
        "hum_min" real[] NOT NULL,
        "hum_max" real[] NOT NULL,
        "hum_sum" double precision[] NOT NULL,
        "power_n" integer[] NOT NULL,
        "power_sum" double precision[] NOT NULL,
        "power_max" real[] NOT NULL,
        "on_n" integer[] NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "telemetry_rollup_delta_same_length" CHECK (
          cardinality("buckets") = cardinality("tag_ids") AND cardinality("temp_n") = cardinality("tag_ids")
          AND cardinality("on_n") = cardinality("tag_ids"))
      )`,
    );
    // The old marks: every minute they name, recomputed from the raw readings, then their hours.
    await queryRunner.query(
      `WITH minutes AS (
         SELECT DISTINCT u.tag_id, b.bucket
         FROM telemetry_rollup_pending p, unnest(p.tag_ids, p.first_at, p.last_at) AS u(tag_id, a, z),
           generate_series(date_trunc('minute', u.a), u.z, interval '1 minute') AS b(bucket))
       INSERT INTO telemetry_minute (${COLUMNS})
       SELECT m.tag_id, m.bucket, count(temperature_c)::int, min(temperature_c), max(temperature_c),
         sum(temperature_c::float8), count(humidity_pct)::int, min(humidity_pct), max(humidity_pct),
         sum(humidity_pct::float8), count(power_w)::int, sum(power_w::float8), max(power_w),
         count(*) FILTER (WHERE power_on)::int
       FROM minutes m JOIN telemetry x
         ON x.tag_id = m.tag_id AND x.recorded_at >= m.bucket AND x.recorded_at < m.bucket + interval '1 minute'
       GROUP BY 1, 2
       ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}`,
    );
    await queryRunner.query(
      `WITH hours AS (
         SELECT DISTINCT u.tag_id, b.bucket
         FROM telemetry_rollup_pending p, unnest(p.tag_ids, p.first_at, p.last_at) AS u(tag_id, a, z),
           generate_series(date_trunc('hour', u.a, 'UTC'), u.z, interval '1 hour') AS b(bucket))
       INSERT INTO telemetry_hour (${COLUMNS})
       SELECT h.tag_id, h.bucket, sum(temp_n)::int, min(temp_min), max(temp_max), sum(temp_sum),
         sum(hum_n)::int, min(hum_min), max(hum_max), sum(hum_sum), sum(power_n)::int, sum(power_sum),
         max(power_max), sum(on_n)::int
       FROM hours h JOIN telemetry_minute m
         ON m.tag_id = h.tag_id AND m.bucket >= h.bucket AND m.bucket < h.bucket + interval '1 hour'
       GROUP BY 1, 2
       ON CONFLICT (tag_id, bucket) DO UPDATE SET ${UPDATE}`,
    );
    await queryRunner.query(`DROP TABLE "telemetry_rollup_pending"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query(
      `INSERT INTO telemetry_rollup_pending (tag_ids, first_at, last_at)
       SELECT tag_ids, buckets,
         ARRAY(SELECT b + interval '59.999 seconds' FROM unnest(buckets) WITH ORDINALITY AS u(b, i) ORDER BY i)
       FROM telemetry_rollup_delta`,
    );
    await queryRunner.query(`DROP TABLE "telemetry_rollup_delta"`);
  }
}
