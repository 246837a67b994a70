import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { TemporaryOverrideRequest } from '@wardwatch/contracts';
import { Type } from 'class-transformer';
import { IsISO8601, IsNumber, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

export class ValueRangeDto {
  @ApiProperty({ nullable: true, example: 17 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'min must be a number' })
  min!: number | null;

  @ApiProperty({ nullable: true, example: 24 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'max must be a number' })
  max!: number | null;
}

export class TemporaryOverrideDto implements TemporaryOverrideRequest {
  @ApiPropertyOptional({ type: ValueRangeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ValueRangeDto)
  temperatureC?: ValueRangeDto;

  @ApiPropertyOptional({ type: ValueRangeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ValueRangeDto)
  humidityPct?: ValueRangeDto;

  @ApiProperty({ example: 'Dr A. Osei, cardiac surgeon' })
  @IsString()
  @Length(2, 200, { message: 'requestedBy (who asked) must be 2 to 200 characters' })
  requestedBy!: string;

  @ApiProperty({ example: 'Neonatal case; patient warming needs a colder room for the team' })
  @IsString()
  @Length(5, 2000, { message: 'reason must be 5 to 2000 characters' })
  reason!: string;

  @ApiProperty({ example: '2026-11-21T18:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 date-time' })
  until!: string;
}
