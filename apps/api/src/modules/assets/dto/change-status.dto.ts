import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSET_STATUSES, type AssetStatus, type ChangeAssetStatusRequest } from '@wardwatch/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class ChangeAssetStatusDto implements ChangeAssetStatusRequest {
  @ApiProperty({ enum: ASSET_STATUSES })
  @IsIn(ASSET_STATUSES, { message: `status must be one of: ${ASSET_STATUSES.join(', ')}` })
  status!: AssetStatus;

  @ApiPropertyOptional({ example: 'Failed electrical safety test; sent to vendor' })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string;
}
