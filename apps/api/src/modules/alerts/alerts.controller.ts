import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AlertDto, AlertSummaryDto, Page } from '@wardwatch/contracts';

import { CurrentUser } from '../../infra/auth/auth.decorators';
import type { AuthenticatedUser } from '../../infra/auth/authenticated-user';
import { UuidParam } from '../../infra/http/uuid-param.decorator';
import { AlertsService } from './alerts.service';
import { AcknowledgeAlertDto, ResolveAlertDto } from './dto/alert-action.dto';
import { AlertQueryDto } from './dto/alert-query.dto';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({ summary: 'Alerts; by default those not resolved, open first, most severe first' })
  list(@Query() query: AlertQueryDto): Promise<Page<AlertDto>> {
    return this.alerts.list(query);
  }

  // Declared before :id so that 'summary' is not taken for an id.
  @Get('summary')
  @ApiOperation({ summary: 'Unresolved alerts counted by kind (the alerts bar)' })
  summary(): Promise<AlertSummaryDto> {
    return this.alerts.summary();
  }

  @Get(':id')
  @ApiOperation({ summary: 'An alert' })
  get(@UuidParam('id') id: string): Promise<AlertDto> {
    return this.alerts.get(id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an open alert (someone is on it)' })
  acknowledge(
    @UuidParam('id') id: string,
    @Body() body: AcknowledgeAlertDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AlertDto> {
    return this.alerts.acknowledge(id, user.id, body.note);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve an alert with the corrective action taken (required)' })
  resolve(
    @UuidParam('id') id: string,
    @Body() body: ResolveAlertDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AlertDto> {
    return this.alerts.resolve(id, user.id, body.note);
  }
}
