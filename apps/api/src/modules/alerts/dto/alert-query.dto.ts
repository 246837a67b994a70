import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ALERT_KINDS,
  ALERT_STATES,
  type AlertKind,
  type AlertQuery,
  type AlertState,
} from '@wardwatch/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

const STATE_FILTERS = [...ALERT_STATES, 'active'] as const;

export class AlertQueryDto extends PageQueryDto implements AlertQuery {
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

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the alerts of this monitored unit' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string;
}
