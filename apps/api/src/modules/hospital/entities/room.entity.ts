import { SPACE_CLASSES, type PlanPolygon, type SpaceClass } from '@wardwatch/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { sqlInList } from '../../../infra/database/sql-in-list';
import { FloorEntity } from './floor.entity';

@Entity('room')
@Index(['floorId', 'number'], { unique: true })
@Check('room_space_class_check', `space_class IN (${sqlInList(SPACE_CLASSES)})`)
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  floorId!: string;

  @ManyToOne(() => FloorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'floor_id' })
  floor?: FloorEntity;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  spaceClass!: SpaceClass;

  /** Department or ward the room belongs to, e.g. '3 East', 'ICU'. */
  @Column({ type: 'text' })
  department!: string;

  /** Polygon in plan metres. */
  @Column({ type: 'jsonb' })
  polygon!: PlanPolygon;

  @Column({ type: 'double precision' })
  centroidX!: number;

  @Column({ type: 'double precision' })
  centroidY!: number;
}
