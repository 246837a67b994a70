import type { ProfileOverride } from '@wardwatch/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { UserEntity } from '../../users/entities/user.entity';
import { MonitoredUnitEntity } from './monitored-unit.entity';

/**
 * A documented, temporary change of a unit's limits (a surgeon asks for a colder OR): who asked, why,
 * who entered it, from when until when. Applied on top of everything else while it lasts.
 *
 * Ended early (the case finished sooner), `endsAt` becomes the moment it was ended, so everything that
 * selects overrides in force by `ends_at` stops using it at once; the planned end, who ended it and why
 * are kept beside it for the record.
 */
@Entity('temporary_override')
@Index(['unitId', 'endsAt'])
@Check('temporary_override_period_check', 'ends_at > starts_at')
@Check('temporary_override_reason_check', 'length(btrim(reason)) > 0 AND length(btrim(requested_by)) > 0')
// Ending early records why and the planned end together, and only ever shortens the override.
@Check(
  'temporary_override_end_check',
  '(end_reason IS NULL) = (planned_ends_at IS NULL) AND (end_reason IS NULL OR (length(btrim(end_reason)) > 0 AND planned_ends_at >= ends_at))',
)
export class TemporaryOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => MonitoredUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: MonitoredUnitEntity;

  @Column({ type: 'jsonb' })
  overrides!: ProfileOverride;

  /** Who asked for it, as they sign (e.g. "Dr A. Osei, surgeon"). */
  @Column({ type: 'text' })
  requestedBy!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  enteredBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by' })
  enteredByUser?: UserEntity | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  /** Who ended it early; null while it runs to its planned end (or once that user is deleted). */
  @Column({ type: 'uuid', nullable: true })
  endedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ended_by' })
  endedByUser?: UserEntity | null;

  /** Why it was ended early (e.g. "case finished at 14:10"). */
  @Column({ type: 'text', nullable: true })
  endReason!: string | null;

  /** The end it was entered with, kept when it is ended early (`endsAt` is then when it was ended). */
  @Column({ type: 'timestamptz', nullable: true })
  plannedEndsAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
