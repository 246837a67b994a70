import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';

import { AssetEntity } from '../../assets/entities/asset.entity';
import { TagEntity } from '../../tags/entities/tag.entity';

/** The smart plug a device runs on: drawing more than inUseAboveW means it is in use. */
@Entity('asset_plug')
export class AssetPlugEntity {
  @PrimaryColumn({ type: 'uuid' })
  assetId!: string;

  @OneToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id' })
  asset?: AssetEntity;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  tagId!: string;

  @ManyToOne(() => TagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: TagEntity;

  @Column({ type: 'real' })
  inUseAboveW!: number;
}
