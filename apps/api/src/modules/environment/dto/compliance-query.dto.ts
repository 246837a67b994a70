import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ComplianceQueryDto {
  @ApiProperty({ example: '2026-11-01', description: 'First local day, inclusive' })
  @Matches(DATE, { message: 'from must be a date such as 2026-11-01' })
  from!: string;

  @ApiProperty({ example: '2026-11-21', description: 'Last local day, inclusive' })
  @Matches(DATE, { message: 'to must be a date such as 2026-11-21' })
  to!: string;

  @ApiPropertyOptional({ type: [String], description: 'Monitored units (repeat for several); default: all' })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @ArrayMaxSize(500, { message: 'unitId may be given at most 500 times' })
  @IsUUID('all', { each: true, message: 'unitId must be a UUID' })
  unitId?: string[];

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}
