import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { MonitoredUnitEntity } from './monitored-unit.entity';

/**
 * A unit's compliance figures for one local day, computed from its raw readings by the daily job (or on
 * demand) and kept three years. See libs/domain daily-compliance.ts for the definitions.
 */
@Entity('compliance_day')
@Index(['day'])
export class ComplianceDayEntity {
  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => MonitoredUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: MonitoredUnitEntity;

  /** The local calendar day (site time zone), YYYY-MM-DD. */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'int' })
  readings!: number;

  @Column({ type: 'double precision', nullable: true })
  minC!: number | null;

  @Column({ type: 'double precision', nullable: true })
  maxC!: number | null;

  @Column({ type: 'double precision', nullable: true })
  meanC!: number | null;

  /** Σ exp(−ΔH/(R·Ti)), so that mean kinetic temperatures of several days combine exactly. */
  @Column({ type: 'double precision' })
  arrheniusSum!: number;

  @Column({ type: 'double precision', nullable: true })
  mktC!: number | null;

  @Column({ type: 'int' })
  minutesOutOfRange!: number;

  @Column({ type: 'double precision' })
  gapMinutes!: number;

  /** [{from, to}] ISO instants. */
  @Column({ type: 'jsonb' })
  gaps!: { from: string; to: string }[];

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
