import { Module } from '@nestjs/common';

import { AuthInfraModule } from '../../infra/auth/auth-infra.module';
import { AlertsModule } from '../alerts/alerts.module';
import { HospitalModule } from '../hospital/hospital.module';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [AuthInfraModule, HospitalModule, AlertsModule], providers: [RealtimeGateway] })
export class RealtimeModule {}
