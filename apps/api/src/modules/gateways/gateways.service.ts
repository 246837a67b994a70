import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { GatewayDto, RegisterGatewayResponse } from '@wardwatch/contracts';
import { normalizeMac } from '@wardwatch/ble';
import { findContaining, pointInPolygon } from '@wardwatch/domain';
import { Repository } from 'typeorm';

import { HospitalService } from '../hospital/hospital.service';
import type { RegisterGatewayDto } from './dto/register-gateway.dto';
import { GatewayEntity } from './entities/gateway.entity';
import { hashGatewayKey, newGatewayKey } from './gateway-key';
import { toGatewayDto } from './gateway.mapper';

@Injectable()
export class GatewaysService {
  private readonly logger = new Logger(GatewaysService.name);

  constructor(
    @InjectRepository(GatewayEntity) private readonly gateways: Repository<GatewayEntity>,
    private readonly hospital: HospitalService,
  ) {}

  async list(floorId?: string): Promise<GatewayDto[]> {
    const rows = await this.gateways.find({ where: floorId ? { floorId } : {}, order: { name: 'ASC' } });
    return rows.map(toGatewayDto);
  }

  async get(id: string): Promise<GatewayDto> {
    const row = await this.gateways.findOneBy({ id });
    if (!row) {
      throw new NotFoundException(`gateway ${id} does not exist`);
    }
    return toGatewayDto(row);
  }

  /** Registers a gateway at a point on a floor. The ingest key is returned here once; only its hash is kept. */
  async register(dto: RegisterGatewayDto): Promise<RegisterGatewayResponse> {
    const mac = normalizeMac(dto.mac);
    if (!mac) {
      throw new BadRequestException(['mac must be a MAC address such as F1:A0:0C:12:34:56']);
    }
    const floor = await this.hospital.floorEntity(dto.floorId).catch(() => {
      throw new BadRequestException([`floorId: floor ${dto.floorId} does not exist`]);
    });
    if (!pointInPolygon(dto.point, floor.outline)) {
      throw new BadRequestException([`point: [${dto.point.join(', ')}] lies outside floor ${floor.name}`]);
    }
    const rooms = await this.hospital.roomEntities(floor.id);
    const room = dto.roomId ? rooms.find((r) => r.id === dto.roomId) : findContaining(dto.point, rooms);
    if (dto.roomId && !room) {
      throw new BadRequestException([`roomId: room ${dto.roomId} is not on floor ${floor.name}`]);
    }
    if (await this.gateways.existsBy({ mac })) {
      throw new ConflictException([`mac: a gateway with MAC ${mac} is already registered`]);
    }
    const ingestKey = newGatewayKey();
    const saved = await this.gateways.save(
      this.gateways.create({
        mac,
        name: dto.name.trim(),
        floorId: floor.id,
        roomId: room?.id ?? null,
        x: dto.point[0],
        y: dto.point[1],
        keyHash: hashGatewayKey(ingestKey),
        lastHeardAt: null,
      }),
    );
    this.logger.log({ gatewayId: saved.id, mac }, 'gateway registered');
    return { gateway: toGatewayDto(saved), ingestKey };
  }
}
