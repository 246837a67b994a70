import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ComplianceReportDto } from '@wardwatch/contracts';
import type { Response } from 'express';

import { Roles } from '../../infra/auth/auth.decorators';
import { ComplianceReportService } from './compliance-report.service';
import { ComplianceQueryDto } from './dto/compliance-query.dto';

@ApiTags('environment')
@ApiBearerAuth()
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly reports: ComplianceReportService) {}

  @Get('report')
  @Roles('admin', 'facilities')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Per unit per day: min, max, mean, mean kinetic temperature, minutes out of range, data gaps, excursions with their acknowledgements and actions (JSON, or CSV with format=csv)',
  })
  async report(
    @Query() query: ComplianceQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ComplianceReportDto | string> {
    const report = await this.reports.report(query.from, query.to, query.unitId);
    if (query.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="wardwatch-compliance-${query.from}-to-${query.to}.csv"`,
      );
      return this.reports.toCsv(report);
    }
    return report;
  }
}
