import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { GatewayDto, PlanPoint, RegisterGatewayResponse } from '@wardwatch/contracts';
import { normalizeMac } from '@wardwatch/ble';
import { findContaining, pointInPolygon } from '@wardwatch/domain';
import { Repository } from 'typeorm';

import type { FloorEntity } from '../hospital/entities/floor.entity';
import type { RoomEntity } from '../hospital/entities/room.entity';
import { RealtimePublisher } from '../../infra/redis/realtime-publisher';
import { HospitalService } from '../hospital/hospital.service';
import type { MoveGatewayDto } from './dto/move-gateway.dto';
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
    private readonly publisher: RealtimePublisher,
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
    const room = await this.roomAt(floor, dto.point, dto.roomId);
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
    await this.announce(saved.id);
    return { gateway: toGatewayDto(saved), ingestKey };
  }

  /** Moves a gateway; the room it hangs in is found again from the new point. */
  async move(id: string, dto: MoveGatewayDto): Promise<GatewayDto> {
    const row = await this.gateways.findOneBy({ id });
    if (!row) {
      throw new NotFoundException(`gateway ${id} does not exist`);
    }
    const floorId = dto.floorId ?? row.floorId;
    const floor = await this.hospital.floorEntity(floorId).catch(() => {
      throw new BadRequestException([`floorId: floor ${floorId} does not exist`]);
    });
    const room = await this.roomAt(floor, dto.point);
    row.floorId = floor.id;
    row.roomId = room?.id ?? null;
    row.x = dto.point[0];
    row.y = dto.point[1];
    const saved = await this.gateways.save(row);
    this.logger.log({ gatewayId: id, floorId: floor.id, roomId: saved.roomId }, 'gateway moved');
    await this.announce(id);
    return toGatewayDto(saved);
  }

  /** A new ingest key; only its hash is kept, and the old key no longer matches any gateway. */
  async rotateKey(id: string): Promise<RegisterGatewayResponse> {
    const row = await this.gateways.findOneBy({ id });
    if (!row) {
      throw new NotFoundException(`gateway ${id} does not exist`);
    }
    const ingestKey = newGatewayKey();
    row.keyHash = hashGatewayKey(ingestKey);
    const saved = await this.gateways.save(row);
    this.logger.log({ gatewayId: id }, 'gateway ingest key rotated');
    return { gateway: toGatewayDto(saved), ingestKey };
  }

  /** Workers place sightings by where gateways hang: tell them now rather than at their next refresh. */
  private async announce(gatewayId: string): Promise<void> {
    await this.publisher.gatewaysChanged(gatewayId).catch((error: unknown) => {
      this.logger.warn(
        { err: error, gatewayId },
        'could not announce a gateway change; workers pick it up within 30 s',
      );
    });
  }

  /** The room at a point of a floor (or the named one, which must be on that floor). */
  private async roomAt(
    floor: FloorEntity,
    point: PlanPoint,
    roomId?: string,
  ): Promise<RoomEntity | null | undefined> {
    if (!pointInPolygon(point, floor.outline)) {
      throw new BadRequestException([`point: [${point.join(', ')}] lies outside floor ${floor.name}`]);
    }
    const rooms = await this.hospital.roomEntities(floor.id);
    const room = roomId ? rooms.find((r) => r.id === roomId) : findContaining(point, rooms);
    if (roomId && !room) {
      throw new BadRequestException([`roomId: room ${roomId} is not on floor ${floor.name}`]);
    }
    return room;
  }
}
