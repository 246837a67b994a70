import { Module } from '@nestjs/common';

import { LocationReaderService } from './location-reader.service';

@Module({ providers: [LocationReaderService], exports: [LocationReaderService] })
export class LocationReadModule {}
