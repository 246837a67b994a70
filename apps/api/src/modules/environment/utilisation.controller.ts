import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UtilisationReportDto } from '@wardwatch/contracts';

import { Roles } from '../../infra/auth/auth.decorators';
import { UuidParam } from '../../infra/http/uuid-param.decorator';
import { AssetPlugDto, UtilisationQueryDto } from './dto/utilisation.dto';
import { UtilisationService } from './utilisation.service';

@ApiTags('environment')
@ApiBearerAuth()
@Controller()
export class UtilisationController {
  constructor(private readonly utilisation: UtilisationService) {}

  @Put('assets/:id/plug')
  @Roles('admin', 'biomed')
  @ApiOperation({ summary: 'The smart plug a device runs on, and the draw (W) above which it is in use' })
  setPlug(@UuidParam('id') id: string, @Body() body: AssetPlugDto) {
    return this.utilisation.setPlug(id, body.mac, body.inUseAboveW);
  }

  @Get('utilisation')
  @Roles('admin', 'biomed', 'supply')
  @ApiOperation({ summary: 'Equipment use per asset and per category per day, from smart-plug power' })
  report(@Query() query: UtilisationQueryDto): Promise<UtilisationReportDto> {
    return this.utilisation.report(query.from, query.to, query.category);
  }
}
