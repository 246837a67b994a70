import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export class NearestQueryDto {
  @ApiProperty({ example: 'infusion-pump' })
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'category must be a category code such as infusion-pump' })
  category!: string;

  @ApiProperty({ format: 'uuid', description: 'The room to measure from' })
  @IsUUID('all', { message: 'roomId must be a UUID' })
  roomId!: string;

  @ApiPropertyOptional({ default: 10, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(100, { message: 'limit must be at most 100' })
  limit?: number;
}
