import { Module } from '@nestjs/common';

import { AlertsModule } from '../alerts/alerts.module';
import { EnvironmentRulesService } from './environment-rules.service';

/** Environment monitoring: units on profiles, their rules, and (later) rollups and reports. */
@Module({ imports: [AlertsModule], providers: [EnvironmentRulesService], exports: [EnvironmentRulesService] })
export class EnvironmentModule {}
