import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { FloorEntity } from '../../hospital/entities/floor.entity';
import { RoomEntity } from '../../hospital/entities/room.entity';

@Entity('gateway')
export class GatewayEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Upper-case, colon-separated. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  mac!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'uuid' })
  floorId!: string;

  @ManyToOne(() => FloorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'floor_id' })
  floor?: FloorEntity;

  @Column({ type: 'uuid', nullable: true })
  roomId!: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'room_id' })
  room?: RoomEntity | null;

  /** Position on the floor in plan metres. */
  @Column({ type: 'double precision' })
  x!: number;

  @Column({ type: 'double precision' })
  y!: number;

  /** SHA-256 (hex) of the ingest key; the key itself is shown once and never stored. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  keyHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastHeardAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
