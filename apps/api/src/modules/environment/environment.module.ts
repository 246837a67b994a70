import { Module } from '@nestjs/common';

import { AlertsModule } from '../alerts/alerts.module';
import { ComplianceDaysService } from './compliance-days.service';
import { ComplianceReportService } from './compliance-report.service';
import { ComplianceController } from './compliance.controller';
import { EnvironmentRulesService } from './environment-rules.service';

/** Environment monitoring: units on profiles, their rules, compliance days and reports. */
@Module({
  imports: [AlertsModule],
  controllers: [ComplianceController],
  providers: [EnvironmentRulesService, ComplianceDaysService, ComplianceReportService],
  exports: [EnvironmentRulesService, ComplianceDaysService],
})
export class EnvironmentModule {}
