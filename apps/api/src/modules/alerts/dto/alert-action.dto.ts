import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AcknowledgeAlertRequest, ResolveAlertRequest } from '@wardwatch/contracts';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class AcknowledgeAlertDto implements AcknowledgeAlertRequest {
  @ApiPropertyOptional({ example: 'On my way to check the fridge' })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string;
}

export class ResolveAlertDto implements ResolveAlertRequest {
  @ApiProperty({ example: 'Door seal replaced; contents checked against the excursion guidance' })
  @IsString({ message: 'note (the corrective action taken) is required' })
  @Matches(/\S/, { message: 'note (the corrective action taken) must not be blank' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note!: string;
}
