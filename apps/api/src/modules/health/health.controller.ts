import { Controller, Get, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HealthDto } from '@wardwatch/contracts';
import type { Response } from 'express';

import { Public } from '../../infra/auth/auth.decorators';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Public, for load balancers and the launcher: 200 when PostgreSQL and Redis answer, else 503. */
  @Public()
  @Get()
  @ApiOperation({ summary: 'Database, Redis and worker state' })
  async get(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const health = await this.health.check();
    res.status(health.status === 'ok' ? 200 : 503);
    return health;
  }
}
