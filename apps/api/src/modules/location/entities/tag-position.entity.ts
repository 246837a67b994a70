import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';

import { FloorEntity } from '../../hospital/entities/floor.entity';
import { RoomEntity } from '../../hospital/entities/room.entity';
import { TagEntity } from '../../tags/entities/tag.entity';

/** Where each tag is now: one row per located tag, updated when the engine moves it. */
@Entity('tag_position')
export class TagPositionEntity {
  @PrimaryColumn({ type: 'uuid' })
  tagId!: string;

  @OneToOne(() => TagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: TagEntity;

  @Index()
  @Column({ type: 'uuid' })
  roomId!: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: RoomEntity;

  @Index()
  @Column({ type: 'uuid' })
  floorId!: string;

  @ManyToOne(() => FloorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'floor_id' })
  floor?: FloorEntity;

  /** 0..1 */
  @Column({ type: 'real' })
  confidence!: number;

  /** When the tag entered the room. */
  @Column({ type: 'timestamptz' })
  since!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;
}
