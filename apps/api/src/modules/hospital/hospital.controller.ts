import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { BuildingWithFloorsDto, FloorDto, RoomDto, SiteDto } from '@wardwatch/contracts';
import { IsOptional, IsUUID } from 'class-validator';

import { UuidParam } from '../../infra/http/uuid-param.decorator';
import { HospitalService } from './hospital.service';

class BuildingQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'siteId must be a UUID' })
  siteId?: string;
}

@ApiTags('hospital')
@ApiBearerAuth()
@Controller()
export class HospitalController {
  constructor(private readonly hospital: HospitalService) {}

  @Get('sites')
  @ApiOperation({ summary: 'Sites' })
  sites(): Promise<SiteDto[]> {
    return this.hospital.listSites();
  }

  @Get('buildings')
  @ApiOperation({ summary: 'Buildings with their floors, floors ordered by level' })
  @ApiQuery({ name: 'siteId', required: false })
  buildings(@Query() query: BuildingQueryDto): Promise<BuildingWithFloorsDto[]> {
    return this.hospital.listBuildings(query.siteId);
  }

  @Get('floors/:id')
  @ApiOperation({ summary: 'A floor with its outline in plan metres' })
  floor(@UuidParam('id') id: string): Promise<FloorDto> {
    return this.hospital.getFloor(id);
  }

  @Get('floors/:id/rooms')
  @ApiOperation({ summary: 'The rooms of a floor as polygons in plan metres' })
  rooms(@UuidParam('id') id: string): Promise<RoomDto[]> {
    return this.hospital.listRooms(id);
  }

  @Get('rooms/:id')
  @ApiOperation({ summary: 'A room' })
  room(@UuidParam('id') id: string): Promise<RoomDto> {
    return this.hospital.getRoom(id);
  }
}
