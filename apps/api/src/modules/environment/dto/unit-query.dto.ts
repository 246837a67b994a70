import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';

export class UnitQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'floorId must be a UUID' })
  floorId?: string;
}

export class SeriesQueryDto {
  @ApiPropertyOptional({ description: 'Default: 24 hours before to' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date-time' })
  from?: string;

  @ApiPropertyOptional({ description: 'Default: now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date-time' })
  to?: string;

  @ApiPropertyOptional({ enum: ['minute', 'hour'], default: 'minute' })
  @IsOptional()
  @IsIn(['minute', 'hour'], { message: 'bucket must be minute or hour' })
  bucket?: 'minute' | 'hour';
}
