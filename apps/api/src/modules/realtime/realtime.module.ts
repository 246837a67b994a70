import { Module } from '@nestjs/common';

import { AuthInfraModule } from '../../infra/auth/auth-infra.module';
import { HospitalModule } from '../hospital/hospital.module';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [AuthInfraModule, HospitalModule], providers: [RealtimeGateway] })
export class RealtimeModule {}
