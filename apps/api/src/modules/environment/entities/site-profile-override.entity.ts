import { PROFILE_CODES, type ProfileCode, type ProfileOverride } from '@wardwatch/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { sqlInList } from '../../../infra/database/sql-in-list';
import { SiteEntity } from '../../hospital/entities/site.entity';

/** A site's own values for a profile (its policy), applied before each unit's overrides. */
@Entity('site_profile_override')
@Check('site_profile_override_profile_check', `profile_code IN (${sqlInList(PROFILE_CODES)})`)
export class SiteProfileOverrideEntity {
  @PrimaryColumn({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @PrimaryColumn({ type: 'text' })
  profileCode!: ProfileCode;

  @Column({ type: 'jsonb' })
  overrides!: ProfileOverride;
}
