import { ApiPropertyOptional } from '@nestjs/swagger';
import { TAG_KINDS, type TagKind, type TagQuery } from '@wardwatch/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class TagQueryDto implements TagQuery {
  @ApiPropertyOptional({ description: 'Only tags bound to no asset' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unassigned must be true or false' })
  unassigned?: boolean;

  @ApiPropertyOptional({ enum: TAG_KINDS })
  @IsOptional()
  @IsIn(TAG_KINDS, { message: `kind must be one of: ${TAG_KINDS.join(', ')}` })
  kind?: TagKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'floorId must be a UUID' })
  floorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Order by distance from this room (its floor first)' })
  @IsOptional()
  @IsUUID('all', { message: 'nearRoomId must be a UUID' })
  nearRoomId?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(500, { message: 'limit must be at most 500' })
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must not be negative' })
  offset?: number;
}
