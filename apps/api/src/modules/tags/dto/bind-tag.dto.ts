import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BindTagRequest, NewAssetRequest } from '@wardwatch/contracts';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';

export class NewAssetDto implements NewAssetRequest {
  @ApiProperty({ example: 'BME-009912' })
  @IsString()
  @Length(1, 40, { message: 'newAsset.assetTag must be 1 to 40 characters' })
  assetTag!: string;

  @ApiProperty({ example: 'infusion-pump' })
  @Matches(/^[a-z0-9-]{1,64}$/, {
    message: 'newAsset.categoryCode must be a category code such as infusion-pump',
  })
  categoryCode!: string;

  @ApiProperty({ example: 'BD' })
  @IsString()
  @Length(1, 120, { message: 'newAsset.manufacturer must be 1 to 120 characters' })
  manufacturer!: string;

  @ApiProperty({ example: 'Alaris 8015' })
  @IsString()
  @Length(1, 120, { message: 'newAsset.model must be 1 to 120 characters' })
  model!: string;

  @ApiProperty({ example: '12345678' })
  @IsString()
  @Length(1, 80, { message: 'newAsset.serialNumber must be 1 to 80 characters' })
  serialNumber!: string;

  @ApiPropertyOptional({ example: '(01)00885403000123(21)12345678' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'newAsset.udi must be 1 to 200 characters' })
  udi?: string;

  @ApiProperty({ example: 'ICU' })
  @IsString()
  @Length(1, 100, { message: 'newAsset.homeDepartment must be 1 to 100 characters' })
  homeDepartment!: string;
}

export class BindTagDto implements BindTagRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing asset without a tag' })
  @IsOptional()
  @IsUUID('all', { message: 'assetId must be a UUID' })
  assetId?: string;

  @ApiPropertyOptional({ type: NewAssetDto, description: 'Or a new asset, created with the binding' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewAssetDto)
  newAsset?: NewAssetDto;
}
