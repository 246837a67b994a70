import { Module } from '@nestjs/common';

import { LocationReadModule } from '../location/location-read.module';
import { TagsController } from './tags.controller';
import { TagsService } from './tags.service';

@Module({ imports: [LocationReadModule], controllers: [TagsController], providers: [TagsService] })
export class TagsModule {}
