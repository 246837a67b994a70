import { TAG_KINDS, type TagKind } from '@wardwatch/contracts';
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
import { RoomEntity } from '../../hospital/entities/room.entity';

@Entity('tag')
@Check('tag_kind_check', `kind IN (${sqlInList(TAG_KINDS)})`)
export class TagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Upper-case, colon-separated. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  mac!: string;

  @Column({ type: 'text' })
  kind!: TagKind;

  /** Where a fixed environment sensor is installed; null for tags that move. */
  @Column({ type: 'uuid', nullable: true })
  installedRoomId!: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'installed_room_id' })
  installedRoom?: RoomEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastHeardAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
