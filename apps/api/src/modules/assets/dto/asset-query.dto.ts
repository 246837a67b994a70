import { ApiPropertyOptional } from '@nestjs/swagger';
import { ASSET_STATUSES, type AssetQuery, type AssetStatus } from '@wardwatch/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class AssetQueryDto extends PageQueryDto implements AssetQuery {
  @ApiPropertyOptional({
    description:
      'Matches asset tag, serial, model, manufacturer, category, UDI, tag MAC, or the number or name of the room it is in',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;

  @ApiPropertyOptional({ example: 'infusion-pump' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'category must be a category code such as infusion-pump' })
  category?: string;

  @ApiPropertyOptional({ enum: ASSET_STATUSES })
  @IsOptional()
  @IsIn(ASSET_STATUSES, { message: `status must be one of: ${ASSET_STATUSES.join(', ')}` })
  status?: AssetStatus;

  @ApiPropertyOptional({ example: 'ICU' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'department must be at most 100 characters' })
  department?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only assets whose tag is in this room now' })
  @IsOptional()
  @IsUUID('all', { message: 'roomId must be a UUID' })
  roomId?: string;

  @ApiPropertyOptional({ description: 'true: only assets with a tag; false: only those without' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'tagged must be true or false' })
  tagged?: boolean;
}
