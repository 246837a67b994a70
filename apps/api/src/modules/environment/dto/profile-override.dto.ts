import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ProfileOverride } from '@wardwatch/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';

import { ValueRangeDto } from './temporary-override.dto';

class CumulativeDto {
  @IsInt({ message: 'cumulative.windowH must be a whole number of hours' })
  @Min(1, { message: 'cumulative.windowH must be at least 1' })
  @Max(168, { message: 'cumulative.windowH must be at most 168' })
  windowH!: number;

  @IsInt({ message: 'cumulative.limitMin must be a whole number of minutes' })
  @Min(1, { message: 'cumulative.limitMin must be at least 1' })
  limitMin!: number;
}

/** A site's or a unit's own values for a profile: any of these, each replacing the profile's. */
export class ProfileOverrideDto implements ProfileOverride {
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

  @ApiPropertyOptional({ type: ValueRangeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ValueRangeDto)
  hardLimitsC?: ValueRangeDto;

  @ApiPropertyOptional({ example: 20 })
  @IsOptional()
  @IsInt({ message: 'delayMin must be a whole number of minutes' })
  @Min(0, { message: 'delayMin must not be negative' })
  @Max(24 * 60, { message: 'delayMin must be at most 1440' })
  delayMin?: number;

  @ApiPropertyOptional({ type: CumulativeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CumulativeDto)
  cumulative?: CumulativeDto;

  @ApiPropertyOptional({ example: 0.5 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'clearHysteresisC must be a number' })
  @Min(0, { message: 'clearHysteresisC must not be negative' })
  clearHysteresisC?: number;

  @ApiPropertyOptional({ example: 30 })
  @IsOptional()
  @IsInt({ message: 'gapMin must be a whole number of minutes' })
  @Min(1, { message: 'gapMin must be at least 1' })
  gapMin?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'powerLossAlert must be true or false' })
  powerLossAlert?: boolean;

  @ApiPropertyOptional({ enum: ['critical', 'warning'] })
  @IsOptional()
  @IsIn(['critical', 'warning'], { message: 'excursionSeverity must be critical or warning' })
  excursionSeverity?: 'critical' | 'warning';
}
