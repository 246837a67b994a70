import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { BuildingWithFloorsDto, FloorDto, RoomDto, SiteDto } from '@wardwatch/contracts';
import { Repository } from 'typeorm';

import { BuildingEntity } from './entities/building.entity';
import { FloorEntity } from './entities/floor.entity';
import { RoomEntity } from './entities/room.entity';
import { SiteEntity } from './entities/site.entity';
import { toBuildingDto, toFloorDto, toRoomDto, toSiteDto } from './hospital.mapper';

/** Read side of the site → building → floor → room hierarchy. */
@Injectable()
export class HospitalService {
  constructor(
    @InjectRepository(SiteEntity) private readonly sites: Repository<SiteEntity>,
    @InjectRepository(BuildingEntity) private readonly buildings: Repository<BuildingEntity>,
    @InjectRepository(FloorEntity) private readonly floors: Repository<FloorEntity>,
    @InjectRepository(RoomEntity) private readonly rooms: Repository<RoomEntity>,
  ) {}

  async listSites(): Promise<SiteDto[]> {
    return (await this.sites.find({ order: { name: 'ASC' } })).map(toSiteDto);
  }

  async listBuildings(siteId?: string): Promise<BuildingWithFloorsDto[]> {
    const buildings = await this.buildings.find({ where: siteId ? { siteId } : {}, order: { code: 'ASC' } });
    const floors = await this.floors.find({ order: { level: 'ASC' } });
    return buildings.map((b) => ({
      ...toBuildingDto(b),
      floors: floors.filter((f) => f.buildingId === b.id).map(toFloorDto),
    }));
  }

  async getFloor(id: string): Promise<FloorDto> {
    return toFloorDto(await this.floorEntity(id));
  }

  async floorEntity(id: string): Promise<FloorEntity> {
    const floor = await this.floors.findOneBy({ id });
    if (!floor) {
      throw new NotFoundException(`floor ${id} does not exist`);
    }
    return floor;
  }

  async listRooms(floorId: string): Promise<RoomDto[]> {
    await this.floorEntity(floorId);
    return (await this.roomEntities(floorId)).map(toRoomDto);
  }

  roomEntities(floorId: string): Promise<RoomEntity[]> {
    return this.rooms.find({ where: { floorId }, order: { number: 'ASC' } });
  }

  async getRoom(id: string): Promise<RoomDto> {
    const room = await this.rooms.findOneBy({ id });
    if (!room) {
      throw new NotFoundException(`room ${id} does not exist`);
    }
    return toRoomDto(room);
  }
}
