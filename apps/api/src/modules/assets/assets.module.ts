import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { HospitalModule } from '../hospital/hospital.module';
import { LocationReadModule } from '../location/location-read.module';
import { AssetsController } from './assets.controller';
import { AssetAuditRepository } from './asset-audit.repository';
import { AssetsRepository } from './assets.repository';
import { AssetsService } from './assets.service';
import { AssetCategoryEntity } from './entities/asset-category.entity';
import { AssetEntity } from './entities/asset.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AssetEntity, AssetCategoryEntity]), LocationReadModule, HospitalModule],
  controllers: [AssetsController],
  providers: [AssetsService, AssetsRepository, AssetAuditRepository],
  exports: [AssetsService, AssetsRepository, AssetAuditRepository],
})
export class AssetsModule {}
