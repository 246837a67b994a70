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
 */
@Entity('temporary_override')
@Index(['unitId', 'endsAt'])
@Check('temporary_override_period_check', 'ends_at > starts_at')
@Check('temporary_override_reason_check', 'length(btrim(reason)) > 0 AND length(btrim(requested_by)) > 0')
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
