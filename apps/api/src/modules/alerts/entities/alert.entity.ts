import {
  ALERT_SEVERITIES,
  ALERT_STATES,
  type AlertKind,
  type AlertSeverity,
  type AlertState,
} from '@wardwatch/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { sqlInList } from '../../../infra/database/sql-in-list';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * An alert: open → acknowledged → resolved. `conditionKey` names the condition (e.g.
 * `gateway-offline:<gateway id>`); a partial unique index allows one unresolved alert per condition.
 */
// kind is not constrained in the database: new kinds arrive with new releases, old rows keep theirs.
@Entity('alert')
@Index('alert_one_unresolved_per_condition', ['conditionKey'], {
  unique: true,
  where: `state <> 'resolved'`,
})
@Index(['state', 'openedAt'])
@Check('alert_severity_check', `severity IN (${sqlInList(ALERT_SEVERITIES)})`)
@Check('alert_state_check', `state IN (${sqlInList(ALERT_STATES)})`)
@Check('alert_resolution_note_check', `state <> 'resolved' OR length(btrim(resolution_note)) > 0`)
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: AlertKind;

  @Column({ type: 'text' })
  severity!: AlertSeverity;

  @Column({ type: 'text', default: 'open' })
  state!: AlertState;

  @Column({ type: 'text' })
  conditionKey!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  detail!: string;

  @Column({ type: 'uuid', nullable: true })
  floorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  roomId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastTriggeredAt!: Date;

  /** 0: the first role of the kind's escalation chain is responsible; each escalation moves one on. */
  @Column({ type: 'int', default: 0 })
  escalationLevel!: number;

  /** When people were last notified (opened, reminded, escalated). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  notifiedAt!: Date;

  /** The condition stopped holding; the alert still needs a person to resolve it. */
  @Column({ type: 'timestamptz', nullable: true })
  conditionClearedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'acknowledged_by' })
  acknowledgedByUser?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by' })
  resolvedByUser?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  resolutionNote!: string | null;
}
