import type { PlanPolygon } from '@wardwatch/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { BuildingEntity } from './building.entity';

@Entity('floor')
@Index(['buildingId', 'level'], { unique: true })
export class FloorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  buildingId!: string;

  @ManyToOne(() => BuildingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'building_id' })
  building?: BuildingEntity;

  @Column({ type: 'text' })
  name!: string;

  /** Level ordinal: 0 ground, negative below ground. */
  @Column({ type: 'integer' })
  level!: number;

  /** Outline in plan metres. */
  @Column({ type: 'jsonb' })
  outline!: PlanPolygon;

  @Column({ type: 'double precision' })
  widthM!: number;

  @Column({ type: 'double precision' })
  heightM!: number;
}
