import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('asset_category')
export class AssetCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable kebab-case code, e.g. 'infusion-pump'. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;
}
