import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { BuildingEntity } from './entities/building.entity';
import { FloorEntity } from './entities/floor.entity';
import { RoomEntity } from './entities/room.entity';
import { SiteEntity } from './entities/site.entity';
import { HospitalController } from './hospital.controller';
import { HospitalService } from './hospital.service';

@Module({
  imports: [TypeOrmModule.forFeature([SiteEntity, BuildingEntity, FloorEntity, RoomEntity])],
  controllers: [HospitalController],
  providers: [HospitalService],
  exports: [HospitalService],
})
export class HospitalModule {}
