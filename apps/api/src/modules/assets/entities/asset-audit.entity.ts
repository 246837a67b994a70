import { ASSET_AUDIT_ACTIONS, type AssetAuditAction } from '@wardwatch/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { sqlInList } from '../../../infra/database/sql-in-list';
import { UserEntity } from '../../users/entities/user.entity';
import { AssetEntity } from './asset.entity';

/** Who changed an asset's status or tag binding, when, from what to what, and why. Append-only. */
@Entity('asset_audit')
@Index(['assetId', 'at'])
@Check('asset_audit_action_check', `action IN (${sqlInList(ASSET_AUDIT_ACTIONS)})`)
export class AssetAuditEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  assetId!: string;

  @ManyToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id' })
  asset?: AssetEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'text' })
  action!: AssetAuditAction;

  /** Null when the system did it. */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  fromValue!: string | null;

  @Column({ type: 'text', nullable: true })
  toValue!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
