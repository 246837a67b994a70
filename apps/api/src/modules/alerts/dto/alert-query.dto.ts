import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ALERT_KINDS,
  ALERT_STATES,
  type AlertKind,
  type AlertQuery,
  type AlertState,
} from '@wardwatch/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

const STATE_FILTERS = [...ALERT_STATES, 'active'] as const;

export class AlertQueryDto implements AlertQuery {
  @ApiPropertyOptional({
    enum: STATE_FILTERS,
    default: 'active',
    description: 'active = open or acknowledged',
  })
  @IsOptional()
  @IsIn(STATE_FILTERS, { message: `state must be one of: ${STATE_FILTERS.join(', ')}` })
  state?: AlertState | 'active';

  @ApiPropertyOptional({ enum: ALERT_KINDS })
  @IsOptional()
  @IsIn(ALERT_KINDS, { message: `kind must be one of: ${ALERT_KINDS.join(', ')}` })
  kind?: AlertKind;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(200, { message: 'limit must be at most 200' })
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must not be negative' })
  offset?: number;
}
