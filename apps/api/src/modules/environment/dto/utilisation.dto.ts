import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AssetPlugRequest } from '@wardwatch/contracts';
import { IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AssetPlugDto implements AssetPlugRequest {
  @ApiProperty({ example: 'C4:7A:11:00:00:99' })
  @IsString({ message: 'mac must be a MAC address' })
  mac!: string;

  @ApiProperty({ example: 15, description: 'Watts above which the device counts as in use' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'inUseAboveW must be a number' })
  @Min(0, { message: 'inUseAboveW must not be negative' })
  @Max(100_000, { message: 'inUseAboveW must be at most 100000' })
  inUseAboveW!: number;
}

export class UtilisationQueryDto {
  @ApiProperty({ example: '2026-11-01' })
  @Matches(DATE, { message: 'from must be a date such as 2026-11-01' })
  from!: string;

  @ApiProperty({ example: '2026-11-21' })
  @Matches(DATE, { message: 'to must be a date such as 2026-11-21' })
  to!: string;

  @ApiPropertyOptional({ example: 'infusion-pump' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'category must be a category code such as infusion-pump' })
  category?: string;
}
