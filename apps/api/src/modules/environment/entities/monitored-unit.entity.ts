import { PROFILE_CODES, type ProfileCode, type ProfileOverride } from '@wardwatch/domain';
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

import { sqlInList } from '../../../infra/database/sql-in-list';
import { AssetEntity } from '../../assets/entities/asset.entity';
import { RoomEntity } from '../../hospital/entities/room.entity';

export const UNIT_KINDS = ['room', 'fridge', 'freezer', 'incubator', 'warmer'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Something whose conditions are watched: a room (an OR, a sterile store) or an equipment unit in a room
 * (a vaccine fridge, a plasma freezer). It follows a profile, with its own overrides on top of the site's.
 */
@Entity('monitored_unit')
@Check('monitored_unit_kind_check', `kind IN (${sqlInList(UNIT_KINDS)})`)
@Check('monitored_unit_profile_check', `profile_code IN (${sqlInList(PROFILE_CODES)})`)
export class MonitoredUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: UnitKind;

  @Column({ type: 'text' })
  profileCode!: ProfileCode;

  @Index()
  @Column({ type: 'uuid' })
  roomId!: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: RoomEntity;

  /** The equipment (fridge, freezer…) this unit is; null for a room. */
  @Index({ unique: true, where: 'asset_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  assetId!: string | null;

  @ManyToOne(() => AssetEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'asset_id' })
  asset?: AssetEntity | null;

  /** This unit's own overrides of its profile (after the site's). */
  @Column({ type: 'jsonb' })
  overrides!: ProfileOverride;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
