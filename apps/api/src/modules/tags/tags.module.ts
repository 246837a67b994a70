import { Module } from '@nestjs/common';

import { AssetsModule } from '../assets/assets.module';
import { LocationReadModule } from '../location/location-read.module';
import { TagBindingService } from './tag-binding.service';
import { TagsController } from './tags.controller';
import { TagsService } from './tags.service';

@Module({
  imports: [LocationReadModule, AssetsModule],
  controllers: [TagsController],
  providers: [TagsService, TagBindingService],
})
export class TagsModule {}
