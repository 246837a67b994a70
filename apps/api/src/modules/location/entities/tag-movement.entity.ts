import type { MovementReasonDto } from '@wardwatch/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { RoomEntity } from '../../hospital/entities/room.entity';
import { TagEntity } from '../../tags/entities/tag.entity';

/** Movement history: one row per room change, with why the engine made it. */
@Entity('tag_movement')
@Index(['tagId', 'at', 'toRoomId'], { unique: true })
export class TagMovementEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  tagId!: string;

  @ManyToOne(() => TagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: TagEntity;

  @Column({ type: 'uuid', nullable: true })
  fromRoomId!: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'from_room_id' })
  fromRoom?: RoomEntity | null;

  @Column({ type: 'uuid' })
  toRoomId!: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_room_id' })
  toRoom?: RoomEntity;

  @Column({ type: 'uuid' })
  floorId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'real' })
  confidence!: number;

  @Column({ type: 'jsonb' })
  reason!: MovementReasonDto;
}
