import { ASSET_STATUSES, type AssetStatus } from '@wardwatch/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { sqlInList } from '../../../infra/database/sql-in-list';
import { RoomEntity } from '../../hospital/entities/room.entity';
import { TagEntity } from '../../tags/entities/tag.entity';
import { AssetCategoryEntity } from './asset-category.entity';

@Entity('asset')
@Index(['manufacturer', 'serialNumber'], { unique: true })
@Check('asset_status_check', `status IN (${sqlInList(ASSET_STATUSES)})`)
export class AssetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  assetTag!: string;

  @Index()
  @Column({ type: 'uuid' })
  categoryId!: string;

  @ManyToOne(() => AssetCategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: AssetCategoryEntity;

  @Column({ type: 'text' })
  manufacturer!: string;

  @Column({ type: 'text' })
  model!: string;

  @Index()
  @Column({ type: 'text' })
  serialNumber!: string;

  /** GS1 UDI as printed, when known. */
  @Column({ type: 'text', nullable: true })
  udi!: string | null;

  @Index()
  @Column({ type: 'text' })
  homeDepartment!: string;

  @Column({ type: 'uuid', nullable: true })
  homeRoomId!: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'home_room_id' })
  homeRoom?: RoomEntity | null;

  @Index()
  @Column({ type: 'text', default: 'available' })
  status!: AssetStatus;

  /** The tag bound to this asset; a tag is bound to at most one asset. */
  @Column({ type: 'uuid', nullable: true })
  tagId!: string | null;

  @OneToOne(() => TagEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'tag_id' })
  tag?: TagEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
