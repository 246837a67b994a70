import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Columns shared by the per-minute and per-hour rollups: counts, extremes and sums, so means combine. */
abstract class TelemetryRollupColumns {
  @PrimaryColumn({ type: 'uuid' })
  tagId!: string;

  @PrimaryColumn({ type: 'timestamptz' })
  bucket!: Date;

  @Column({ type: 'int' })
  tempN!: number;

  @Column({ type: 'real', nullable: true })
  tempMin!: number | null;

  @Column({ type: 'real', nullable: true })
  tempMax!: number | null;

  @Column({ type: 'double precision', nullable: true })
  tempSum!: number | null;

  @Column({ type: 'int' })
  humN!: number;

  @Column({ type: 'real', nullable: true })
  humMin!: number | null;

  @Column({ type: 'real', nullable: true })
  humMax!: number | null;

  @Column({ type: 'double precision', nullable: true })
  humSum!: number | null;

  @Column({ type: 'int' })
  powerN!: number;

  @Column({ type: 'double precision', nullable: true })
  powerSum!: number | null;

  @Column({ type: 'real', nullable: true })
  powerMax!: number | null;

  /** Readings with the relay on. */
  @Column({ type: 'int' })
  onN!: number;
}

/** Per tag per minute; kept 90 days (charts of the last day and month). */
@Entity('telemetry_minute')
export class TelemetryMinuteEntity extends TelemetryRollupColumns {}

/** Per tag per hour; kept as long as the readings (charts over months, utilisation). */
@Entity('telemetry_hour')
export class TelemetryHourEntity extends TelemetryRollupColumns {}
