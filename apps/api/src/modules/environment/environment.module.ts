import { Module } from '@nestjs/common';

import { AlertsModule } from '../alerts/alerts.module';
import { ComplianceDaysService } from './compliance-days.service';
import { ComplianceReportService } from './compliance-report.service';
import { ComplianceController } from './compliance.controller';
import { EnvironmentRulesService } from './environment-rules.service';
import { MonitoredUnitsController } from './monitored-units.controller';
import { MonitoredUnitsService } from './monitored-units.service';
import { TelemetryRollupsService } from './telemetry-rollups.service';
import { TemporaryOverridesService } from './temporary-overrides.service';
import { UtilisationController } from './utilisation.controller';
import { UtilisationService } from './utilisation.service';

/** Environment monitoring: units on profiles, their rules, compliance days and reports. */
@Module({
  imports: [AlertsModule],
  controllers: [ComplianceController, MonitoredUnitsController, UtilisationController],
  providers: [
    EnvironmentRulesService,
    ComplianceDaysService,
    ComplianceReportService,
    MonitoredUnitsService,
    TelemetryRollupsService,
    TemporaryOverridesService,
    UtilisationService,
  ],
  exports: [EnvironmentRulesService, ComplianceDaysService, TelemetryRollupsService],
})
export class EnvironmentModule {}
