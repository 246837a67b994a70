import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { TagEntity } from '../../tags/entities/tag.entity';
import { MonitoredUnitEntity } from './monitored-unit.entity';

/** Which sensors (tags that report readings) watch a unit; a sensor watches one unit. */
@Entity('unit_sensor')
export class UnitSensorEntity {
  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => MonitoredUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: MonitoredUnitEntity;

  @Index({ unique: true })
  @PrimaryColumn({ type: 'uuid' })
  tagId!: string;

  @ManyToOne(() => TagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: TagEntity;
}
